using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>Issue 12: the recovery code shown once, with Copy, Download and "I have stored it" before going on.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class RecoveryCodeTests(SharedApps apps)
{
    private const string RecoveryCodePath = "/recovery-code";

    [Fact]
    public async Task Sign_up_offers_copy_download_and_a_required_I_have_stored_it()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson();

        var page = await person.SignUpAsync(Names.Username(), Names.Passphrase());

        Assert.Equal(RecoveryCodePath, page.Find("#recovery-form")!.GetAttribute("action"));
        Assert.NotNull(page.Find("#recovery-form input[type=checkbox][name=stored][required]"));
        Assert.NotNull(page.Find("#recovery-form button[data-copy=recovery-code][hidden]")); // shown by JavaScript only
        Assert.Equal($"{RecoveryCodePath}?handler=Download", page.Find("#recovery-form button[formaction][formnovalidate]")!.GetAttribute("formaction"));
        Assert.Null(page.Find("#recovery-form a[href]")); // no way on without the box
    }

    [Fact]
    public async Task Continue_without_ticking_the_box_keeps_the_code_on_screen_with_a_kind_word()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson();
        await person.SignUpAsync(Names.Username(), Names.Passphrase());

        var unticked = await person.PostFormAsync(RecoveryCodePath, ("code", person.RecoveryCode!), ("returnUrl", "/circles/new"));

        Assert.Equal(HttpStatusCode.OK, unticked.Status);
        Assert.Equal(person.RecoveryCode, unticked.Find("[data-recovery-code]")!.TextContent.Trim());
        Assert.Contains("still here", unticked.Find("#stored-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", unticked.Find("#stored")!.GetAttribute("aria-invalid"));
        Assert.Equal("/circles/new", unticked.Find("#recovery-form input[name=returnUrl]")!.GetAttribute("value"));

        var ticked = await person.PostFormAsync(RecoveryCodePath, ("code", person.RecoveryCode!), ("returnUrl", "/circles/new"), ("stored", "true"));

        Assert.Equal(HttpStatusCode.Redirect, ticked.Status);
        Assert.Equal("/circles/new", ticked.Location);
    }

    [Fact]
    public async Task Continue_leads_only_to_a_page_of_SamePage()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson();
        await person.SignUpAsync(Names.Username(), Names.Passphrase());

        var away = await person.PostFormAsync(RecoveryCodePath, ("code", person.RecoveryCode!), ("returnUrl", "https://elsewhere.example/"), ("stored", "true"));

        Assert.Equal("/circles", away.Location);
    }

    [Fact]
    public async Task The_code_downloads_as_a_small_text_file_that_is_never_cached()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson();
        await person.SignUpAsync(Names.Username(), Names.Passphrase());

        var file = await person.PostForDownloadAsync($"{RecoveryCodePath}?handler=Download", ("code", person.RecoveryCode!));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal("text/plain", file.ContentType);
        Assert.Equal("attachment", file.DispositionType);
        Assert.Equal("samepage-recovery-code.txt", file.FileName);
        Assert.Equal("no-store", file.CacheControl);
        var lines = file.Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(person.RecoveryCode, lines[0]);
        Assert.Contains("recovery code", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_that_is_not_the_accounts_own_is_never_shown_or_downloaded()
    {
        using var person = apps.For(DatabaseProvider.Sqlite).NewPerson();
        await person.SignUpAsync(Names.Username(), Names.Passphrase());
        using var other = apps.For(DatabaseProvider.Sqlite).NewPerson();
        await other.SignUpAsync(Names.Username(), Names.Passphrase());

        foreach (var code in new[] { other.RecoveryCode!, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "<b>hello</b>", string.Empty })
        {
            var again = await person.PostFormAsync(RecoveryCodePath, ("code", code));
            Assert.Equal(HttpStatusCode.Redirect, again.Status);

            var file = await person.PostForDownloadAsync($"{RecoveryCodePath}?handler=Download", ("code", code));
            Assert.Equal(HttpStatusCode.Redirect, file.Status);
            Assert.Null(file.FileName);
        }
    }

    [Fact]
    public async Task Without_a_session_the_recovery_code_page_asks_to_sign_in()
    {
        using var stranger = apps.For(DatabaseProvider.Sqlite).NewPerson();

        var page = await stranger.PostFormAsync(RecoveryCodePath, ("code", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"), ("stored", "true"));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/signin", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_code_after_recovery_uses_the_same_form()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var person = app.NewPerson();
        var username = Names.Username();
        await person.SignUpAsync(username, Names.Passphrase());
        using var later = app.NewPerson();

        var recovered = await later.PostFormAsync("/recover", ("Username", username), ("Code", person.RecoveryCode!), ("NewPassphrase", Names.Passphrase()));

        var code = recovered.Find("[data-recovery-code]")!.TextContent.Trim();
        Assert.NotEqual(person.RecoveryCode, code);
        Assert.Equal(code, recovered.Find("#recovery-form input[name=code]")!.GetAttribute("value"));
        Assert.NotNull(recovered.Find("#recovery-form input[name=stored][required]"));
    }
}
