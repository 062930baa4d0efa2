using DiffPlex;
using DiffPlex.Chunkers;

namespace SamePage.Core.Agreements;

public enum ClauseDiffKind
{
    /// <summary>Only in the later version.</summary>
    Added,

    /// <summary>Only in the earlier version.</summary>
    Removed,

    /// <summary>In both, with something of it changed (see <see cref="ClauseDiff.ChangedFields"/>).</summary>
    Changed,

    /// <summary>In both, saying the same thing (it may still have moved).</summary>
    Unchanged,
}

/// <summary>The parts of a clause that can change between versions.</summary>
[Flags]
public enum ClauseFields
{
    None = 0,
    Text = 1,
    Expectation = 2,
    AppliesTo = 4,
    Notes = 8,
    Category = 16,
    Behaviour = 32,
}

/// <summary>
/// One clause across two versions, matched by its stable id.
/// </summary>
/// <param name="Before">The clause in the earlier version; null when it was added.</param>
/// <param name="After">The clause in the later version; null when it was removed.</param>
/// <param name="ChangedFields">What differs; <see cref="ClauseFields.None"/> unless the clause changed.</param>
/// <param name="Moved">Its place among the clauses both versions share is different.</param>
/// <param name="Text">The word-level diff of its text (all inserted when added, all deleted when removed).</param>
/// <param name="Notes">The word-level diff of its notes, likewise.</param>
public sealed record ClauseDiff(
    ClauseDiffKind Kind,
    Clause? Before,
    Clause? After,
    ClauseFields ChangedFields,
    bool Moved,
    IReadOnlyList<DiffSegment> Text,
    IReadOnlyList<DiffSegment> Notes)
{
    public Guid Id => Clause.Id;

    /// <summary>The clause as it is in the later version, or as it was if it was removed.</summary>
    public Clause Clause => After ?? Before!;

    public bool Has(ClauseFields field) => (ChangedFields & field) != 0;
}

/// <summary>
/// What changed between two versions of an agreement: each clause matched by id across both, in
/// reading order — the later version's order, with each removed clause just after the clause that
/// preceded it in the earlier version (or first, if nothing did). Text and notes are diffed word by
/// word with DiffPlex; so is the order of the shared clauses, to tell which ones moved.
/// </summary>
public sealed class AgreementDiff
{
    private AgreementDiff(IReadOnlyList<ClauseDiff> clauses)
    {
        Clauses = clauses;
        Added = clauses.Count(c => c.Kind == ClauseDiffKind.Added);
        Removed = clauses.Count(c => c.Kind == ClauseDiffKind.Removed);
        Changed = clauses.Count(c => c.Kind == ClauseDiffKind.Changed);
        Unchanged = clauses.Count(c => c.Kind == ClauseDiffKind.Unchanged);
        Moved = clauses.Count(c => c.Moved);
    }

    public IReadOnlyList<ClauseDiff> Clauses { get; }

    public int Added { get; }

    public int Removed { get; }

    public int Changed { get; }

    /// <summary>Clauses that say the same thing in both versions, moved or not.</summary>
    public int Unchanged { get; }

    /// <summary>Clauses in both versions whose place changed (whether or not their content did).</summary>
    public int Moved { get; }

    /// <summary>Both versions say the same thing in the same order.</summary>
    public bool IsEmpty => Added == 0 && Removed == 0 && Changed == 0 && Moved == 0;

    /// <exception cref="ArgumentException">A document has two clauses with the same id.</exception>
    public static AgreementDiff Between(AgreementDocument before, AgreementDocument after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var earlier = ById(before, nameof(before));
        var later = ById(after, nameof(after));
        var moved = MovedIds(
            [.. before.Clauses.Where(c => later.ContainsKey(c.Id)).Select(c => c.Id)],
            [.. after.Clauses.Where(c => earlier.ContainsKey(c.Id)).Select(c => c.Id)]);

        // Each removed clause follows the nearest clause before it that is still there.
        var removedAfter = new Dictionary<Guid, List<Clause>>();
        var removedFirst = new List<Clause>();
        Guid? anchor = null;
        foreach (var clause in before.Clauses)
        {
            if (later.ContainsKey(clause.Id))
            {
                anchor = clause.Id;
            }
            else if (anchor is { } kept)
            {
                (removedAfter.TryGetValue(kept, out var list) ? list : removedAfter[kept] = []).Add(clause);
            }
            else
            {
                removedFirst.Add(clause);
            }
        }

        var diffs = new List<ClauseDiff>(before.Clauses.Count + after.Clauses.Count);
        diffs.AddRange(removedFirst.Select(RemovedClause));
        foreach (var clause in after.Clauses)
        {
            diffs.Add(earlier.TryGetValue(clause.Id, out var was) ? Compare(was, clause, moved.Contains(clause.Id)) : AddedClause(clause));
            if (removedAfter.TryGetValue(clause.Id, out var removed))
            {
                diffs.AddRange(removed.Select(RemovedClause));
            }
        }

        return new AgreementDiff(diffs);
    }

    /// <summary>What differs between two versions of one clause (the members it applies to are a set).</summary>
    public static ClauseFields FieldsChanged(Clause before, Clause after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var fields = ClauseFields.None;
        if (!string.Equals(before.Text, after.Text, StringComparison.Ordinal))
        {
            fields |= ClauseFields.Text;
        }

        if (before.Expectation != after.Expectation)
        {
            fields |= ClauseFields.Expectation;
        }

        if (!before.AppliesTo.ToHashSet().SetEquals(after.AppliesTo))
        {
            fields |= ClauseFields.AppliesTo;
        }

        if (!string.Equals(before.Notes, after.Notes, StringComparison.Ordinal))
        {
            fields |= ClauseFields.Notes;
        }

        if (!string.Equals(before.CategoryId, after.CategoryId, StringComparison.Ordinal))
        {
            fields |= ClauseFields.Category;
        }

        if (!string.Equals(before.BehaviourId, after.BehaviourId, StringComparison.Ordinal))
        {
            fields |= ClauseFields.Behaviour;
        }

        return fields;
    }

    private static ClauseDiff Compare(Clause before, Clause after, bool moved)
    {
        var fields = FieldsChanged(before, after);
        return new ClauseDiff(
            fields == ClauseFields.None ? ClauseDiffKind.Unchanged : ClauseDiffKind.Changed,
            before,
            after,
            fields,
            moved,
            WordDiff.Between(before.Text, after.Text),
            WordDiff.Between(before.Notes, after.Notes));
    }

    private static ClauseDiff AddedClause(Clause clause) =>
        new(ClauseDiffKind.Added, null, clause, ClauseFields.None, false,
            WordDiff.Whole(DiffSegmentKind.Inserted, clause.Text), WordDiff.Whole(DiffSegmentKind.Inserted, clause.Notes));

    private static ClauseDiff RemovedClause(Clause clause) =>
        new(ClauseDiffKind.Removed, clause, null, ClauseFields.None, false,
            WordDiff.Whole(DiffSegmentKind.Deleted, clause.Text), WordDiff.Whole(DiffSegmentKind.Deleted, clause.Notes));

    private static Dictionary<Guid, Clause> ById(AgreementDocument document, string name)
    {
        var byId = new Dictionary<Guid, Clause>(document.Clauses.Count);
        foreach (var clause in document.Clauses)
        {
            if (!byId.TryAdd(clause.Id, clause))
            {
                throw new ArgumentException($"The document has two clauses with the id {clause.Id}.", name);
            }
        }

        return byId;
    }

    /// <summary>
    /// The shared clauses that are not part of the longest run both versions keep in the same order:
    /// DiffPlex diffs the two lists of ids, one id a line, and whatever it had to delete and insert moved.
    /// </summary>
    private static HashSet<Guid> MovedIds(IReadOnlyList<Guid> before, IReadOnlyList<Guid> after)
    {
        if (before.SequenceEqual(after))
        {
            return [];
        }

        static string Lines(IEnumerable<Guid> ids) => string.Join('\n', ids.Select(id => id.ToString("N")));
        var result = Differ.Instance.CreateDiffs(Lines(before), Lines(after), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var moved = new HashSet<Guid>();
        foreach (var block in result.DiffBlocks)
        {
            for (var i = block.DeleteStartA; i < block.DeleteStartA + block.DeleteCountA; i++)
            {
                moved.Add(before[i]);
            }
        }

        return moved;
    }
}
