using System.Text;
using SamePage.Core.Catalogue;
using SamePage.Core.Guides;

namespace SamePage.Core.Tests.Guides;

public class GuideBookParserTests
{
    private const string File = "guides.yaml";

    private static readonly BehaviourCatalogue Catalogue = CatalogueParser.Parse("""
        categories:
          - { id: solo, title: Solo, description: Alone. }
        behaviours:
          - { id: porn, category: solo, label: Watches porn, clarification: Any kind. }
        """, "behaviours.yaml");

    private static readonly string[] KindIds = ["hot-spot", "talk-about-it", "close", "unsure", "blind-spot"];

    private static string Guide(string kind, string category = "solo", int questions = 3) =>
        $"  - kind: {kind}\n    category: {category}\n    openings: [\"I'd like to understand.\"]\n    questions: [{string.Join(", ", Enumerable.Range(1, questions).Select(i => $"\"Question {i}?\""))}]\n";

    private static string Book(params string[] guides) =>
        "general:\n  - \"Listen first.\"\nguides:\n" + string.Concat(guides);

    private static string Complete() => Book([.. KindIds.Select(k => Guide(k))]);

    [Fact]
    public void A_guide_for_every_kind_in_every_category_parses()
    {
        var book = GuideBookParser.Parse(Complete(), File, Catalogue);
        Assert.Equal(5, book.Guides.Count);
        Assert.Equal(["Listen first."], book.General);
    }

    [Fact]
    public void A_missing_kind_is_named()
    {
        var error = Assert.Throws<CatalogueException>(() => GuideBookParser.Parse(Book([.. KindIds.Take(4).Select(k => Guide(k))]), File, Catalogue));
        Assert.Contains("no 'blind-spot' guide for the category 'solo'", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_unknown_kind_is_refused_at_its_line()
    {
        var error = Assert.Throws<CatalogueException>(() => GuideBookParser.Parse(Book(Guide("lukewarm")), File, Catalogue));
        Assert.Equal(4, error.Line);
        Assert.Contains("'lukewarm' is not a kind of guide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_category_is_refused_at_its_line()
    {
        var error = Assert.Throws<CatalogueException>(() => GuideBookParser.Parse(Book(Guide("close", "exes")), File, Catalogue));
        Assert.Equal(5, error.Line);
        Assert.Contains("the category 'exes' is not in the behaviour catalogue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_guide_is_refused()
    {
        var error = Assert.Throws<CatalogueException>(() => GuideBookParser.Parse(Book(Guide("close"), Guide("close")), File, Catalogue));
        Assert.Equal(8, error.Line);
        Assert.Contains("already a 'close' guide for 'solo'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_three_questions_are_refused()
    {
        var error = Assert.Throws<CatalogueException>(() => GuideBookParser.Parse(Book(Guide("close", questions: 2)), File, Catalogue));
        Assert.Contains("'questions' needs 3 to 6 entries, not 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_over_long_question_is_refused()
    {
        var yaml = new StringBuilder(Complete()).Replace("Question 1?", new string('q', 201) + "?", 0, Complete().IndexOf("talk-about-it", StringComparison.Ordinal)).ToString();
        var error = Assert.Throws<CatalogueException>(() => GuideBookParser.Parse(yaml, File, Catalogue));
        Assert.Contains("keep it to 200", error.Message, StringComparison.Ordinal);
    }
}
