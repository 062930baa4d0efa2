using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SamePage.Core.Security;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;

namespace SamePage.Web.Operations.Seeding;

/// <summary>A synthetic person of the benchmark: their account, their own key, and the principal that acts as them.</summary>
public sealed record SeededPerson(Account Account, byte[] Key)
{
    public Guid Id => Account.Id;

    public SealingKey Personal => SealingKey.Personal(Account.Id, Key);

    /// <summary>What a sign-in cookie carries: who they are and their key (the session's id is added for sample cookies).</summary>
    public ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, Account.Id.ToString()), KeyRing.ClaimFor(Key)], "seed"));
}

/// <summary>
/// Makes the benchmark's accounts as sign-up does: a random key of their own, wrapped under their
/// passphrase and a recovery code, a key pair, and Argon2id verifiers. At the shipped cost every
/// account pays its own derivations (about 60 ms of CPU). Only when asked (<c>cheap-kdf</c>) the
/// accounts use a small Argon2id cost, recorded on each account, and share one salt, so the
/// passphrase key and the two verifiers are derived once for all of them; each account's own key
/// is still random and wrapped on its own.
/// </summary>
public sealed class SyntheticPeople
{
    /// <summary>Every synthetic person's passphrase: the accounts are made up, and so is this.</summary>
    public const string Passphrase = "a made-up passphrase for benchmark people";

    /// <summary>The small cost asked for with <c>cheap-kdf</c>: Argon2id with 1 MiB and one pass.</summary>
    public static readonly KdfCost Cheap = new(1024, 1, 1);

    private readonly AccountKeys _keys;
    private readonly Shared? _shared;

    public SyntheticPeople(AccountKeys keys, bool cheap)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys;
        if (cheap)
        {
            var salt = KeyDerivation.NewSalt();
            var hasher = new Argon2PasswordHasher(Cheap);
            var code = RecoveryCodes.Create();
            _shared = new Shared(salt, KeyDerivation.FromPassphrase(Passphrase, salt, Cheap), hasher.HashPassword(null!, Passphrase), code, hasher.HashPassword(null!, code));
        }
    }

    /// <summary>A new account, not yet saved; <see cref="UserManager{TUser}.CreateAsync(TUser)"/> stores it as sign-up does.</summary>
    public SeededPerson Make(string username, IPasswordHasher<Account> hasher)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        var account = new Account { Id = Guid.NewGuid(), UserName = username };
        if (_shared is not { } shared)
        {
            var code = RecoveryCodes.Create();
            account.RecoveryCodeHash = hasher.HashPassword(account, code);
            account.PasswordHash = hasher.HashPassword(account, Passphrase);
            return new SeededPerson(account, _keys.Create(account, Passphrase, code));
        }

        var key = Envelope.NewKey();
        AccountKeys.WrapUnderDerived(account, key, shared.Salt, Cheap, shared.Kek);
        AccountKeys.WrapUnderRecoveryCode(account, key, shared.RecoveryCode);
        AccountKeys.GiveKeyPair(account, key);
        account.PasswordHash = shared.Verifier;
        account.RecoveryCodeHash = shared.RecoveryVerifier;
        return new SeededPerson(account, key);
    }

    private sealed record Shared(byte[] Salt, byte[] Kek, string Verifier, string RecoveryCode, string RecoveryVerifier);
}
