using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>Issue 7, "Delete": delete my account now, at once and for good; the circles are told only that a member left.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class DeleteAccountTests(SharedApps apps)
{
    private const string DeletePath = "/account/delete";

    [Fact]
    public async Task The_delete_page_says_answers_leave_the_partners_comparisons_and_what_alone_stays()
    {
        using var person = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();

        var page = await person.GetAsync(DeletePath);

        Assert.Contains("your answers disappear from your partner(s)' comparisons", page.Find("#partners-comparison")!.TextContent, StringComparison.Ordinal);
        var stays = page.Find("#what-stays")!.TextContent;
        Assert.Contains("agreement versions that were signed", stays, StringComparison.Ordinal);
        Assert.Contains("Nothing else of yours stays.", stays, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Deleting_leaves_no_row_pointing_to_the_account_and_the_partner_sees_only_that_a_member_left(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var lived = await LivedInCircle.CreateAsync(app);
        var (a, b, id) = (lived.Alder, lived.Birch, lived.Id);
        var alone = await b.CreateCircleAsync("Only Birch", "Birch");
        await b.WriteJournalAsync(alone, 1, ("past-betrayals", lived.B.PrivateJournal + " alone"));

        Guid account;
        List<Guid> memberships;
        Guid alderConcern;
        Guid birchConcern;
        await using (var before = Databases.Open(app))
        {
            account = await before.Users.Where(u => u.UserName == b.Username).Select(u => u.Id).SingleAsync();
            memberships = await before.Memberships.Where(m => m.AccountId == account).Select(m => m.Id).ToListAsync();
            alderConcern = await before.Concerns.Where(c => c.CircleId == id && !memberships.Contains(c.AuthorMembershipId) && c.Status != ConcernStatus.Draft).Select(c => c.Id).SingleAsync();
            birchConcern = await before.Concerns.Where(c => c.CircleId == id && memberships.Contains(c.AuthorMembershipId) && c.Status != ConcernStatus.Draft).Select(c => c.Id).SingleAsync();
        }

        Guid[] birch = [account, .. memberships];
        Assert.Equal(2, memberships.Count);
        var referencesBefore = await StoredRows.WhereAsync(app, birch, [b.Username]);
        Assert.Contains("AspNetUsers.UserName", referencesBefore);
        Assert.Contains("Memberships.AccountId", referencesBefore);
        Assert.Contains("Reflections.MembershipId", referencesBefore);
        Assert.Contains("SelfChecks.MembershipId", referencesBefore);
        Assert.Contains("ConcernResponses.MembershipId", referencesBefore);

        var explained = await b.GetAsync(DeletePath);
        Assert.Equal(HttpStatusCode.OK, explained.Status);
        Assert.Contains("can't be undone", explained.Find("#what-happens")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("only that a member left", explained.Find("#what-happens")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(explained.Find("#copy-first a[href='/account/export']"));

        var deleted = await b.PostFormAsync(DeletePath, ("passphrase", b.Passphrase));
        Assert.Equal("/goodbye", deleted.Location);
        var goodbye = await b.FollowAsync(deleted);
        Assert.Equal(HttpStatusCode.OK, goodbye.Status);
        Assert.Equal("Your account is deleted", goodbye.Find("h1")!.TextContent);
        Assert.StartsWith("/signin", Local((await b.GetAsync("/circles")).Location), StringComparison.Ordinal);

        // No row, in any table, points to the account or to any of its memberships, or names it.
        Assert.Empty(await StoredRows.WhereAsync(app, birch, [b.Username]));
        await StoredData.AssertNoneStoredAsync(app, a.Username, [b.Username, .. lived.B.All.Except([lived.B.Behaviour])]);
        await using (var after = Databases.Open(app))
        {
            Assert.False(await after.Circles.AnyAsync(c => c.Id == alone));
            Assert.Equal(1, await after.Concerns.CountAsync(c => c.CircleId == id && c.Status != ConcernStatus.Draft));
            Assert.Equal(0, await after.ConcernResponses.CountAsync(r => r.ConcernId == alderConcern));
            // The signed agreement stays the joint record it is.
            Assert.Equal(2, await after.AgreementSignatures.CountAsync(s => s.Version.CircleId == id));
        }

        // Alder sees what anyone sees when a member leaves.
        var home = await a.GetAsync(Paths.Circle(id));
        Assert.Equal(["Alder (you)"], home.FindAll("#members li").Select(li => li.TextContent.Trim()));
        Assert.DoesNotContain("delete", home.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(b.Username, home.Text, StringComparison.Ordinal);
        var listed = await a.ListedConcernsAsync(id);
        Assert.Contains(alderConcern, listed);
        Assert.DoesNotContain(birchConcern, listed);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(Paths.Concern(id, birchConcern))).Status);
        Assert.Empty((await a.GetAsync(Paths.Concern(id, alderConcern))).Replies());
        var version = await a.GetAsync(Paths.Version(id, 1));
        Assert.Contains("Signed by Birch", version.Find("#signatures")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Deleting_signs_the_account_out_on_every_device_at_once(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var phone = await app.SignUpAsync();
        using var laptop = phone.MoveTo(app); // the same account, signed in elsewhere
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/circles")).Status);

        Assert.Equal("/goodbye", (await phone.PostFormAsync(DeletePath, ("passphrase", phone.Passphrase))).Location);

        Assert.StartsWith("/signin", Local((await laptop.GetAsync("/circles")).Location), StringComparison.Ordinal);
        var create = await laptop.PostWithoutTokenAsync("/circles/new", ("Name", "Still here?"), ("DisplayName", "Alder"));
        Assert.StartsWith("/signin", Local(create.Location), StringComparison.Ordinal);
        await using var db = Databases.Open(app);
        Assert.False(await db.Users.AnyAsync(u => u.UserName == phone.Username));
    }

    [Theory, Providers]
    public async Task A_wrong_passphrase_deletes_nothing(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        var id = await person.CreateCircleAsync("Ours", "Alder");

        var wrong = await person.PostFormAsync(DeletePath, ("passphrase", "not my passphrase at all"));
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("nothing was deleted", wrong.Find("#delete-error")!.TextContent, StringComparison.Ordinal);
        var empty = await person.PostFormAsync(DeletePath);
        Assert.NotNull(empty.Find("#delete-error"));

        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync(Paths.Circle(id))).Status);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/account")).Status);
        await using var db = Databases.Open(app);
        Assert.True(await db.Users.AnyAsync(u => u.UserName == person.Username));
    }

    [Theory, Providers]
    public async Task A_deleted_username_can_be_chosen_again_and_leads_to_nothing_of_the_old_data(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var before = await app.SignUpAsync();
        var id = await before.CreateCircleAsync("Our old circle", "Alder");
        await before.WriteJournalAsync(id, 1, ("past-betrayals", "Something from before"));
        Assert.Equal("/goodbye", (await before.PostFormAsync(DeletePath, ("passphrase", before.Passphrase))).Location);
        Assert.Equal(HttpStatusCode.OK, (await before.SignInAsync()).Status); // the old passphrase no longer signs in

        using var someoneElse = app.NewPerson();
        await someoneElse.SignUpAsync(before.Username, Names.Passphrase());

        Assert.Null((await someoneElse.GetAsync("/circles")).Find($"a[href='{Paths.Circle(id)}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await someoneElse.GetAsync(Paths.Circle(id))).Status);
        var export = await someoneElse.PostForDownloadAsync("/account/export", ("passphrase", someoneElse.Passphrase), ("format", "Json"));
        var json = JsonDocument.Parse(export.Bytes).RootElement;
        Assert.Empty(json.GetProperty("circles").EnumerateArray());
        Assert.DoesNotContain("Something from before", export.Text, StringComparison.Ordinal);
    }

    private static string Local(string? location) =>
        (location ?? string.Empty).Replace("http://localhost", string.Empty, StringComparison.Ordinal);
}
