using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>Return addresses carried by the sign-in page: only SamePage's own pages, always as a valid Location.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class ReturnAddressTests(SharedApps apps)
{
    public static TheoryData<string, string> Addresses => new()
    {
        // What the query carries (decoded once by the app) → where the browser is sent.
        { "/ü", "/%C3%BC" },
        { "/join?code=äöü€", "/join?code=%C3%A4%C3%B6%C3%BC%E2%82%AC" },
        { "/circles?note=a b", "/circles?note=a%20b" },
        { "/circles#🏳️‍🌈", "/circles#%F0%9F%8F%B3%EF%B8%8F%E2%80%8D%F0%9F%8C%88" },
        { "/circles?already=%C3%BC", "/circles?already=%C3%BC" },
        { "//evil.example/", "/circles" },
        { "/\\evil.example/", "/circles" },
        { "https://evil.example/", "/circles" },
        { "", "/circles" },
    };

    [Theory, MemberData(nameof(Addresses))]
    public async Task Someone_already_signed_in_is_sent_on_to_a_properly_encoded_address(string returnUrl, string expected)
    {
        using var person = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();

        var page = await person.GetAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(expected, page.Location);
    }

    [Theory, MemberData(nameof(Addresses))]
    public async Task Signing_in_through_a_link_with_an_odd_return_address_sends_the_person_on(string returnUrl, string expected)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var account = await app.SignUpAsync();
        using var browser = app.NewPerson();

        var page = await browser.PostFormAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl),
            ("Username", account.Username), ("Passphrase", account.Passphrase));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(expected, page.Location);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/circles")).Status);
    }
}
