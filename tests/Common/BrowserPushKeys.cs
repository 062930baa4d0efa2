using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace SamePage.Tests.Common;

/// <summary>
/// What a browser makes when it subscribes: a P-256 key pair and a 16-byte authentication secret.
/// Opens what a push message carries (RFC 8291, aes128gcm) and checks its VAPID signature (RFC 8292),
/// as a browser and a push service would.
/// </summary>
public sealed class BrowserPushKeys : IDisposable
{
    private readonly ECDiffieHellman _key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] _auth = RandomNumberGenerator.GetBytes(16);

    /// <summary>The public key as <c>subscription.toJSON().keys.p256dh</c> gives it.</summary>
    public string P256dh => WebEncoders.Base64UrlEncode(PublicPoint(_key.ExportParameters(false)));

    public string Auth => WebEncoders.Base64UrlEncode(_auth);

    /// <summary>The plain text of an aes128gcm body (one record), or an exception if it does not open.</summary>
    public string Decrypt(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var salt = body[..16];
        var idLength = body[20];
        var serverPoint = body[21..(21 + idLength)];
        var record = body[(21 + idLength)..];

        using var server = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = serverPoint[1..33], Y = serverPoint[33..65] },
        });
        var shared = _key.DeriveRawSecretAgreement(server.PublicKey);
        var keyInfo = Encoding.ASCII.GetBytes("WebPush: info\0").Concat(PublicPoint(_key.ExportParameters(false))).Concat(serverPoint).ToArray();
        var ikm = HKDF.DeriveKey(HashAlgorithmName.SHA256, shared, 32, _auth, keyInfo);
        var cek = HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, 16, salt, Encoding.ASCII.GetBytes("Content-Encoding: aes128gcm\0"));
        var nonce = HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, 12, salt, Encoding.ASCII.GetBytes("Content-Encoding: nonce\0"));

        var plain = new byte[record.Length - 16];
        using (var aes = new AesGcm(cek, 16))
        {
            aes.Decrypt(nonce, record[..^16], record[^16..], plain);
        }

        // The last record ends with the delimiter 0x02, then any padding zeros.
        var end = Array.LastIndexOf(plain, (byte)0x02);
        return Encoding.UTF8.GetString(plain, 0, end);
    }

    /// <summary>
    /// Checks a <c>vapid t=…, k=…</c> header: the JWT is ES256-signed by the key <c>k</c>, for the push
    /// service's origin, not expired. Returns the key, for the caller to compare with the server's.
    /// </summary>
    public static string VerifyVapid(string? authorization, string audience)
    {
        Assert.NotNull(authorization);
        Assert.StartsWith("vapid ", authorization, StringComparison.Ordinal);
        var parts = authorization["vapid ".Length..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var token = parts["t"];
        var key = parts["k"];
        var point = WebEncoders.Base64UrlDecode(key);
        Assert.Equal(65, point.Length);

        var pieces = token.Split('.');
        Assert.Equal(3, pieces.Length);
        using var verifier = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = point[1..33], Y = point[33..65] },
        });
        Assert.True(verifier.VerifyData(Encoding.ASCII.GetBytes($"{pieces[0]}.{pieces[1]}"), WebEncoders.Base64UrlDecode(pieces[2]),
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation), "The VAPID token is signed by the key it names.");

        using var header = JsonDocument.Parse(WebEncoders.Base64UrlDecode(pieces[0]));
        Assert.Equal("ES256", header.RootElement.GetProperty("alg").GetString());
        using var claims = JsonDocument.Parse(WebEncoders.Base64UrlDecode(pieces[1]));
        Assert.Equal(audience, claims.RootElement.GetProperty("aud").GetString());
        Assert.True(DateTimeOffset.FromUnixTimeSeconds(claims.RootElement.GetProperty("exp").GetInt64()) > DateTimeOffset.UtcNow, "The VAPID token has not expired.");
        return key;
    }

    public void Dispose() => _key.Dispose();

    private static byte[] PublicPoint(ECParameters parameters) => [0x04, .. parameters.Q.X!, .. parameters.Q.Y!];
}
