using System.Text.RegularExpressions;
using SamePage.Core.Reflections;

namespace SamePage.Core.Tests.Reflections;

public partial class ReflectionPromptsTests
{
    [Fact]
    public void The_prompts_are_asked_in_a_fixed_order_under_ids_that_never_change()
    {
        // These ids are stored inside sealed journals: changing one would orphan people's writing.
        Assert.Equal(["past-betrayals", "feeling-secure", "want-you-to-know"], ReflectionPrompts.All);
    }

    [Fact]
    public void Prompt_ids_are_distinct_lowercase_slugs()
    {
        Assert.Equal(ReflectionPrompts.All.Count, ReflectionPrompts.All.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ReflectionPrompts.All, id => Assert.Matches(Slug(), id));
    }

    [Theory]
    [InlineData("feeling-secure", true)]
    [InlineData("Feeling-Secure", false)]
    [InlineData("feeling-secure ", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("sexting", false)]
    public void Only_the_exact_ids_are_prompts(string? id, bool expected)
    {
        Assert.Equal(expected, ReflectionPrompts.IsPrompt(id));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
