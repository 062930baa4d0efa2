using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Security;
using SamePage.Data;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

/// <summary>
/// Issue 13, item 2: when a member leaves, the circle's key moves on to an epoch they never hold.
/// The leaver's key is taken the way someone with a copy of the database and their passphrase would:
/// from their membership row, opened with their own key.
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class KeyEpochTests(SharedApps apps)
{
    private const string Before = "We say when a friendship starts to feel like more";
    private const string After = "Written once Ash had gone";
    private static readonly EnvelopeSealer Sealer = new();

    [Theory, Providers]
    public async Task A_leavers_old_key_opens_nothing_written_after_they_left_and_the_others_read_everything(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch", "Cedar");
        var (a, b, c) = (circle[0], circle[1], circle[2]);
        var before = await b.AddClauseAsync(circle.Circle, Before, membersInCircle: 3);
        var leaversKey = await CircleKeyOfAsync(app, a, circle.Circle);

        Assert.Equal(HttpStatusCode.Redirect, (await a.LeaveAsync(circle.Circle)).Status);
        var after = await b.AddClauseAsync(circle.Circle, After, seats: [2, 3]);

        await using var db = Databases.Open(app);
        Assert.Equal(1, await db.Circles.Where(x => x.Id == circle.Circle).Select(x => x.KeyEpoch).SingleAsync());
        var oldRow = await db.DraftClauses.AsNoTracking().SingleAsync(x => x.Id == before);
        var newRow = await db.DraftClauses.AsNoTracking().SingleAsync(x => x.Id == after);
        Assert.Equal(0, Envelope.EpochOf(oldRow.SealedContent));
        Assert.Equal(1, Envelope.EpochOf(newRow.SealedContent));
        Assert.Contains(Before, Sealer.Unseal(leaversKey, SealedField.DraftClause, oldRow.Id, oldRow.SealedContent));
        Assert.ThrowsAny<CryptographicException>(() => Sealer.Unseal(leaversKey, SealedField.DraftClause, newRow.Id, newRow.SealedContent));
        var link = await db.CircleKeyEpochs.AsNoTracking().SingleAsync(x => x.CircleId == circle.Circle);
        Assert.ThrowsAny<CryptographicException>(() => KeyChain.Open(circle.Circle, 1, leaversKey.Export(), new Dictionary<int, byte[]> { [1] = link.SealedPreviousKey }));

        // Cedar was away when Ash left: their copy of the new key was sent to their public key, and opens on their next visit.
        var cedarsRow = await MembershipOfAsync(db, c, circle.Circle);
        Assert.True(PublicKeyWrap.IsWrap(cedarsRow.WrappedCircleKey));
        foreach (var member in new[] { b, c })
        {
            var agreement = await member.GetAsync(Paths.Agreement(circle.Circle));
            Assert.Equal(HttpStatusCode.OK, agreement.Status);
            Assert.Contains(Before, agreement.Text);
            Assert.Contains(After, agreement.Text);
        }

        db.ChangeTracker.Clear();
        var rewrapped = await MembershipOfAsync(db, c, circle.Circle);
        Assert.True(Envelope.IsEnvelope(rewrapped.WrappedCircleKey));
        Assert.Equal(1, rewrapped.KeyEpoch);
    }

    [Theory, Providers]
    public async Task Someone_joining_after_the_key_moved_on_reads_the_circles_history(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch");
        var (a, b) = (circle[0], circle[1]);
        await a.AddClauseAsync(circle.Circle, Before);
        Assert.Equal(HttpStatusCode.Redirect, (await a.LeaveAsync(circle.Circle)).Status);
        await b.AddClauseAsync(circle.Circle, After, seats: [2]);

        using var dara = await app.SignUpAsync();
        await dara.JoinCircleAsync(circle.Circle, await b.InviteAsync(circle.Circle), "Dara");
        var agreement = await dara.GetAsync(Paths.Agreement(circle.Circle));

        Assert.Equal(HttpStatusCode.OK, agreement.Status);
        Assert.Contains(Before, agreement.Text);
        Assert.Contains(After, agreement.Text);
        Assert.Contains("Us", (await dara.GetAsync(Paths.Circle(circle.Circle))).Text);
        await using var db = Databases.Open(app);
        Assert.Equal(1, (await MembershipOfAsync(db, dara, circle.Circle)).KeyEpoch);
    }

    [Theory, Providers]
    public async Task Deleting_an_account_moves_the_key_on_too(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch");
        var (a, b) = (circle[0], circle[1]);
        var deletersKey = await CircleKeyOfAsync(app, b, circle.Circle);

        Assert.Equal("/goodbye", (await b.PostFormAsync("/account/delete", ("passphrase", b.Passphrase))).Location);
        var after = await a.AddClauseAsync(circle.Circle, After, seats: [1]);

        await using var db = Databases.Open(app);
        Assert.Equal(1, await db.Circles.Where(x => x.Id == circle.Circle).Select(x => x.KeyEpoch).SingleAsync());
        var row = await db.DraftClauses.AsNoTracking().SingleAsync(x => x.Id == after);
        Assert.ThrowsAny<CryptographicException>(() => Sealer.Unseal(deletersKey, SealedField.DraftClause, row.Id, row.SealedContent));
        Assert.Contains(After, (await a.GetAsync(Paths.Agreement(circle.Circle))).Text);
    }

    [Theory, Providers]
    public async Task A_member_without_a_key_pair_when_the_key_moved_on_gets_it_from_the_next_member_who_opens_the_circle(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch", "Cedar");
        var (a, b, c) = (circle[0], circle[1], circle[2]);
        await using (var db = Databases.Open(app))
        {
            // Cedar's account is from before key pairs and has not signed in since.
            var cedar = await db.Users.SingleAsync(u => u.UserName == c.Username);
            (cedar.PublicKey, cedar.WrappedPrivateKey) = (null, null);
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await a.LeaveAsync(circle.Circle)).Status);
        await b.AddClauseAsync(circle.Circle, After, seats: [2, 3]);
        await using (var db = Databases.Open(app))
        {
            Assert.Equal(0, (await MembershipOfAsync(db, c, circle.Circle)).KeyEpoch);
        }

        // Their older key opens nothing new, so the circle waits for them rather than half-opening.
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync(Paths.Agreement(circle.Circle))).Status);
        await c.SignOutAsync();
        await c.SignInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync(Paths.Agreement(circle.Circle))).Status);
        Assert.Contains("waiting for its new key", (await c.GetAsync("/circles")).Find("#keys-waiting")!.TextContent);

        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync(Paths.Circle(circle.Circle))).Status);
        Assert.Null((await c.GetAsync("/circles")).Find("#keys-waiting"));
        var agreement = await c.GetAsync(Paths.Agreement(circle.Circle));
        Assert.Equal(HttpStatusCode.OK, agreement.Status);
        Assert.Contains(After, agreement.Text);
        await using (var db = Databases.Open(app))
        {
            Assert.Equal(1, (await MembershipOfAsync(db, c, circle.Circle)).KeyEpoch);
        }
    }

    [Theory, Providers]
    public async Task Every_account_has_a_key_pair_whose_private_half_only_its_own_key_opens(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();

        await using var db = Databases.Open(app);
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == person.Username);
        var personal = AccountKeys.OpenWithPassphrase(account, person.Passphrase)!;
        Assert.Equal(PublicKeyWrap.PublicKeySize, account.PublicKey!.Length);
        var privateKey = AccountKeys.OpenPrivateKey(account, personal)!;
        var wrapped = PublicKeyWrap.Wrap(account.PublicKey, "a circle key"u8, "ctx"u8);
        Assert.Equal("a circle key"u8.ToArray(), PublicKeyWrap.Open(privateKey, wrapped, "ctx"u8));
        Assert.Null(AccountKeys.OpenPrivateKey(account, Envelope.NewKey()));
    }

    /// <summary>The circle key a member holds, as their membership row and their passphrase give it.</summary>
    private static async Task<SealingKey> CircleKeyOfAsync(AppFactory app, Person person, Guid circle)
    {
        await using var db = Databases.Open(app);
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == person.Username);
        var personal = SealingKey.Personal(account.Id, AccountKeys.OpenWithPassphrase(account, person.Passphrase)!);
        var membership = await db.Memberships.AsNoTracking().SingleAsync(m => m.CircleId == circle && m.AccountId == account.Id);
        return SealingKey.Circle(circle, KeyRing.UnwrapCircleKey(personal, circle, membership.KeyEpoch, membership.WrappedCircleKey!));
    }

    private static async Task<SamePage.Data.Entities.Membership> MembershipOfAsync(SamePageDb db, Person person, Guid circle)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.UserName == person.Username).Select(u => u.Id).SingleAsync();
        return await db.Memberships.AsNoTracking().SingleAsync(m => m.CircleId == circle && m.AccountId == account);
    }
}
