namespace SamePage.Core.Comparisons;

/// <summary>One difference talked through: a behaviour and the pair who talked about it, in either order.</summary>
public readonly record struct TalkTopic
{
    public TalkTopic(string behaviourId, Guid one, Guid other)
    {
        ArgumentException.ThrowIfNullOrEmpty(behaviourId);
        BehaviourId = behaviourId;
        (First, Second) = one.CompareTo(other) <= 0 ? (one, other) : (other, one);
    }

    public string BehaviourId { get; }

    /// <summary>The pair, smaller id first, so "Sam and Alex" and "Alex and Sam" are the same topic.</summary>
    public Guid First { get; }

    public Guid Second { get; }
}

/// <summary>
/// What a revealed round's participants have marked as talked about.
/// Shared by the circle: a mark made by one member of a pair is seen by everyone in the round.
/// </summary>
public sealed class TalkedAbout
{
    private readonly HashSet<TalkTopic> _topics;

    public TalkedAbout(IEnumerable<TalkTopic>? topics = null) => _topics = [.. topics ?? []];

    public IReadOnlyCollection<TalkTopic> Topics => _topics;

    public bool Contains(TalkTopic topic) => _topics.Contains(topic);

    /// <summary>Marks a topic as talked about; false if it already was.</summary>
    public bool Mark(TalkTopic topic) => _topics.Add(topic);

    /// <summary>Takes a mark back (pressed by mistake); false if there was none.</summary>
    public bool Unmark(TalkTopic topic) => _topics.Remove(topic);
}

/// <summary>
/// The differences of a pair worth talking through, in the order to take them: hot spots first, then
/// everything else worth a talk (the comparison's own order).
/// </summary>
public sealed class TalkAgenda
{
    private TalkAgenda(PairComparison pair, IReadOnlyList<ComparedItem> items)
    {
        Pair = pair;
        Items = items;
    }

    public PairComparison Pair { get; }

    public IReadOnlyList<ComparedItem> Items { get; }

    public static TalkAgenda For(PairComparison pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return new TalkAgenda(pair, [.. pair.Items.Where(i => IsWorthTalking(i.Verdict.Kind))]);
    }

    public static bool IsWorthTalking(GapKind kind) => kind is GapKind.HotSpot or GapKind.TalkAboutIt;

    public TalkTopic TopicOf(ComparedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new TalkTopic(item.Behaviour.Id, Pair.First, Pair.Second);
    }

    /// <summary>Where a behaviour sits on the agenda, or -1 if it is not worth talking about.</summary>
    public int IndexOf(string? behaviourId)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Behaviour.Id == behaviourId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How many of the agenda's differences this pair has talked about.</summary>
    public int TalkedCount(TalkedAbout talked)
    {
        ArgumentNullException.ThrowIfNull(talked);
        return Items.Count(i => talked.Contains(TopicOf(i)));
    }

    /// <summary>Where to pick up: the first difference not yet talked about, else the first of all (or -1 when there is none).</summary>
    public int StartIndex(TalkedAbout talked)
    {
        ArgumentNullException.ThrowIfNull(talked);
        for (var i = 0; i < Items.Count; i++)
        {
            if (!talked.Contains(TopicOf(Items[i])))
            {
                return i;
            }
        }

        return Items.Count == 0 ? -1 : 0;
    }
}
