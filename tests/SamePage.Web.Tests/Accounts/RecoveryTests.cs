using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

[Collection(SharedAppForAccounts.Name)]
public sealed class RecoveryTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task The_recovery_code_sets_a_new_passphrase_and_is_replaced_by_a_new_code(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var account = await app.SignUpAsync();
        var oldPassphrase = account.Passphrase;
        var oldCode = account.RecoveryCode!;
        var newPassphrase = Names.Passphrase();
        using var forgetful = app.NewPerson();

        var recovered = await forgetful.PostFormAsync("/recover", ("Username", account.Username), ("Code", oldCode), ("NewPassphrase", newPassphrase));

        Assert.Equal(HttpStatusCode.OK, recovered.Status);
        var newCode = recovered.Find("[data-recovery-code]")?.TextContent.Trim();
        Assert.Matches("^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$", newCode ?? string.Empty);
        Assert.NotEqual(oldCode, newCode);

        using var browser = app.NewPerson();
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(account.Username, oldPassphrase)).Status); // refused: the form again
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(account.Username, newPassphrase)).Status);

        using var again = app.NewPerson();
        var reused = await again.PostFormAsync("/recover", ("Username", account.Username), ("Code", oldCode), ("NewPassphrase", Names.Passphrase()));
        Assert.Null(reused.Find("[data-recovery-code]"));
        Assert.Contains("don't match", reused.Text);

        var withNewCode = await again.PostFormAsync("/recover", ("Username", account.Username), ("Code", newCode!), ("NewPassphrase", Names.Passphrase()));
        Assert.NotNull(withNewCode.Find("[data-recovery-code]"));
    }

    [Fact]
    public async Task A_wrong_recovery_code_gets_a_kind_message_and_changes_nothing()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var account = await app.SignUpAsync();
        using var stranger = app.NewPerson();

        var page = await stranger.PostFormAsync("/recover", ("Username", account.Username), ("Code", "ABCDE-FGHJK-MNPQR-STVWX-YZ012"), ("NewPassphrase", Names.Passphrase()));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Find("[data-recovery-code]"));
        Assert.Contains("That username and recovery code don't match", page.Find("[role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/circles")).Status); // not signed in
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.SignInAsync(account.Username, account.Passphrase)).Status); // old passphrase still works
    }

    [Fact]
    public async Task A_recovery_code_of_the_wrong_shape_is_explained()
    {
        using var stranger = apps.For(DatabaseProvider.Sqlite).NewPerson();

        var page = await stranger.PostFormAsync("/recover", ("Username", "someone"), ("Code", "12345"), ("NewPassphrase", Names.Passphrase()));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("25 letters and digits", page.Find("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Recovery_refuses_a_weak_new_passphrase_and_keeps_the_code_usable()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var account = await app.SignUpAsync();
        using var forgetful = app.NewPerson();

        var weak = await forgetful.PostFormAsync("/recover", ("Username", account.Username), ("Code", account.RecoveryCode!), ("NewPassphrase", "password123"));
        var strong = await forgetful.PostFormAsync("/recover", ("Username", account.Username), ("Code", account.RecoveryCode!), ("NewPassphrase", Names.Passphrase()));

        Assert.Null(weak.Find("[data-recovery-code]"));
        Assert.NotNull(weak.Find("#new-passphrase-error"));
        Assert.NotNull(strong.Find("[data-recovery-code]"));
    }
}
