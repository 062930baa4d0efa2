using SamePage.Core.Stances;

namespace SamePage.Web.Accounts;

/// <summary>
/// "Everything of mine": what one person wrote and was shown in SamePage, already
/// worded, so the JSON file and the readable document say the same. It holds only what this person
/// can already read on their own pages: their own answers, journals and self-checks; what others
/// chose to show them (revealed answers, shared concerns); and the circle's joint records.
/// Never another member's draft, private journal, or answers to a round that is not revealed.
/// </summary>
public sealed record PersonalExport(string Format, DateTime ExportedAtUtc, ExportedAccount Account, IReadOnlyList<ExportedCircle> Circles)
{
    /// <summary>Names the shape of the JSON file, so a program reading it knows what it holds.</summary>
    public const string CurrentFormat = "samepage-personal-export-1";

    /// <summary>The person's sounding-board links that have not expired: what each shows, its terms, and any note left back.</summary>
    public IReadOnlyList<ExportedSharingLink> SharingLinks { get; init; } = [];
}

/// <summary>The account: a username and its settings. SamePage keeps no email, phone or real name, nor the date an account was made.</summary>
public sealed record ExportedAccount(string Username, bool DiscreetMode);

public sealed record ExportedCircle(
    string Name,
    string YourName,
    IReadOnlyList<string> OtherMembers,
    IReadOnlyList<ExportedRound> Rounds,
    IReadOnlyList<ExportedBehaviour> BehavioursYouAdded,
    IReadOnlyList<ExportedAgreementVersion> AgreementVersions,
    IReadOnlyList<ExportedCheckIn> CheckIns,
    IReadOnlyList<ExportedConcern> Concerns,
    IReadOnlyList<ExportedSelfCheck> SelfChecks);

/// <summary>
/// One round as this person took part in it: their answers and guesses (a draft too, if not submitted),
/// their journal, and, only once the round is revealed, how their answers compare with each other participant's.
/// </summary>
public sealed record ExportedRound(
    int Number,
    bool Revealed,
    bool Submitted,
    IReadOnlyList<ExportedAnswer> Answers,
    IReadOnlyList<ExportedGuess> Guesses,
    IReadOnlyList<ExportedReflection> Journal,
    IReadOnlyList<ExportedComparison> Comparisons)
{
    /// <summary>Their "How I connect" answers (optional, so often none).</summary>
    public IReadOnlyList<ExportedStyle> Styles { get; init; } = [];
}

/// <summary>One "How I connect" answer: the statement, its topic, the step on its scale and that step in words.</summary>
public sealed record ExportedStyle(string ItemId, string Item, string Topic, int Step, string AnswerText);

public sealed record ExportedAnswer(string BehaviourId, string Behaviour, string Category, Stance Stance, string StanceText);

public sealed record ExportedGuess(string BehaviourId, string Behaviour, string About, Stance Stance, string StanceText);

/// <summary>One journal answer; <paramref name="Shared"/> says whether the circle can read it.</summary>
public sealed record ExportedReflection(string PromptId, string Prompt, string Text, bool Shared);

/// <summary>A revealed round, side by side with one other participant.</summary>
public sealed record ExportedComparison(string With, IReadOnlyList<ExportedComparedItem> Items);

public sealed record ExportedComparedItem(string BehaviourId, string Behaviour, string Yours, string Theirs, string Verdict);

public sealed record ExportedBehaviour(string Label, string Category, string Clarification, int FromRound);

public sealed record ExportedAgreementVersion(
    int Number,
    string Status,
    IReadOnlyList<ExportedAgreementClause> Clauses,
    string ProposedBy,
    DateTime ProposedAtUtc,
    DateTime? ActivatedAtUtc,
    DateOnly? ReviewOn,
    IReadOnlyList<ExportedAgreementSignature> Signatures,
    bool YouSigned,
    string Fingerprint);

public sealed record ExportedAgreementClause(int Number, string Category, string Text, string Expectation, string AppliesTo, string Notes);

public sealed record ExportedAgreementSignature(string Name, DateTime SignedAtUtc);

/// <summary>This person's own answers to one check-in (a draft too, if not submitted); never anyone else's.</summary>
public sealed record ExportedCheckIn(
    int Number,
    DateTime OpenedAtUtc,
    bool Submitted,
    IReadOnlyList<ExportedScore> Scores,
    IReadOnlyList<ExportedClauseFeeling> Clauses,
    string Appreciation,
    string Topics);

public sealed record ExportedScore(string Item, string Label, int Score);

public sealed record ExportedClauseFeeling(string Clause, string Feeling);

/// <summary>A concern this person raised (a private draft too) or one shared with them, with its replies and outcome.</summary>
public sealed record ExportedConcern(
    bool RaisedByYou,
    string RaisedBy,
    string Status,
    DateOnly CreatedOn,
    DateTime? SharedAtUtc,
    IReadOnlyList<string> SharedWith,
    string Noticed,
    string Felt,
    string Need,
    string? Clause,
    IReadOnlyList<ExportedReply> Replies,
    ExportedOutcome? Outcome);

public sealed record ExportedReply(string From, bool FromYou, string Text, DateTime AtUtc);

public sealed record ExportedOutcome(string Outcome, string RecordedBy, DateTime AtUtc);

public sealed record ExportedSelfCheck(DateOnly CreatedOn, IReadOnlyList<string> Behaviours, string Doing, string Reason, string Why);

/// <summary>A sounding-board link: the name only its maker sees, what it shows (the copy as made), its terms and the supporter's note, if any.</summary>
public sealed record ExportedSharingLink(
    string Label,
    IReadOnlyList<ExportedSharedPiece> Shows,
    DateTime ExpiresAtUtc,
    int Opens,
    int MaxOpens,
    DateTime? LastOpenedAtUtc,
    string? NoteBack);

public sealed record ExportedSharedPiece(string Heading, string Text);
