using Microsoft.AspNetCore.Identity;
using SamePage.Data.Entities;

namespace SamePage.Web.Accounts;

/// <summary>
/// One Argon2id verification on every path of signing in and recovering, whether the username
/// exists, is paused, or has no recovery code: so no answer comes sooner and gives an account away.
/// The stand-in is a real verifier at today's cost, made once, checked through the same hasher.
/// </summary>
public sealed class EqualWork(IPasswordHasher<Account> hasher)
{
    private static readonly Account Nobody = new() { Id = Guid.Empty, UserName = string.Empty };

    private readonly Lazy<string> _standIn = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    /// <summary>The work of checking a secret, for an account that does not exist.</summary>
    public void Verify(string? secret) =>
        hasher.VerifyHashedPassword(Nobody, _standIn.Value, secret ?? string.Empty);

    /// <summary>The work of checking a secret against this verifier (or the stand-in when there is none); the answer is not used.</summary>
    public void Verify(Account account, string? verifier, string? secret) =>
        hasher.VerifyHashedPassword(account ?? Nobody, verifier ?? _standIn.Value, secret ?? string.Empty);

    /// <summary>The work of checking an account's passphrase; the answer is not used.</summary>
    public void Verify(Account account, string? passphrase) => Verify(account, account?.PasswordHash, passphrase);
}
