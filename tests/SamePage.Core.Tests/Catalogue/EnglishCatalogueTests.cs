using System.Text.RegularExpressions;
using SamePage.Core.Catalogue;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Catalogue;

/// <summary>The catalogue that ships in content/en/behaviours.yaml.</summary>
public class EnglishCatalogueTests
{
    private static readonly Lazy<BehaviourCatalogue> Shipped = new(() =>
        CatalogueParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "behaviours.yaml")), "content/en/behaviours.yaml"));

    private static BehaviourCatalogue Catalogue => Shipped.Value;

    [Fact]
    public void The_shipped_catalogue_is_valid_and_substantial()
    {
        Assert.True(Catalogue.Behaviours.Count >= 20, $"only {Catalogue.Behaviours.Count} behaviours");
        Assert.True(Catalogue.Categories.Count >= 6, $"only {Catalogue.Categories.Count} categories");
    }

    [Fact]
    public void Every_behaviour_has_a_clarification()
    {
        Assert.All(Catalogue.Behaviours, b => Assert.False(string.IsNullOrWhiteSpace(b.Clarification), b.Id));
    }

    // The topics the catalogue must cover, each recognised by its words.
    [Theory]
    [InlineData("physical or sexual contact", @"kiss|sexual")]
    [InlineData("flirting", @"flirt")]
    [InlineData("sexting", @"sext")]
    [InlineData("dating-app profiles", @"dating")]
    [InlineData("private messages", @"messag")]
    [InlineData("likes and follows", @"\blik(e|es|ing)\b|\bfollow")]
    [InlineData("secrets", @"secret|haven't shared|hasn't shared")]
    [InlineData("confiding relationship frustrations", @"frustrat|complain")]
    [InlineData("time and priority", @"\btime\b")]
    [InlineData("not being forthcoming about time", @"forthcoming")]
    [InlineData("porn", @"porn")]
    [InlineData("fantasies", @"fantas")]
    [InlineData("ex-partners", @"ex-partner|\bex\b|\bexes\b")]
    public void The_catalogue_covers_every_topic_the_design_names(string topic, string pattern)
    {
        var matching = Catalogue.Behaviours
            .Where(b => Regex.IsMatch($"{b.Label} {b.Clarification}", pattern, RegexOptions.IgnoreCase))
            .ToList();

        Assert.True(matching.Count > 0, $"no behaviour covers {topic} (/{pattern}/)");
    }

    [Theory]
    [InlineData("seeing friends", @"friend")]
    [InlineData("private conversations", @"private|conversation")]
    [InlineData("one's own money", @"money")]
    [InlineData("going to therapy", @"therap|counsel")]
    [InlineData("going out alone", @"goes out|going out|on their own|alone")]
    public void The_autonomy_behaviours_the_design_names_are_flagged(string freedom, string pattern)
    {
        Assert.True(
            Catalogue.Behaviours.Any(b => b.Autonomy && Regex.IsMatch(b.Label, pattern, RegexOptions.IgnoreCase)),
            $"no behaviour flagged autonomy: true covers {freedom} (/{pattern}/)");
    }

    [Fact]
    public void Labels_and_clarifications_use_no_gendered_words()
    {
        var gendered = new Regex(@"\b(he|she|him|her|his|hers|himself|herself|boyfriend|girlfriend|husband|wife|husbands|wives)\b", RegexOptions.IgnoreCase);

        var offending = Catalogue.Behaviours
            .SelectMany(b => new[] { (b.Id, Text: b.Label), (b.Id, Text: b.Clarification) })
            .Where(x => gendered.IsMatch(x.Text))
            .Select(x => $"{x.Id}: '{gendered.Match(x.Text).Value}' in \"{x.Text}\"")
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Every_category_has_behaviours_and_every_behaviour_a_listed_category()
    {
        Assert.All(Catalogue.Categories, c => Assert.NotEmpty(Catalogue.InCategory(c.Id)));
        Assert.All(Catalogue.Behaviours, b => Assert.NotNull(Catalogue.FindCategory(b.CategoryId)));
    }
}
