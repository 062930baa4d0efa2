namespace SamePage.Core.SoundingBoards;

/// <summary>
/// The limits of a sounding-board link: a read-only copy of some of a person's own reflections for
/// one supporter, which ends on its own (a lifetime, a number of opens) or when its maker revokes it.
/// </summary>
public static class SoundingBoardRules
{
    public static readonly TimeSpan ShortestLifetime = TimeSpan.FromHours(1);

    public static readonly TimeSpan LongestLifetime = TimeSpan.FromDays(14);

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(3);

    /// <summary>The lifetimes the form offers, in hours (1 hour, 1 day, 3 days, 1 week, 2 weeks).</summary>
    public static IReadOnlyList<int> LifetimeChoicesHours { get; } = [1, 24, 72, 168, 336];

    public const int DefaultOpens = 5;

    public const int MostOpens = 20;

    /// <summary>Groups of five characters in a link's code: 125 random bits.</summary>
    public const int CodeGroups = 5;

    public const int LabelLimit = 80;

    public const int NoteLimit = 1000;

    /// <summary>How many pieces one link may carry.</summary>
    public const int MostPieces = 60;

    public static bool IsLifetime(TimeSpan lifetime) => lifetime >= ShortestLifetime && lifetime <= LongestLifetime;

    public static bool IsOpens(int opens) => opens is >= 1 and <= MostOpens;

    /// <summary>The hour an open is remembered by: the list says "last opened" no finer than that.</summary>
    public static DateTime OpenedMark(DateTime nowUtc) =>
        new(nowUtc.Year, nowUtc.Month, nowUtc.Day, nowUtc.Hour, 0, 0, DateTimeKind.Utc);

    /// <summary>What is wrong with a new link's choices, or nothing.</summary>
    public static IReadOnlyList<LinkProblem> Check(int pieces, string? label, int lifetimeHours, int opens)
    {
        var problems = new List<LinkProblem>();
        if (pieces == 0)
        {
            problems.Add(LinkProblem.NothingChosen);
        }
        else if (pieces > MostPieces)
        {
            problems.Add(LinkProblem.TooMuchChosen);
        }

        if (Reflections.ReflectionText.Length(Text.PlainText.Normalize(label)) > LabelLimit)
        {
            problems.Add(LinkProblem.LabelTooLong);
        }

        if (lifetimeHours < 1 || !IsLifetime(TimeSpan.FromHours(lifetimeHours)))
        {
            problems.Add(LinkProblem.Lifetime);
        }

        if (!IsOpens(opens))
        {
            problems.Add(LinkProblem.Opens);
        }

        return problems;
    }

    /// <summary>A supporter's note back, as it will be kept, or null if it is empty or longer than the limit.</summary>
    public static string? Note(string? typed)
    {
        var note = Reflections.ReflectionText.Normalize(typed);
        return note.Length == 0 || Reflections.ReflectionText.Length(note) > NoteLimit ? null : note;
    }
}

public enum LinkProblem
{
    NothingChosen,
    TooMuchChosen,
    LabelTooLong,
    Lifetime,
    Opens,
}

/// <summary>Where a link stands for its supporter. A revoked link no longer exists, and reads exactly like an ended one.</summary>
public enum LinkStanding
{
    Open,
    Ended,
}

/// <summary>
/// A link's terms and how much of them is used: when it ends and how many of its opens are spent.
/// Every decision about opening it, or leaving a note through it, is made here.
/// </summary>
public sealed record LinkTerms(DateTime ExpiresAtUtc, int Opens, int MaxOpens)
{
    public static LinkTerms New(DateTime nowUtc, TimeSpan lifetime, int maxOpens)
    {
        if (!SoundingBoardRules.IsLifetime(lifetime))
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A link lasts from 1 hour to 14 days.");
        }

        if (!SoundingBoardRules.IsOpens(maxOpens))
        {
            throw new ArgumentOutOfRangeException(nameof(maxOpens), maxOpens, "A link opens 1 to 20 times.");
        }

        return new LinkTerms(nowUtc + lifetime, 0, maxOpens);
    }

    public bool HasExpired(DateTime nowUtc) => nowUtc >= ExpiresAtUtc;

    public int OpensLeft => Math.Max(0, MaxOpens - Opens);

    /// <summary>For the supporter: a missing (revoked) link, an expired one and a used-up one all read the same.</summary>
    public static LinkStanding StandingOf(LinkTerms? terms, DateTime nowUtc) =>
        terms is not null && terms.CanOpen(nowUtc) ? LinkStanding.Open : LinkStanding.Ended;

    public bool CanOpen(DateTime nowUtc) => !HasExpired(nowUtc) && Opens < MaxOpens;

    /// <summary>One more open; only while the link can still be opened.</summary>
    public LinkTerms Open(DateTime nowUtc) =>
        CanOpen(nowUtc) ? this with { Opens = Opens + 1 } : throw new InvalidOperationException("This link has ended.");

    /// <summary>A note back is taken from someone who has opened the link, until it expires (the last open may be the one they write from).</summary>
    public bool CanTakeNote(DateTime nowUtc) => !HasExpired(nowUtc) && Opens > 0;

    /// <summary>The maker's list keeps a link until it expires, used up or not, so a note left on the last open can still be read.</summary>
    public bool IsListed(DateTime nowUtc) => !HasExpired(nowUtc);
}
