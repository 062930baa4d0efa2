using SamePage.Core.Catalogue;

namespace SamePage.Core.Tests.Catalogue;

public class CatalogueParserTests
{
    private const string Minimal = """
        # A minimal catalogue
        categories:
          - id: time
            title: Time and priority
            description: Who comes first.
          - id: physical
            title: Physical
            description: Touch and closeness.
        behaviours:
          - id: kissing
            category: physical
            label: Kissing someone else
            clarification: On the lips, more than a greeting.
          - id: seeing-friends
            category: time
            label: "Seeing friends without me"
            clarification: An evening out with friends.
            autonomy: true
          - id: late-nights
            category: time
            label: Staying out late with a colleague
            clarification: After-work drinks that run late.
            autonomy: false
        """;

    [Fact]
    public void A_valid_file_gives_the_categories_in_file_order()
    {
        var catalogue = CatalogueParser.Parse(Minimal, "behaviours.yaml");

        Assert.Equal(
            [new Category("time", "Time and priority", "Who comes first."), new Category("physical", "Physical", "Touch and closeness.")],
            catalogue.Categories);
        Assert.Equal(0, catalogue.PageOf("time"));
        Assert.Equal(1, catalogue.PageOf("physical"));
        Assert.Equal(-1, catalogue.PageOf("online"));
    }

    [Fact]
    public void A_valid_file_gives_every_behaviour_with_its_fields()
    {
        var catalogue = CatalogueParser.Parse(Minimal, "behaviours.yaml");

        Assert.Equal(
            [
                new Behaviour("kissing", "physical", "Kissing someone else", "On the lips, more than a greeting.", false),
                new Behaviour("seeing-friends", "time", "Seeing friends without me", "An evening out with friends.", true),
                new Behaviour("late-nights", "time", "Staying out late with a colleague", "After-work drinks that run late.", false),
            ],
            catalogue.Behaviours);
    }

    [Fact]
    public void Autonomy_is_false_unless_the_file_says_true()
    {
        var catalogue = CatalogueParser.Parse(Minimal, "behaviours.yaml");

        Assert.False(catalogue.Find("kissing")!.Autonomy);
        Assert.True(catalogue.Find("seeing-friends")!.Autonomy);
    }

    [Fact]
    public void Behaviours_can_be_looked_up_by_id_and_by_category()
    {
        var catalogue = CatalogueParser.Parse(Minimal, "behaviours.yaml");

        Assert.Equal("Kissing someone else", catalogue.Find("kissing")?.Label);
        Assert.Null(catalogue.Find("sexting"));
        Assert.Equal("Physical", catalogue.FindCategory("physical")?.Title);
        Assert.Equal(["seeing-friends", "late-nights"], catalogue.InCategory("time").Select(b => b.Id));
    }

    [Fact]
    public void A_label_of_the_maximum_length_is_accepted()
    {
        var label = new string('a', CatalogueParser.MaxLabelLength);
        var yaml = $"""
            categories:
              - id: solo
                title: Solo
                description: On your own.
            behaviours:
              - id: long
                category: solo
                label: {label}
                clarification: Long.
            """;

        Assert.Equal(label, CatalogueParser.Parse(yaml, "behaviours.yaml").Behaviours[0].Label);
    }
}
