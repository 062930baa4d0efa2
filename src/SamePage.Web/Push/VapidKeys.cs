using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;

namespace SamePage.Web.Push;

/// <summary>The VAPID key pair, base64url. Prints without the private key.</summary>
public sealed record VapidKeyPair(string PublicKey, string PrivateKey)
{
    public override string ToString() => $"VAPID key {PublicKey}";
}

/// <summary>
/// The server's VAPID key pair (P-256): made the first time it is needed, stored in the database with
/// its private half protected by the Data Protection key ring, so every web node signs with the same
/// key (the key ring itself is shared: the data folder for SQLite, the database for PostgreSQL).
/// </summary>
public sealed class VapidKeys(IServiceScopeFactory scopes, IDataProtectionProvider protection) : IDisposable
{
    private readonly IDataProtector _protector = protection.CreateProtector("SamePage.Push.VapidPrivateKey.v1");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private VapidKeyPair? _keys;

    public async Task<VapidKeyPair> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_keys is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _keys ??= await LoadOrMakeAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<VapidKeyPair> LoadOrMakeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
        if (await db.PushServerKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == PushServerKey.TheOne, cancellationToken) is { } stored)
        {
            return Open(stored);
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(includePrivateParameters: true);
        var publicKey = WebEncoders.Base64UrlEncode([0x04, .. parameters.Q.X!, .. parameters.Q.Y!]);
        var privateKey = WebEncoders.Base64UrlEncode(parameters.D!);
        CryptographicOperations.ZeroMemory(parameters.D);
        db.PushServerKeys.Add(new PushServerKey { Id = PushServerKey.TheOne, PublicKey = publicKey, ProtectedPrivateKey = _protector.Protect(privateKey) });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new VapidKeyPair(publicKey, privateKey);
        }
        catch (DbUpdateException)
        {
            // Another web node made the pair at the same moment: use theirs.
            db.ChangeTracker.Clear();
            return Open(await db.PushServerKeys.AsNoTracking().SingleAsync(k => k.Id == PushServerKey.TheOne, cancellationToken));
        }
    }

    public void Dispose() => _gate.Dispose();

    private VapidKeyPair Open(PushServerKey stored) => new(stored.PublicKey, _protector.Unprotect(stored.ProtectedPrivateKey));
}
