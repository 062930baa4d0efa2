using System.Text;
using SamePage.Core.Comparisons;
using SamePage.Core.Stances;

namespace SamePage.Core.Guides;

/// <summary>
/// Every conversation guide of a locale, and the rule that picks one for a difference: by the kind of
/// difference and the behaviour's category, with the opening line chosen from the pair's stances, so
/// the same answers always show the same guide, whichever partner looks.
/// </summary>
public sealed class GuideBook(IReadOnlyList<string> general, IReadOnlyList<ConversationGuide> guides)
{
    private readonly Dictionary<(GuideKind, string), ConversationGuide> _guides =
        guides.ToDictionary(g => (g.Kind, g.CategoryId));

    /// <summary>Guidance for every conversation, shown once above the comparison.</summary>
    public IReadOnlyList<string> General { get; } = general;

    public IReadOnlyCollection<ConversationGuide> Guides => _guides.Values;

    /// <summary>The kind of guide a pair's answers call for, or null when they agree or it doesn't apply.</summary>
    public static GuideKind? KindFor(PairVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.Kind == GapKind.Skipped)
        {
            return null;
        }

        if (verdict.First == Stance.Unsure || verdict.Second == Stance.Unsure)
        {
            return GuideKind.Unsure;
        }

        return verdict.Kind switch
        {
            GapKind.HotSpot => GuideKind.HotSpot,
            GapKind.TalkAboutIt => GuideKind.TalkAboutIt,
            GapKind.Close => GuideKind.Close,
            _ => null,
        };
    }

    /// <summary>The guide for a behaviour two members answered this way, or null when none is needed.</summary>
    public GuideChoice? For(string behaviourId, string categoryId, PairVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (KindFor(verdict) is not { } kind || !_guides.TryGetValue((kind, categoryId), out var guide))
        {
            return null;
        }

        return Choose(guide, behaviourId, verdict.First, verdict.Second);
    }

    /// <summary>
    /// The blind-spot guide for a guess at a partner's answer in this category, or null when the book
    /// has none. The opening is chosen as in <see cref="For"/>: the same behaviour and stances always give
    /// the same line, whichever of the two looks.
    /// </summary>
    public GuideChoice? ForBlindSpot(string behaviourId, string categoryId, Stance predicted, Stance actual) =>
        _guides.TryGetValue((GuideKind.BlindSpot, categoryId), out var guide)
            ? Choose(guide, behaviourId, predicted, actual)
            : null;

    /// <summary>One opening of the guide, picked by a stable hash of the behaviour and the two stances in either order.</summary>
    private static GuideChoice Choose(ConversationGuide guide, string behaviourId, Stance one, Stance other)
    {
        var (low, high) = one <= other ? (one, other) : (other, one);
        var index = (int)(StableHash($"{behaviourId}|{low}|{high}") % (uint)guide.Openings.Count);
        return new GuideChoice(guide.Kind, guide.Openings[index], guide.Questions);
    }

    /// <summary>FNV-1a: the same text gives the same number on every machine and run (unlike string.GetHashCode).</summary>
    internal static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
