namespace SamePage.Data.Entities;

/// <summary>
/// What a revealed round's participants marked as talked about: one sealed document per round (which
/// behaviours a couple discussed is theirs alone), saved with optimistic concurrency so two members
/// marking at the same moment both keep their mark.
/// </summary>
public sealed class RoundTalk
{
    public Guid RoundId { get; set; }

    public Round Round { get; set; } = null!;

    /// <summary>The talked-about topics (behaviour and pair), sealed under the circle key.</summary>
    public required byte[] SealedTopics { get; set; }

    /// <summary>Optimistic concurrency: a mark saved meanwhile is read again and kept.</summary>
    public int Version { get; set; }
}
