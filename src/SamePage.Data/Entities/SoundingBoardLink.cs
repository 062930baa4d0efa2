namespace SamePage.Data.Entities;

/// <summary>
/// A read-only link for one supporter to some of a person's own reflections (docs/SECURITY.md,
/// "Sounding-board links"). The copy it shows and any note left back are sealed under the link's own
/// random key, which is kept only wrapped: under a key derived from the link's code (which only the
/// link carries; <see cref="CodeHash"/> finds the row) and under its maker's personal key. Nothing
/// here names a circle, so no circle can learn of it. Revoking deletes the row.
/// </summary>
public sealed class SoundingBoardLink
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    /// <summary>SHA-256 of the link's canonical code.</summary>
    public required string CodeHash { get; set; }

    /// <summary>The link's key, wrapped under the key derived from its code.</summary>
    public required byte[] WrappedForCode { get; set; }

    /// <summary>The link's key, wrapped under its maker's personal key, so they can read the note back.</summary>
    public required byte[] WrappedForOwner { get; set; }

    /// <summary>The name only the maker sees ("For Sam"), under their personal key.</summary>
    public required byte[] SealedLabel { get; set; }

    /// <summary>The snapshot the supporter reads, under the link's key.</summary>
    public required byte[] SealedCopy { get; set; }

    /// <summary>The supporter's note back, under the link's key, or null.</summary>
    public byte[]? SealedNote { get; set; }

    /// <summary>When the link stops opening.</summary>
    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>The hour it was last opened (never finer), or null if never.</summary>
    public DateTime? LastOpenedAtUtc { get; set; }

    public int Opens { get; set; }

    public int MaxOpens { get; set; }
}
