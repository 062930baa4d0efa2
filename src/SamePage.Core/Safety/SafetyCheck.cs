namespace SamePage.Core.Safety;

/// <summary>The tactics of control the private safety check asks about (after the Power and Control Wheel).</summary>
public enum ControlArea
{
    Fear,
    Monitoring,
    Isolation,
    Economic,
    Support,
    Coercion,
    Appearance,
    Pressure,
}

public enum Frequency
{
    Never,
    Sometimes,
    Often,
}

/// <summary>What the answers suggest, from calm to urgent. Never a diagnosis.</summary>
public enum SafetyLevel
{
    /// <summary>Nothing in the answers points to control.</summary>
    Reassuring,

    /// <summary>Some answers describe things that can be signs of control.</summary>
    SomeSigns,

    /// <summary>Fear, threats or several signs together: talking to someone soon is worth it.</summary>
    Serious,
}

/// <summary>One question of the check, by stable id.</summary>
public sealed record SafetyQuestion(string Id, ControlArea Area);

/// <summary>
/// The private safety check (issue 5): a handful of questions answered on one page and assessed on
/// the server; nothing is stored. Fear, threats and coercion weigh most.
/// </summary>
public static class SafetyCheck
{
    public static IReadOnlyList<SafetyQuestion> Questions { get; } =
    [
        new("afraid", ControlArea.Fear),
        new("phone-checked", ControlArea.Monitoring),
        new("whereabouts", ControlArea.Monitoring),
        new("kept-from-people", ControlArea.Isolation),
        new("money", ControlArea.Economic),
        new("kept-from-help", ControlArea.Support),
        new("threats", ControlArea.Coercion),
        new("appearance", ControlArea.Appearance),
        new("pressured", ControlArea.Pressure),
    ];

    /// <summary>Unanswered questions count as "never": skipping is always allowed.</summary>
    public static (SafetyLevel Level, IReadOnlyList<ControlArea> Areas) Assess(IReadOnlyDictionary<string, Frequency> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var present = Questions
            .Where(q => answers.TryGetValue(q.Id, out var f) && f != Frequency.Never)
            .ToList();
        var areas = present.Select(q => q.Area).Distinct().ToList();
        var often = present.Count(q => answers[q.Id] == Frequency.Often);
        var urgent = areas.Contains(ControlArea.Fear) || areas.Contains(ControlArea.Coercion);
        var level = urgent || areas.Count >= 3 || often >= 2
            ? SafetyLevel.Serious
            : areas.Count > 0 ? SafetyLevel.SomeSigns : SafetyLevel.Reassuring;
        return (level, areas);
    }
}
