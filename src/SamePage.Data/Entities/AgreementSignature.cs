namespace SamePage.Data.Entities;

/// <summary>
/// A member's signature on one version. The signer's name is kept sealed with it, so a signed version
/// stays the joint document it was after someone leaves.
/// </summary>
public sealed class AgreementSignature
{
    public Guid Id { get; set; }

    public Guid VersionId { get; set; }

    public AgreementVersion Version { get; set; } = null!;

    /// <summary>Null once the signer left the circle.</summary>
    public Guid? MembershipId { get; set; }

    public required byte[] SealedSignerName { get; set; }

    public DateTime SignedAtUtc { get; set; }
}
