using System.Text.RegularExpressions;
using SamePage.Core.Catalogue;
using SamePage.Core.Guides;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Guides;

/// <summary>The guides that ship in content/en/guides.yaml.</summary>
public class EnglishGuidesTests
{
    private static readonly Lazy<GuideBook> Shipped = new(() =>
    {
        var catalogue = CatalogueParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "behaviours.yaml")), "content/en/behaviours.yaml");
        return GuideBookParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "guides.yaml")), "content/en/guides.yaml", catalogue);
    });

    private static IEnumerable<string> AllText =>
        Shipped.Value.General.Concat(Shipped.Value.Guides.SelectMany(g => g.Openings.Concat(g.Questions)));

    [Fact]
    public void Every_kind_of_difference_has_a_guide_in_every_category_with_at_least_three_open_questions()
    {
        Assert.Equal(5 * 9, Shipped.Value.Guides.Count);
        Assert.All(Shipped.Value.Guides, g => Assert.True(g.Questions.Count >= 3 && g.Questions.All(q => q.EndsWith('?')), $"{g.Kind}/{g.CategoryId}"));
        Assert.All(Shipped.Value.Guides, g => Assert.True(g.Openings.Count >= 2, $"{g.Kind}/{g.CategoryId}"));
    }

    [Fact]
    public void The_general_guidance_covers_listening_not_assuming_and_boundaries_that_differ()
    {
        var general = string.Join(' ', Shipped.Value.General).ToLowerInvariant();
        Assert.True(Shipped.Value.General.Count >= 4);
        Assert.Contains("listen", general, StringComparison.Ordinal);
        Assert.Contains("assum", general, StringComparison.Ordinal);
        Assert.Contains("differ", general, StringComparison.Ordinal);
    }

    /// <summary>Boundaries are not control: no guide may suggest watching or checking up on a partner.</summary>
    [Theory]
    [InlineData(@"password")]
    [InlineData(@"\btrack")]
    [InlineData(@"monitor")]
    [InlineData(@"\bspy")]
    [InlineData(@"check(ing)? (their|your|my) phone")]
    [InlineData(@"location")]
    [InlineData(@"\bcheat")]
    [InlineData(@"\babuse")]
    public void No_guide_suggests_surveillance_or_uses_loaded_words(string pattern)
    {
        Assert.DoesNotContain(AllText, text => Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData(@"\b(he|she|him|her|his|hers|boyfriend|girlfriend|husband|wife)\b")]
    public void No_guide_assumes_a_gender(string pattern)
    {
        Assert.DoesNotContain(AllText, text => Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase));
    }
}
