using SamePage.Core.Agreements;
using SamePage.Core.Catalogue;
using SamePage.Web.Circles;

namespace SamePage.Web.Agreements.Exports;

/// <summary>One clause as a copy shows it: numbered in reading order, with its words already chosen.</summary>
public sealed record ExportedClause(Guid Id, int Number, string Text, string Expectation, string AppliesTo, string Notes);

/// <summary>The clauses of one category (or "Other"), in the order the circle put them.</summary>
public sealed record ExportedGroup(string? CategoryId, string Title, IReadOnlyList<ExportedClause> Clauses);

public sealed record ExportedSignature(string Name, DateTime SignedAtUtc);

/// <summary>
/// What every copy of a version contains (print page, Markdown, PDF): only what the circle shares in
/// that version (its clauses, the names it was proposed and signed under, its dates and fingerprint),
/// never a journal, an answer, a guess or the working draft.
/// </summary>
public sealed record ExportedVersion(
    Guid VersionId,
    string CircleName,
    int Number,
    VersionStatus Status,
    string StatusText,
    IReadOnlyList<ExportedGroup> Groups,
    string ProposedBy,
    DateTime ProposedAtUtc,
    IReadOnlyList<ExportedSignature> Signatures,
    IReadOnlyList<string> Waiting,
    DateTime? ActivatedAtUtc,
    DateOnly? ReviewOn,
    string Hash,
    string ShortHash)
{
    public int ClauseCount => Groups.Sum(g => g.Clauses.Count);

    /// <summary>
    /// Groups the clauses by category in the catalogue's order (clauses keep their order within a group),
    /// with clauses of no known category last under "Other".
    /// </summary>
    public static ExportedVersion From(CircleView circle, VersionView version, BehaviourCatalogue catalogue, AgreementWords words, ExportWords exportWords)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(exportWords);

        var leftName = exportWords.SomeoneWhoLeft;
        var groups = ClauseGroups.Of(version.Document.Clauses, c => c.CategoryId, catalogue, exportWords.Other)
            .Select(g => new ExportedGroup(
                g.CategoryId,
                g.Title,
                [.. g.Clauses.Select(n => new ExportedClause(n.Clause.Id, n.Number, n.Clause.Text, words.Expectation(n.Clause.Expectation), words.AppliesTo(n.Clause, version.NameOf), n.Clause.Notes))]))
            .ToList();

        var proposer = version.ProposedBy is { } by ? version.NameOf(by) ?? circle.Member(by)?.DisplayName : null;
        var waiting = version.Waiting.Select(m => circle.Member(m)?.DisplayName ?? version.NameOf(m) ?? leftName).ToList();
        return new ExportedVersion(
            version.Id,
            circle.Name,
            version.Number,
            version.Status,
            words.Status(version.Status),
            groups,
            proposer ?? leftName,
            version.ProposedAtUtc,
            [.. version.Signatures.Select(s => new ExportedSignature(s.Name, s.SignedAtUtc))],
            waiting,
            version.ActivatedAtUtc,
            version.ReviewOn,
            version.Document.Hash,
            version.Document.ShortHash);
    }
}
