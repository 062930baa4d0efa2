namespace SamePage.Data.Entities;

/// <summary>
/// One step of a circle's key chain: the key of epoch <c>Epoch - 1</c>, sealed under the key of
/// <c>Epoch</c>. Whoever holds a circle's current key can walk the chain back and open all its history;
/// someone who left holds only older keys and opens nothing sealed after they left.
/// </summary>
public sealed class CircleKeyEpoch
{
    public Guid CircleId { get; set; }

    /// <summary>1 or more: the epoch whose key seals the previous one.</summary>
    public int Epoch { get; set; }

    public required byte[] SealedPreviousKey { get; set; }
}
