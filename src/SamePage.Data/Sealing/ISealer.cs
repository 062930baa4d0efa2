namespace SamePage.Data.Sealing;

/// <summary>
/// The one door to and from the database for sensitive content: authenticated encryption bound to
/// the kind of field and the row it belongs to, so a sealed value cannot be moved to another row.
/// </summary>
public interface ISealer
{
    byte[] Seal(SealedField field, Guid owner, string plaintext);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The value was tampered with or belongs elsewhere.</exception>
    string Unseal(SealedField field, Guid owner, byte[] sealedValue);
}

/// <summary>Every kind of sealed field. Adding sensitive data means adding a kind here.</summary>
public enum SealedField
{
    CircleName,
    DisplayName,
    RoundAnswers,
    CustomBehaviour,
    ReflectionPrivate,
    ReflectionShared,
    DraftClause,
    AgreementVersion,
    SignerName,
    CheckInAnswers,
    ConcernDraft,
    ConcernShared,
    ConcernOutcome,
    ConcernResponse,
    SelfCheck,
}
