using FsCheck.Xunit;
using SamePage.Core.Catalogue;

namespace SamePage.Core.Tests.Catalogue;

/// <summary>Issue 3, "Custom behaviours": limits, ids, which round first asks one, and how they join a catalogue.</summary>
public class CustomBehavioursTests
{
    private static readonly BehaviourCatalogue Shipped = new(
        [new Category("time", "Time", "When."), new Category("online", "Online", "Where.")],
        [
            new Behaviour("late-nights", "time", "Late nights", "", false),
            new Behaviour("dating-app", "online", "A dating profile", "", false),
            new Behaviour("private-chat", "online", "Private chats", "", false),
        ]);

    private static Behaviour Custom(string category, string label = "Own") =>
        new(CustomBehaviours.IdFor(Guid.NewGuid()), category, label, "", Autonomy: false, Custom: true);

    [Theory]
    [InlineData(1, false, 0, 1)]
    [InlineData(1, false, 1, 2)]
    [InlineData(1, true, 2, 2)]
    [InlineData(4, false, 0, 4)]
    [InlineData(4, false, 3, 5)]
    public void A_new_behaviour_joins_the_open_round_only_while_nobody_has_submitted(int latest, bool revealed, int submitted, int expected) =>
        Assert.Equal(expected, CustomBehaviours.FirstRoundFor(latest, revealed, submitted));

    [Fact]
    public void Custom_behaviours_come_last_in_their_own_category_and_the_rest_keeps_its_order()
    {
        var timeOne = Custom("time", "Mine");
        var onlineOne = Custom("online", "Ours");

        var extended = CustomBehaviours.Extend(Shipped, [onlineOne, timeOne]);

        Assert.Equal(["late-nights", timeOne.Id, "dating-app", "private-chat", onlineOne.Id], extended.Behaviours.Select(b => b.Id));
        Assert.Equal(Shipped.Categories, extended.Categories);
        Assert.Same(timeOne, extended.Find(timeOne.Id));
        Assert.Equal(3, Shipped.Behaviours.Count);
    }

    [Fact]
    public void A_custom_behaviour_in_an_unknown_category_or_with_a_taken_id_is_left_out()
    {
        var lost = Custom("no-such-category");
        var clash = new Behaviour("late-nights", "time", "Imposter", "", false, true);

        var extended = CustomBehaviours.Extend(Shipped, [lost, clash]);

        Assert.Same(Shipped, extended);
        Assert.Equal("Late nights", extended.Find("late-nights")!.Label);
    }

    [Fact]
    public void Ids_are_marked_as_custom_and_content_ids_are_not()
    {
        var id = CustomBehaviours.IdFor(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"));
        Assert.Equal("custom-0f8fad5bd9cb469fa16570867728950e", id);
        Assert.True(CustomBehaviours.IsCustomId(id));
        Assert.False(CustomBehaviours.IsCustomId("sexting"));
    }

    [Fact]
    public void Content_files_may_not_use_the_custom_prefix()
    {
        var error = Assert.Throws<CatalogueException>(() => CatalogueParser.Parse("""
            categories:
              - id: time
                title: Time
                description: When.
            behaviours:
              - id: custom-late-nights
                category: time
                label: Late nights
                clarification: Often.
            """, "behaviours.yaml"));
        Assert.Contains("custom-", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, error.Line);
    }

    [Theory]
    [InlineData("", CustomTextProblem.Empty)]
    [InlineData("   \n ", CustomTextProblem.Empty)]
    [InlineData("Going out dancing", CustomTextProblem.None)]
    [InlineData("Zero\u200Bwidth", CustomTextProblem.InvalidCharacters)]
    [InlineData("Right\u202Eto left", CustomTextProblem.InvalidCharacters)]
    public void Labels_are_checked(string label, CustomTextProblem expected) =>
        Assert.Equal(expected, CustomBehaviours.CheckLabel(label));

    [Fact]
    public void Limits_count_characters_as_people_see_them_not_utf16_units()
    {
        Assert.Equal(CustomTextProblem.None, CustomBehaviours.CheckLabel(new string('a', CustomBehaviours.MaxLabelLength)));
        Assert.Equal(CustomTextProblem.TooLong, CustomBehaviours.CheckLabel(new string('a', CustomBehaviours.MaxLabelLength + 1)));
        Assert.Equal(CustomTextProblem.None, CustomBehaviours.CheckLabel(string.Concat(Enumerable.Repeat("🌙", CustomBehaviours.MaxLabelLength))));
        Assert.Equal(CustomTextProblem.TooLong, CustomBehaviours.CheckLabel(new string('a', 4001)));
        Assert.Equal(CustomTextProblem.None, CustomBehaviours.CheckClarification(null));
        Assert.Equal(CustomTextProblem.TooLong, CustomBehaviours.CheckClarification(new string('b', CustomBehaviours.MaxClarificationLength + 1)));
    }

    [Fact]
    public void Line_breaks_and_runs_of_spaces_become_one_space()
    {
        Assert.Equal("Going out dancing alone", CustomBehaviours.Normalize("  Going out\r\n dancing \t alone \n"));
        Assert.Equal(CustomTextProblem.None, CustomBehaviours.CheckLabel("Two\nlines"));
    }

    [Property]
    public bool Normalizing_is_idempotent_and_leaves_no_leading_trailing_or_double_spaces(string? text)
    {
        var once = CustomBehaviours.Normalize(text);
        return once == CustomBehaviours.Normalize(once)
            && once == once.Trim()
            && !once.Contains("  ", StringComparison.Ordinal);
    }
}
