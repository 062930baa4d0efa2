using System.Diagnostics;
using System.Globalization;
using SamePage.Core.Security;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;

// Times what signing in costs with user-held keys, on the machine at hand: the Argon2id verifier
// check, the Argon2id derivation of the passphrase key and the unwrapping of the personal key, and
// a circle key's unwrapping and a journal's sealing per request, and the key epochs' public-key
// wraps and chain. Median and 95th percentile.
if (args is ["embedder"])
{
    EmbedderBench.Run();
    return;
}

if (args is ["screening"])
{
    ScreeningBench.Run();
    return;
}

const int Runs = 30;
var cost = KdfCost.Default;
var keys = new AccountKeys(cost);
var hasher = new Argon2PasswordHasher(cost);
const string Passphrase = "quiet harbour lantern mosaic";
var account = new Account { Id = Guid.NewGuid(), UserName = "bench" };
account.PasswordHash = hasher.HashPassword(account, Passphrase);
var personal = keys.Create(account, Passphrase, "0123456789ABCDEFGHJKMNPQR");
var circleId = Guid.NewGuid();
var personalKey = SamePage.Data.Sealing.SealingKey.Personal(account.Id, personal);
var wrappedCircle = KeyRing.WrapCircleKey(personalKey, circleId, Envelope.NewKey());
var journal = new byte[4000];

Console.WriteLine($"SamePage key benchmark: {cost}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| Step | Median | p95 |");
Console.WriteLine("|---|---|---|");
Report("Argon2id verifier check (sign-in step 1)", () => hasher.VerifyHashedPassword(account, account.PasswordHash!, Passphrase));
Report("Argon2id passphrase key + unwrap (sign-in step 2)", () => AccountKeys.OpenWithPassphrase(account, Passphrase));
Report("Sign-in key work in all (steps 1 and 2)", () =>
{
    hasher.VerifyHashedPassword(account, account.PasswordHash!, Passphrase);
    AccountKeys.OpenWithPassphrase(account, Passphrase);
});
var before = new Microsoft.AspNetCore.Identity.PasswordHasher<Account>();
var beforeHash = before.HashPassword(account, Passphrase);
Report("Before issue 7: Identity's PBKDF2 verifier check (all of sign-in's hashing then)", () => before.VerifyHashedPassword(account, beforeHash, Passphrase));
Report("Unwrap a circle key (per request and circle)", () => KeyRing.UnwrapCircleKey(personalKey, circleId, 0, wrappedCircle), 1000);
Report("Seal a 4,000-byte journal (AES-256-GCM)", () => Envelope.Seal(personal, journal, "bench"u8), 1000);
var (privateKey, publicKey) = PublicKeyWrap.NewKeyPair();
var sent = PublicKeyWrap.Wrap(publicKey, Envelope.NewKey(), "bench"u8);
Report("Send a new circle key to one member's public key (X25519, at a leave)", () => PublicKeyWrap.Wrap(publicKey, personal, "bench"u8), 1000);
Report("Open a sent circle key with the private key (a member's next request)", () => PublicKeyWrap.Open(privateKey, sent, "bench"u8), 1000);
var epochKeys = Enumerable.Range(0, 11).Select(_ => Envelope.NewKey()).ToArray();
var links = Enumerable.Range(1, 10).ToDictionary(e => e, e => KeyChain.Link(circleId, e, epochKeys[e], epochKeys[e - 1]));
Report("Open a circle's key chain 10 epochs back (per request, rotated circles)", () => KeyChain.Open(circleId, 10, epochKeys[10], links), 1000);
return;

static void Report(string step, Action action, int runs = Runs)
{
    for (var i = 0; i < 3; i++)
    {
        action();
    }

    var times = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        times[i] = watch.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    var median = times[runs / 2];
    var p95 = times[(int)Math.Ceiling(runs * 0.95) - 1];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {Format(median)} | {Format(p95)} |"));
}

static string Format(double ms) =>
    ms >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{ms:0.0} ms") : string.Create(CultureInfo.InvariantCulture, $"{ms * 1000:0.0} µs");
