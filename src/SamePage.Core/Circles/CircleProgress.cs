using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamePage.Core.Circles;

/// <summary>One thing that happened in a circle, said without content: who did what, never what they said.</summary>
public enum ChangeKind
{
    /// <summary>Someone joined the circle (<see cref="CircleChange.Who"/>).</summary>
    Joined,

    /// <summary>Someone is no longer a member (their name has left with them).</summary>
    Left,

    /// <summary>Someone submitted their answers for the round.</summary>
    Submitted,

    /// <summary>Everyone submitted: the round was revealed.</summary>
    Revealed,

    /// <summary>A new round began.</summary>
    NewRound,

    /// <summary>A version of the agreement was proposed for signing.</summary>
    Proposed,

    /// <summary>Someone signed the proposed version.</summary>
    SignedVersion,

    /// <summary>Everyone signed: a version became active.</summary>
    Activated,

    /// <summary>A check-in was started.</summary>
    CheckInOpened,

    /// <summary>Everyone answered a check-in: its results are ready.</summary>
    CheckInRevealed,

    /// <summary>A check-in became due.</summary>
    CheckInDue,
}

public sealed record CircleChange(ChangeKind Kind, Guid? Who = null, int? Number = null);

/// <summary>
/// A circle's progress as one member saw it: who was there, who had submitted the latest round, which
/// version was proposed and who had signed it, which check-in was open. Nothing anyone wrote or chose.
/// Kept (sealed with the member's own key) so the next visit can say what changed since.
/// </summary>
public sealed record CircleProgress
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    [JsonPropertyName("m")]
    public IReadOnlyList<Guid> Members { get; init; } = [];

    [JsonPropertyName("r")]
    public int Round { get; init; }

    [JsonPropertyName("rv")]
    public bool RoundRevealed { get; init; }

    [JsonPropertyName("s")]
    public IReadOnlyList<Guid> Submitted { get; init; } = [];

    [JsonPropertyName("p")]
    public int? Proposed { get; init; }

    [JsonPropertyName("pb")]
    public Guid? ProposedBy { get; init; }

    [JsonPropertyName("sg")]
    public IReadOnlyList<Guid> SignedBy { get; init; } = [];

    [JsonPropertyName("a")]
    public int? Active { get; init; }

    [JsonPropertyName("c")]
    public int? OpenCheckIn { get; init; }

    [JsonPropertyName("cr")]
    public int? LatestRevealedCheckIn { get; init; }

    [JsonPropertyName("cd")]
    public bool CheckInDue { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>What was kept, or null when it cannot be read (then nothing is said about changes).</summary>
    public static CircleProgress? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CircleProgress>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether anything a member would be told about differs (so a visit that changed nothing writes nothing).</summary>
    public bool SameAs(CircleProgress other) =>
        other is not null && ToJson() == other.ToJson();

    /// <summary>
    /// What changed from <paramref name="before"/> to <paramref name="now"/> that <paramref name="me"/>
    /// did not do themselves, in the order it happened as far as it can be told.
    /// </summary>
    public static IReadOnlyList<CircleChange> Between(CircleProgress? before, CircleProgress now, Guid me)
    {
        ArgumentNullException.ThrowIfNull(now);
        if (before is null)
        {
            return [];
        }

        var changes = new List<CircleChange>();
        changes.AddRange(now.Members.Except(before.Members).Where(m => m != me).Select(m => new CircleChange(ChangeKind.Joined, m)));
        var left = before.Members.Except(now.Members).Count();
        changes.AddRange(Enumerable.Repeat(new CircleChange(ChangeKind.Left), left));

        if (now.Round != before.Round)
        {
            changes.Add(new CircleChange(ChangeKind.NewRound, Number: now.Round));
        }

        var earlier = now.Round == before.Round ? before.Submitted : [];
        changes.AddRange(now.Submitted.Except(earlier).Where(m => m != me && now.Members.Contains(m)).Select(m => new CircleChange(ChangeKind.Submitted, m, now.Round)));
        if (now.RoundRevealed && (now.Round != before.Round || !before.RoundRevealed))
        {
            changes.Add(new CircleChange(ChangeKind.Revealed, Number: now.Round));
        }

        if (now.Proposed is { } proposed && proposed != before.Proposed && now.ProposedBy != me)
        {
            changes.Add(new CircleChange(ChangeKind.Proposed, now.ProposedBy, proposed));
        }

        if (now.Proposed is { } signing)
        {
            var signedBefore = before.Proposed == signing ? before.SignedBy : [];
            changes.AddRange(now.SignedBy.Except(signedBefore).Where(m => m != me && now.Members.Contains(m)).Select(m => new CircleChange(ChangeKind.SignedVersion, m, signing)));
        }

        if (now.Active is { } active && active != before.Active)
        {
            changes.Add(new CircleChange(ChangeKind.Activated, Number: active));
        }

        if (now.OpenCheckIn is { } open && open != before.OpenCheckIn)
        {
            changes.Add(new CircleChange(ChangeKind.CheckInOpened, Number: open));
        }

        if (now.LatestRevealedCheckIn is { } revealed && revealed != before.LatestRevealedCheckIn)
        {
            changes.Add(new CircleChange(ChangeKind.CheckInRevealed, Number: revealed));
        }

        if (now.CheckInDue && !before.CheckInDue)
        {
            changes.Add(new CircleChange(ChangeKind.CheckInDue));
        }

        return changes;
    }
}
