namespace SamePage.Core.CheckIns;

/// <summary>A clause someone flagged, and who flagged it which way (in the circle's order).</summary>
public sealed record ClauseFlag(Guid ClauseId, IReadOnlyList<Guid> HardToKeep, IReadOnlyList<Guid> WantToRevisit);

/// <summary>One topic a member would like to talk about.</summary>
public sealed record Topic(Guid Member, string Text);

/// <summary>What a member appreciates, in their own words.</summary>
public sealed record Appreciation(Guid Member, string Text);

public enum ActionKind
{
    /// <summary>Someone wants to revisit a clause: decide together whether to change it (a review of the agreement).</summary>
    RevisitClause,

    /// <summary>Someone finds a clause hard to keep: talk about what would make it easier, or whether it still fits.</summary>
    EaseClause,

    /// <summary>A member's scores dropped: make time to hear how they are and what would help.</summary>
    HearMember,

    /// <summary>More topics than one conversation holds: choose the one or two that matter most today.</summary>
    ChooseTopics,

    /// <summary>Always: each names one small thing they will do before the next check-in.</summary>
    OneSmallThing,
}

/// <summary>Something to decide or do; the clause or member it is about, if any.</summary>
public sealed record ActionPoint(ActionKind Kind, Guid? ClauseId = null, Guid? Member = null);

/// <summary>
/// The agenda of the conversation after a check-in, in the order relationship educators suggest:
/// <b>review</b> (the clauses flagged, anything that dropped), <b>topics</b> (everyone's), <b>action
/// points</b>, and <b>reconnect</b> (the appreciations). Everything on it was shared by the reveal:
/// flags name who raised them, like the scores do.
/// </summary>
public sealed record CheckInAgenda(
    IReadOnlyList<ClauseFlag> Flags,
    IReadOnlyList<Drop> Drops,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<ActionPoint> ActionPoints,
    IReadOnlyList<Appreciation> Appreciations)
{
    /// <summary>More topics than this and the agenda suggests choosing.</summary>
    public const int TopicsForOneConversation = 2;

    public bool HasReview => Flags.Count > 0 || Drops.Count > 0;

    /// <param name="participants">Those who took part, in the circle's order (seats); everything is listed in this order.</param>
    /// <param name="answers">Each participant's answers.</param>
    /// <param name="drops">What dropped since each participant's previous check-in (<see cref="ScoreDrops.At"/>).</param>
    /// <param name="clauseOrder">The clauses that can be named, in reading order; flags on any other clause are left out.</param>
    public static CheckInAgenda Build(
        IReadOnlyList<Guid> participants,
        IReadOnlyDictionary<Guid, CheckInAnswers> answers,
        IReadOnlyList<Drop> drops,
        IReadOnlyList<Guid> clauseOrder)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(drops);
        ArgumentNullException.ThrowIfNull(clauseOrder);
        var taking = participants.Where(answers.ContainsKey).Distinct().ToList();

        var flags = new List<ClauseFlag>();
        foreach (var clause in clauseOrder.Distinct())
        {
            var hard = taking.Where(m => answers[m].Feeling(clause) == ClauseFeeling.HardToKeep).ToList();
            var revisit = taking.Where(m => answers[m].Feeling(clause) == ClauseFeeling.WantToRevisit).ToList();
            if (hard.Count > 0 || revisit.Count > 0)
            {
                flags.Add(new ClauseFlag(clause, hard, revisit));
            }
        }

        var order = taking.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);
        var items = CheckInItems.All.Select((item, i) => (item, i)).ToDictionary(x => x.item, x => x.i, StringComparer.Ordinal);
        var ownDrops = drops
            .Where(d => order.ContainsKey(d.Member) && items.ContainsKey(d.Item))
            .OrderBy(d => order[d.Member]).ThenBy(d => items[d.Item])
            .ToList();

        var topics = taking.SelectMany(m => answers[m].TopicList.Select(t => new Topic(m, t))).ToList();
        var appreciations = taking
            .Where(m => answers[m].Appreciation.Length > 0)
            .Select(m => new Appreciation(m, answers[m].Appreciation))
            .ToList();

        var actions = new List<ActionPoint>();
        foreach (var flag in flags)
        {
            actions.Add(new ActionPoint(flag.WantToRevisit.Count > 0 ? ActionKind.RevisitClause : ActionKind.EaseClause, ClauseId: flag.ClauseId));
        }

        foreach (var member in ownDrops.Select(d => d.Member).Distinct())
        {
            actions.Add(new ActionPoint(ActionKind.HearMember, Member: member));
        }

        if (topics.Count > TopicsForOneConversation)
        {
            actions.Add(new ActionPoint(ActionKind.ChooseTopics));
        }

        actions.Add(new ActionPoint(ActionKind.OneSmallThing));
        return new CheckInAgenda(flags, ownDrops, topics, actions, appreciations);
    }
}
