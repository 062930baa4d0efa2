using SamePage.Core.Catalogue;
using SamePage.Core.Styles;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Styles;

/// <summary>"How I connect" compared like stances, with the shipped English content.</summary>
public class StyleComparisonTests
{
    private static readonly Lazy<(BehaviourCatalogue Catalogue, StyleBook Book)> Shipped = new(() =>
    {
        var catalogue = CatalogueParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "behaviours.yaml")), "content/en/behaviours.yaml");
        var book = StyleBookParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "styles.yaml")), "content/en/styles.yaml", catalogue);
        return (catalogue, book);
    });

    private static StyleBook Book => Shipped.Value.Book;

    private static Dictionary<string, int> All(int step) => Book.Items.ToDictionary(i => i.Id, _ => step);

    [Fact]
    public void The_shipped_content_has_twelve_to_sixteen_items_in_groups_of_their_own()
    {
        Assert.InRange(Book.Items.Count, 12, 16);
        Assert.All(Book.Groups, g => Assert.Null(Shipped.Value.Catalogue.FindCategory(g.Id)));
        Assert.Contains(Book.Items, i => i.Scale == StyleScale.Frequency);
        Assert.All(Book.Items.Where(i => i.Scale == StyleScale.Preference), i => Assert.False(string.IsNullOrEmpty(i.Left) || string.IsNullOrEmpty(i.Right)));
        Assert.All(Book.Groups, g => Assert.NotEmpty(g.Reading));
    }

    [Theory]
    [InlineData(0, 4, StyleGap.FarApart)]
    [InlineData(1, 4, StyleGap.FarApart)]
    [InlineData(4, 1, StyleGap.FarApart)]
    [InlineData(0, 2, StyleGap.Different)]
    [InlineData(3, 2, StyleGap.Alike)]
    [InlineData(2, 2, StyleGap.Alike)]
    public void Styles_three_or_more_steps_apart_are_far_apart_whichever_comes_first(int first, int second, StyleGap expected)
    {
        Assert.Equal(expected, ComparedStyle.Classify(first, second));
        Assert.Equal(expected, ComparedStyle.Classify(second, first));
    }

    [Fact]
    public void A_topic_far_apart_is_explained_and_linked_from_the_hot_spots_of_its_related_categories()
    {
        var first = All(2);
        var second = All(2);
        first["reply-speed"] = 0;
        second["reply-speed"] = 4;

        var comparison = StyleComparison.Compare(Book, first, second);

        var far = Assert.Single(comparison.FarApart);
        Assert.Equal("replying", far.Group.Id);
        Assert.Equal("reply-speed", far.Widest.Item.Id);
        Assert.Contains("slow reply", far.Group.Reading, StringComparison.Ordinal);
        Assert.Same(far, comparison.RelatedTo("online-and-technology"));
        Assert.Same(far, comparison.RelatedTo("time-and-priority"));
        Assert.Null(comparison.RelatedTo("solitary"));
        Assert.Equal(Book.Groups.Count, comparison.Groups.Count);
    }

    [Fact]
    public void The_same_answers_get_the_same_guide_whichever_partner_looks()
    {
        var group = Book.FindGroup("after-conflict")!;

        var one = StyleBook.GuideFor(group, 0, 4);
        var other = StyleBook.GuideFor(group, 4, 0);

        Assert.Equal(one.Opening, other.Opening);
        Assert.Contains(one.Opening, group.Openings);
        Assert.Equal(group.Questions, one.Questions);
    }

    [Fact]
    public void Skipped_items_are_left_out_and_a_skipped_page_compares_to_nothing()
    {
        var first = new Dictionary<string, int> { ["group-chats"] = 0, ["reply-speed"] = 4 };
        var second = new Dictionary<string, int> { ["group-chats"] = 4 };

        var comparison = StyleComparison.Compare(Book, first, second);

        var group = Assert.Single(comparison.Groups);
        Assert.Equal("group-chats", Assert.Single(group.Items).Item.Id);
        Assert.True(StyleComparison.Compare(Book, first, new Dictionary<string, int>()).IsEmpty);
        Assert.True(StyleComparison.Compare(Book, new Dictionary<string, int> { ["group-chats"] = 9 }, second).IsEmpty);
    }

    [Fact]
    public void A_group_that_borrows_a_behaviour_category_id_is_refused_with_its_line()
    {
        var catalogue = Shipped.Value.Catalogue;
        const string text = """
            groups:
              - id: ex-partners
                title: Exes
                related: [ex-partners]
                reading: Some words.
                openings: ["One."]
                questions: ["A?", "B?", "C?"]
            items:
              - id: an-item
                group: ex-partners
                label: How often
                scale: frequency
            """;

        var error = Assert.Throws<CatalogueException>(() => StyleBookParser.Parse(text, "styles.yaml", catalogue));

        Assert.Equal(2, error.Line);
        Assert.Contains("style groups have ids of their own", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_frequency_with_ends_or_a_preference_without_them_is_refused()
    {
        var catalogue = Shipped.Value.Catalogue;
        string File(string item) => $"""
            groups:
              - id: a-group
                title: A group
                related: [ex-partners]
                reading: Some words.
                openings: ["One."]
                questions: ["A?", "B?", "C?"]
            items:
              - id: an-item
                group: a-group
                label: A label
            {item}
            """;

        Assert.Contains("has no 'left' or 'right'", Assert.Throws<CatalogueException>(() => StyleBookParser.Parse(File("    scale: frequency\n    left: x"), "styles.yaml", catalogue)).Problem, StringComparison.Ordinal);
        Assert.Contains("'left' is missing", Assert.Throws<CatalogueException>(() => StyleBookParser.Parse(File("    scale: preference"), "styles.yaml", catalogue)).Problem, StringComparison.Ordinal);
        Assert.Equal(StyleScale.Preference, StyleBookParser.Parse(File("    scale: preference\n    left: x\n    right: y"), "styles.yaml", catalogue).Items[0].Scale);
    }
}
