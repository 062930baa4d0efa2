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

        var (low, high) = verdict.First <= verdict.Second ? (verdict.First, verdict.Second) : (verdict.Second, verdict.First);
        var index = (int)(StableHash($"{behaviourId}|{low}|{high}") % (uint)guide.Openings.Count);
        return new GuideChoice(kind, guide.Openings[index], guide.Questions);
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
