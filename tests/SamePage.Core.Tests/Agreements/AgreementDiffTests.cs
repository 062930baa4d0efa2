using SamePage.Core.Agreements;
using static SamePage.Core.Agreements.ClauseDiffKind;

namespace SamePage.Core.Tests.Agreements;

public class AgreementDiffTests
{
    private static readonly Guid Ana = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Ben = new("00000000-0000-0000-0000-00000000000b");

    private static Guid Id(int n) => new(n, 0, 0, new byte[8]);

    private static Clause Clause(int n, string text, Expectation expectation = Expectation.TellMe, string notes = "", string? category = null, params Guid[] appliesTo) =>
        new(Id(n), text, expectation, null, category, appliesTo, notes);

    private static AgreementDocument Document(params Clause[] clauses) => new(clauses);

    [Fact]
    public void Clauses_are_matched_by_id_and_told_apart_as_added_removed_changed_or_unchanged()
    {
        var before = Document(
            Clause(1, "We tell each other about new friends."),
            Clause(2, "No dating apps."),
            Clause(3, "We ask before sharing photos of each other."));
        var after = Document(
            Clause(1, "We tell each other about new friends."),
            Clause(3, "We ask before sharing photos of each other online."),
            Clause(4, "We check in every month."));

        var diff = AgreementDiff.Between(before, after);

        Assert.Equal(
            [(Id(1), Unchanged), (Id(2), Removed), (Id(3), Changed), (Id(4), Added)],
            diff.Clauses.Select(c => (c.Id, c.Kind)));
        Assert.Equal((1, 1, 1, 1, 0), (diff.Added, diff.Removed, diff.Changed, diff.Unchanged, diff.Moved));
        Assert.False(diff.IsEmpty);
        Assert.Null(diff.Clauses[1].After);
        Assert.Null(diff.Clauses[3].Before);
        Assert.Equal(Id(2), diff.Clauses[1].Clause.Id);
    }

    [Fact]
    public void A_changed_clause_says_which_fields_changed_and_diffs_its_text_word_by_word()
    {
        var before = Document(Clause(1, "We tell each other after we meet an ex.", Expectation.TellMe, "Said in May.", "ex-partners", Ana));
        var after = Document(Clause(1, "We tell each other before we meet an ex.", Expectation.AskFirst, "Said in May.", "ex-partners", Ana, Ben));

        var change = Assert.Single(AgreementDiff.Between(before, after).Clauses);

        Assert.Equal(Changed, change.Kind);
        Assert.Equal(ClauseFields.Text | ClauseFields.Expectation | ClauseFields.AppliesTo, change.ChangedFields);
        Assert.True(change.Has(ClauseFields.AppliesTo));
        Assert.False(change.Has(ClauseFields.Notes));
        Assert.Equal(
            [(DiffSegmentKind.Same, "We tell each other "), (DiffSegmentKind.Deleted, "after"), (DiffSegmentKind.Inserted, "before"), (DiffSegmentKind.Same, " we meet an ex.")],
            change.Text.Select(s => (s.Kind, s.Text)));
        Assert.Equal([(DiffSegmentKind.Same, "Said in May.")], change.Notes.Select(s => (s.Kind, s.Text)));
    }

    [Fact]
    public void Notes_category_and_linked_behaviour_are_changes_too()
    {
        var clause = Clause(1, "Flirting is fine.", Expectation.Fine, "", "flirting");
        var after = Document(clause with { Notes = "Within reason.", CategoryId = null, BehaviourId = "flirting-online" });

        var change = Assert.Single(AgreementDiff.Between(Document(clause), after).Clauses);

        Assert.Equal(ClauseFields.Notes | ClauseFields.Category | ClauseFields.Behaviour, change.ChangedFields);
        Assert.Equal([(DiffSegmentKind.Inserted, "Within reason.")], change.Notes.Select(s => (s.Kind, s.Text)));
    }

    [Fact]
    public void The_order_of_the_members_a_clause_applies_to_is_not_a_change()
    {
        var before = Document(Clause(1, "Tell me first.", appliesTo: [Ana, Ben]));
        var after = Document(Clause(1, "Tell me first.", appliesTo: [Ben, Ana]));

        var diff = AgreementDiff.Between(before, after);

        Assert.Equal(Unchanged, Assert.Single(diff.Clauses).Kind);
        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void Added_and_removed_clauses_carry_their_whole_text_as_inserted_or_deleted()
    {
        var diff = AgreementDiff.Between(
            Document(Clause(1, "Old clause", notes: "old notes")),
            Document(Clause(2, "New clause")));

        var (removed, added) = (diff.Clauses[0], diff.Clauses[1]);
        Assert.Equal([(DiffSegmentKind.Deleted, "Old clause")], removed.Text.Select(s => (s.Kind, s.Text)));
        Assert.Equal([(DiffSegmentKind.Deleted, "old notes")], removed.Notes.Select(s => (s.Kind, s.Text)));
        Assert.Equal([(DiffSegmentKind.Inserted, "New clause")], added.Text.Select(s => (s.Kind, s.Text)));
        Assert.Empty(added.Notes);
        Assert.Equal(ClauseFields.None, added.ChangedFields);
    }

    [Fact]
    public void A_removed_clause_is_read_where_it_was_after_the_clause_that_preceded_it()
    {
        var before = Document(Clause(1, "one"), Clause(2, "two"), Clause(3, "three"), Clause(4, "four"), Clause(5, "five"), Clause(7, "seven"));
        var after = Document(Clause(6, "six"), Clause(3, "three"), Clause(5, "five"));

        var diff = AgreementDiff.Between(before, after);

        // 1 and 2 had nothing kept before them, so they come first; 4 followed 3, and 7 followed 5.
        Assert.Equal(
            [(Id(1), Removed), (Id(2), Removed), (Id(6), Added), (Id(3), Unchanged), (Id(4), Removed), (Id(5), Unchanged), (Id(7), Removed)],
            diff.Clauses.Select(c => (c.Id, c.Kind)));
    }

    [Fact]
    public void A_clause_that_only_changed_place_is_unchanged_but_moved()
    {
        var before = Document(Clause(1, "one"), Clause(2, "two"), Clause(3, "three"));
        var after = Document(Clause(2, "two"), Clause(3, "three"), Clause(1, "one"));

        var diff = AgreementDiff.Between(before, after);

        Assert.Equal([Id(2), Id(3), Id(1)], diff.Clauses.Select(c => c.Id));
        Assert.All(diff.Clauses, c => Assert.Equal(Unchanged, c.Kind));
        Assert.Equal([Id(1)], diff.Clauses.Where(c => c.Moved).Select(c => c.Id));
        Assert.Equal((3, 1), (diff.Unchanged, diff.Moved));
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void Inserting_a_clause_does_not_make_the_ones_after_it_moved()
    {
        var before = Document(Clause(1, "one"), Clause(2, "two"));
        var after = Document(Clause(3, "three"), Clause(1, "one"), Clause(2, "two changed"));

        var diff = AgreementDiff.Between(before, after);

        Assert.DoesNotContain(diff.Clauses, c => c.Moved);
        Assert.Equal([Added, Unchanged, Changed], diff.Clauses.Select(c => c.Kind));
    }

    [Fact]
    public void Two_empty_versions_have_nothing_to_show()
    {
        var diff = AgreementDiff.Between(Document(), Document());

        Assert.Empty(diff.Clauses);
        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void A_document_with_a_repeated_clause_id_is_refused()
    {
        var twice = Document(Clause(1, "one"), Clause(1, "one again"));

        Assert.Throws<ArgumentException>(() => AgreementDiff.Between(twice, Document()));
        Assert.Throws<ArgumentException>(() => AgreementDiff.Between(Document(), twice));
    }
}
