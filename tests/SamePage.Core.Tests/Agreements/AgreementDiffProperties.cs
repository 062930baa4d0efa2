using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.Agreements;

namespace SamePage.Core.Tests.Agreements;

public class AgreementDiffProperties
{
    private static readonly Guid[] Pool = [.. Enumerable.Range(1, 10).Select(i => new Guid(i, 0, 0, new byte[8]))];
    private static readonly Guid[] Members = [.. Enumerable.Range(1, 4).Select(i => new Guid(0, (short)i, 0, new byte[8]))];

    private static readonly string[] Words =
        ["we", "tell", "each", "other", "before", "after", "dating", "apps", "don't", "Sam’s", "OK", "🙂", "👍🏽", "👨‍👩‍👧", "好", "朋友", "é", "e\u0301"];

    private static readonly string[] Between = [" ", " ", " ", "  ", "\n", "\n\n", ", ", ". ", "!", "—", "\t", ""];

    /// <summary>Prose-like text: words and emoji separated by spaces, line breaks and punctuation.</summary>
    private static readonly Gen<string[]> Tokens =
        Gen.ListOf(Gen.Zip(Gen.Elements(Words), Gen.Elements(Between), (w, s) => w + s)).Select(l => l.ToArray());

    private static readonly Gen<string> Prose = Tokens.Select(string.Concat);

    /// <summary>Any characters at all, lone surrogates and control characters included.</summary>
    private static readonly Gen<string> AnyText =
        Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(chars => new string(chars));

    /// <summary>The same text edited: pieces kept, dropped, replaced, or with new ones after them.</summary>
    private static Gen<string> Edit(string[] tokens) =>
        Gen.CollectToList(tokens, t => Gen.Zip(Gen.Choose(0, 9), Gen.Zip(Gen.Elements(Words), Gen.Elements(Between)), (roll, fresh) => roll switch
        {
            < 6 => t,
            6 => string.Empty,
            7 => fresh.Item1 + fresh.Item2,
            _ => t + fresh.Item1 + fresh.Item2,
        })).Select(string.Concat);

    private static readonly Gen<(string Before, string After)> TextPairs = Gen.OneOf(
        Tokens.SelectMany(t => Edit(t), (t, after) => (string.Concat(t), after)),
        Gen.Zip(Prose, Prose),
        Gen.Zip(AnyText, AnyText));

    private static Gen<Clause> NewClause(Guid id) =>
        from text in Prose
        from expectation in Gen.Elements(Enum.GetValues<Expectation>())
        from behaviour in Gen.Elements<string?>(null, "sexting", "flirting")
        from category in Gen.Elements<string?>(null, "online", "flirting")
        from appliesTo in Gen.SubListOf(Members)
        from notes in Gen.Frequency((2, Gen.Constant(string.Empty)), (1, Prose))
        select new Clause(id, text, expectation, behaviour, category, [.. appliesTo], notes);

    /// <summary>A clause in the next version: mostly kept, sometimes one field changed, sometimes rewritten.</summary>
    private static Gen<Clause> Revise(Clause clause) =>
        from roll in Gen.Choose(0, 11)
        from fresh in NewClause(clause.Id)
        from text in Edit([clause.Text])
        from notes in Edit([clause.Notes])
        from shuffled in Gen.Shuffle(clause.AppliesTo.ToArray())
        select roll switch
        {
            < 4 => clause,
            4 => clause with { AppliesTo = [.. shuffled] },
            5 => clause with { Text = fresh.Text },
            6 => clause with { Notes = fresh.Notes },
            7 => clause with { Expectation = fresh.Expectation },
            8 => clause with { AppliesTo = fresh.AppliesTo },
            9 => clause with { CategoryId = fresh.CategoryId },
            10 => clause with { BehaviourId = fresh.BehaviourId },
            _ => fresh,
        };

    public sealed record Versions(AgreementDocument Before, AgreementDocument After)
    {
        public override string ToString() =>
            $"before [{string.Join(", ", Before.Clauses.Select(Show))}] / after [{string.Join(", ", After.Clauses.Select(Show))}]";

        private static string Show(Clause c) => $"{c.Id.ToString()[..8]}:{c.Text}";
    }

    /// <summary>Two versions of one agreement: clauses kept, changed, removed, added, and sometimes reordered.</summary>
    private static readonly Gen<Versions> VersionPairs =
        from chosen in Gen.SubListOf(Pool)
        from order in Gen.Shuffle(chosen.ToArray())
        from before in Gen.CollectToList(order, id => NewClause(id))
        from next in Gen.CollectToList(before, c => Gen.Frequency((5, Revise(c).Select(Clause? (x) => x)), (1, Gen.Constant<Clause?>(null))))
        from added in Gen.CollectToList(Pool.Where(id => !chosen.Contains(id)).ToArray(), id => NewClause(id))
        from addedKept in Gen.CollectToList(added, c => Gen.Elements(true, false))
        from places in Gen.CollectToList(added, _ => Gen.Choose(0, 20))
        from reorder in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from seed in Gen.Choose(0, 1000)
        select new Versions(new AgreementDocument([.. before]), new AgreementDocument(Next(next, added, addedKept, places, reorder, seed)));

    private static List<Clause> Next(List<Clause?> kept, List<Clause> added, List<bool> addedKept, List<int> places, bool reorder, int seed)
    {
        var clauses = kept.OfType<Clause>().ToList();
        for (var i = 0; i < added.Count; i++)
        {
            if (addedKept[i])
            {
                clauses.Insert(places[i] % (clauses.Count + 1), added[i]);
            }
        }

        if (reorder)
        {
            var random = new Random(seed);
            clauses = [.. clauses.OrderBy(_ => random.Next())];
        }

        return clauses;
    }

    private static readonly Arbitrary<Versions> AnyVersions = VersionPairs.ToArbitrary();

    private static void AssertWellFormed(IReadOnlyList<DiffSegment> segments)
    {
        Assert.All(segments, s => Assert.NotEqual(0, s.Text.Length));
        for (var i = 1; i < segments.Count; i++)
        {
            Assert.NotEqual(segments[i - 1].Kind, segments[i].Kind);
            Assert.False(segments[i - 1].Kind == DiffSegmentKind.Inserted && segments[i].Kind == DiffSegmentKind.Deleted, "a deletion follows an insertion");
        }
    }

    [Property(MaxTest = 300)]
    public Property Word_segments_rebuild_both_texts_exactly() =>
        Prop.ForAll(TextPairs.ToArbitrary(), pair =>
        {
            var segments = WordDiff.Between(pair.Before, pair.After);

            Assert.Equal(pair.Before, WordDiff.Before(segments));
            Assert.Equal(pair.After, WordDiff.After(segments));
            AssertWellFormed(segments);
        });

    [Property]
    public Property A_text_compared_with_itself_is_kept_whole() =>
        Prop.ForAll(Gen.OneOf(Prose, AnyText).ToArbitrary(), text =>
        {
            var segments = WordDiff.Between(text, text);

            Assert.All(segments, s => Assert.Equal(DiffSegmentKind.Same, s.Kind));
            Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        });

    [Property]
    public Property A_version_compared_with_itself_has_only_unchanged_clauses() =>
        Prop.ForAll(AnyVersions, versions =>
        {
            var diff = AgreementDiff.Between(versions.After, versions.After);

            Assert.Equal(versions.After.Clauses.Select(c => c.Id), diff.Clauses.Select(c => c.Id));
            Assert.All(diff.Clauses, c =>
            {
                Assert.Equal(ClauseDiffKind.Unchanged, c.Kind);
                Assert.Equal(ClauseFields.None, c.ChangedFields);
                Assert.False(c.Moved);
                Assert.All(c.Text.Concat(c.Notes), s => Assert.Equal(DiffSegmentKind.Same, s.Kind));
            });
            Assert.Equal((0, 0, 0, 0), (diff.Added, diff.Removed, diff.Changed, diff.Moved));
            Assert.True(diff.IsEmpty);
        });

    [Property]
    public Property Every_clause_of_either_version_is_read_once_in_the_later_order_with_removed_ones_where_they_were() =>
        Prop.ForAll(AnyVersions, versions =>
        {
            var diff = AgreementDiff.Between(versions.Before, versions.After);
            var beforeIds = versions.Before.Clauses.Select(c => c.Id).ToList();
            var afterIds = versions.After.Clauses.Select(c => c.Id).ToList();

            Assert.Equal(beforeIds.Union(afterIds).Order(), diff.Clauses.Select(c => c.Id).Order());
            Assert.Equal(afterIds, diff.Clauses.Where(c => c.Kind != ClauseDiffKind.Removed).Select(c => c.Id));
            Assert.Equal(afterIds.Except(beforeIds).Count(), diff.Added);
            Assert.Equal(beforeIds.Except(afterIds).Count(), diff.Removed);
            Assert.Equal(beforeIds.Intersect(afterIds).Count(), diff.Changed + diff.Unchanged);

            // A removed clause follows the clause nearest before it in the earlier version that is still there.
            for (var i = 0; i < diff.Clauses.Count; i++)
            {
                if (diff.Clauses[i].Kind != ClauseDiffKind.Removed)
                {
                    continue;
                }

                var shownBefore = diff.Clauses.Take(i).LastOrDefault(c => c.Kind != ClauseDiffKind.Removed)?.Id;
                var keptBefore = beforeIds.Take(beforeIds.IndexOf(diff.Clauses[i].Id)).LastOrDefault(afterIds.Contains);
                Assert.Equal(keptBefore == Guid.Empty ? null : keptBefore, shownBefore);
                if (i > 0 && diff.Clauses[i - 1].Kind == ClauseDiffKind.Removed)
                {
                    Assert.True(beforeIds.IndexOf(diff.Clauses[i - 1].Id) < beforeIds.IndexOf(diff.Clauses[i].Id), "removed clauses read together keep their old order");
                }
            }
        });

    [Property]
    public Property Clause_text_and_notes_rebuild_from_their_segments_exactly() =>
        Prop.ForAll(AnyVersions, versions =>
        {
            foreach (var clause in AgreementDiff.Between(versions.Before, versions.After).Clauses)
            {
                Assert.Equal(clause.Before?.Text ?? string.Empty, WordDiff.Before(clause.Text));
                Assert.Equal(clause.After?.Text ?? string.Empty, WordDiff.After(clause.Text));
                Assert.Equal(clause.Before?.Notes ?? string.Empty, WordDiff.Before(clause.Notes));
                Assert.Equal(clause.After?.Notes ?? string.Empty, WordDiff.After(clause.Notes));
                AssertWellFormed(clause.Text);
                AssertWellFormed(clause.Notes);
            }
        });

    [Property]
    public Property A_clause_is_changed_exactly_when_some_field_differs() =>
        Prop.ForAll(AnyVersions, versions =>
        {
            foreach (var clause in AgreementDiff.Between(versions.Before, versions.After).Clauses.Where(c => c.Before is not null && c.After is not null))
            {
                var (b, a) = (clause.Before!, clause.After!);
                Assert.Equal(b.Text != a.Text, clause.Has(ClauseFields.Text));
                Assert.Equal(b.Notes != a.Notes, clause.Has(ClauseFields.Notes));
                Assert.Equal(b.Expectation != a.Expectation, clause.Has(ClauseFields.Expectation));
                Assert.Equal(!b.AppliesTo.Order().SequenceEqual(a.AppliesTo.Order()), clause.Has(ClauseFields.AppliesTo));
                Assert.Equal(b.CategoryId != a.CategoryId, clause.Has(ClauseFields.Category));
                Assert.Equal(b.BehaviourId != a.BehaviourId, clause.Has(ClauseFields.Behaviour));
                Assert.Equal(clause.ChangedFields == ClauseFields.None, clause.Kind == ClauseDiffKind.Unchanged);
            }
        });

    [Property]
    public Property Swapping_the_versions_swaps_added_and_removed() =>
        Prop.ForAll(AnyVersions, versions =>
        {
            var forward = AgreementDiff.Between(versions.Before, versions.After);
            var backward = AgreementDiff.Between(versions.After, versions.Before);

            IEnumerable<Guid> Ids(AgreementDiff d, ClauseDiffKind kind) => d.Clauses.Where(c => c.Kind == kind).Select(c => c.Id).Order();
            Assert.Equal(Ids(forward, ClauseDiffKind.Added), Ids(backward, ClauseDiffKind.Removed));
            Assert.Equal(Ids(forward, ClauseDiffKind.Removed), Ids(backward, ClauseDiffKind.Added));
            Assert.Equal(Ids(forward, ClauseDiffKind.Changed), Ids(backward, ClauseDiffKind.Changed));
            Assert.Equal(
                forward.Clauses.Where(c => c.Kind == ClauseDiffKind.Changed).OrderBy(c => c.Id).Select(c => c.ChangedFields),
                backward.Clauses.Where(c => c.Kind == ClauseDiffKind.Changed).OrderBy(c => c.Id).Select(c => c.ChangedFields));
            Assert.Equal((forward.Added, forward.Removed, forward.Changed, forward.Moved), (backward.Removed, backward.Added, backward.Changed, backward.Moved));
        });

    [Property]
    public Property The_clauses_that_did_not_move_keep_their_order_and_as_few_as_possible_moved() =>
        Prop.ForAll(AnyVersions, versions =>
        {
            var diff = AgreementDiff.Between(versions.Before, versions.After);
            var shared = diff.Clauses.Where(c => c.Before is not null && c.After is not null).Select(c => c.Id).ToHashSet();
            var beforeOrder = versions.Before.Clauses.Select(c => c.Id).Where(shared.Contains).ToList();
            var afterOrder = versions.After.Clauses.Select(c => c.Id).Where(shared.Contains).ToList();
            var stayed = diff.Clauses.Where(c => shared.Contains(c.Id) && !c.Moved).Select(c => c.Id).ToHashSet();

            Assert.Equal(beforeOrder.Where(stayed.Contains), afterOrder.Where(stayed.Contains));
            Assert.Equal(shared.Count - LongestCommonRun(beforeOrder, afterOrder), diff.Moved);
            Assert.DoesNotContain(diff.Clauses, c => c.Moved && !shared.Contains(c.Id));
        });

    [Property]
    public Property Nothing_changed_exactly_when_the_two_versions_have_the_same_hash() =>
        Prop.ForAll(AnyVersions, versions =>
            Assert.Equal(versions.Before.Hash == versions.After.Hash, AgreementDiff.Between(versions.Before, versions.After).IsEmpty));

    /// <summary>The length of the longest common subsequence, the textbook way.</summary>
    private static int LongestCommonRun(List<Guid> a, List<Guid> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Count, b.Count];
    }
}
