using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SamePage.Core.Security;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>
/// Issue 13, item 4: no sign-in or recovery answer comes sooner for a name that has no account, or
/// for a paused one. Proven by counting, not timing: every failed try does exactly one Argon2id
/// verification, whatever the name; and probing a paused account does not lengthen its pause.
/// </summary>
public sealed class EqualWorkTests
{
    [Fact]
    public async Task Every_failed_sign_in_does_one_argon2id_verification_whether_the_name_exists_is_paused_or_not()
    {
        var hasher = new CountingHasher();
        await using var app = App(hasher);
        using var known = await app.SignUpAsync();
        using var paused = await app.SignUpAsync();
        using var guesser = app.NewPerson();
        await PauseAsync(guesser, paused.Username);
        await CostAsync(hasher, () => guesser.SignInAsync(Names.Username(), "warming up the stand-in")); // the stand-in verifier is made once

        // Interleaved, several rounds, so no order or warm-up could make the counts agree by chance.
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(1, await CostAsync(hasher, () => guesser.SignInAsync(Names.Username(), "a guess that is wrong")));
            Assert.Equal(1, await CostAsync(hasher, () => guesser.SignInAsync(known.Username, "a guess that is wrong")));
            Assert.Equal(1, await CostAsync(hasher, () => guesser.SignInAsync(paused.Username, "a guess that is wrong")));
            Assert.Equal(1, await CostAsync(hasher, () => guesser.SignInAsync(paused.Username, paused.Passphrase))); // right, but paused
            Assert.Equal(1, await CostAsync(hasher, () => guesser.SignInAsync("no such name!", "a guess that is wrong"))); // a name sign-up refuses
        }

        Assert.Equal(0, hasher.Verified - hasher.Failed - hasher.Succeeded); // every verification was a real Argon2id one
    }

    [Fact]
    public async Task Probing_a_paused_account_does_not_lengthen_or_deepen_its_pause()
    {
        var hasher = new CountingHasher();
        await using var app = App(hasher);
        using var paused = await app.SignUpAsync();
        using var guesser = app.NewPerson();
        await PauseAsync(guesser, paused.Username);
        var before = await LockoutAsync(app, paused.Username);
        Assert.NotNull(before.End);

        for (var i = 0; i < 5; i++)
        {
            await guesser.SignInAsync(paused.Username, $"another wrong guess {i}");
        }

        await guesser.SignInAsync(paused.Username, paused.Passphrase);

        Assert.Equal(before, await LockoutAsync(app, paused.Username));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await guesser.GetAsync("/circles")).Status); // still not signed in
    }

    [Fact]
    public async Task Every_failed_recovery_does_one_argon2id_verification_whether_the_name_exists_or_not()
    {
        var hasher = new CountingHasher();
        await using var app = App(hasher);
        using var known = await app.SignUpAsync();
        using var guesser = app.NewPerson();
        const string WrongCode = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE";
        Task<WebPage> Recover(string username, string code) =>
            guesser.PostFormAsync("/recover", ("Username", username), ("Code", code), ("NewPassphrase", Names.Passphrase()));
        await CostAsync(hasher, () => Recover(Names.Username(), WrongCode));

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(1, await CostAsync(hasher, () => Recover(Names.Username(), WrongCode)));
            Assert.Equal(1, await CostAsync(hasher, () => Recover(known.Username, WrongCode)));
            Assert.Equal(1, await CostAsync(hasher, () => Recover(known.Username, "not a code")));
            Assert.Equal(1, await CostAsync(hasher, () => Recover(Names.Username(), "not a code")));
            Assert.Equal(1, await CostAsync(hasher, () => Recover("no such name!", WrongCode)));
        }
    }

    private static AppFactory App(CountingHasher hasher) => new(DatabaseProvider.Sqlite)
    {
        TestServices = services =>
        {
            services.RemoveAll<IPasswordHasher<Account>>();
            services.AddSingleton<IPasswordHasher<Account>>(hasher);
        },
    };

    private static async Task PauseAsync(Person guesser, string username)
    {
        for (var i = 0; i < 10; i++)
        {
            await guesser.SignInAsync(username, $"wrong guess number {i}");
        }
    }

    private static async Task<(DateTimeOffset? End, int Failures)> LockoutAsync(AppFactory app, string username)
    {
        await using var db = Databases.Open(app);
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == username);
        return (account.LockoutEnd, account.AccessFailedCount);
    }

    private static async Task<int> CostAsync(CountingHasher hasher, Func<Task<WebPage>> attempt)
    {
        var before = hasher.Verified;
        var page = await attempt();
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status); // refused with a kind message, not signed in
        return hasher.Verified - before;
    }

    /// <summary>The real Argon2id hasher, counting its verifications.</summary>
    private sealed class CountingHasher : IPasswordHasher<Account>
    {
        private readonly Argon2PasswordHasher _real = new(KdfCost.Default);
        private int _verified;
        private int _failed;
        private int _succeeded;

        public int Verified => Volatile.Read(ref _verified);

        public int Failed => Volatile.Read(ref _failed);

        public int Succeeded => Volatile.Read(ref _succeeded);

        public string HashPassword(Account user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            Assert.StartsWith("argon2id;", hashedPassword, StringComparison.Ordinal);
            var result = _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
            if (result == PasswordVerificationResult.Failed)
            {
                Interlocked.Increment(ref _failed);
            }
            else
            {
                Interlocked.Increment(ref _succeeded);
            }

            return result;
        }
    }
}
