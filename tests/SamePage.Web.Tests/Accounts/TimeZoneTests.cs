using System.Globalization;
using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>Defect 7: times show in the person's own time zone (their browser's, or one they chose), UTC only as a last resort.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class TimeZoneTests(SharedApps apps)
{
    private const string TimeZonePath = "/account/time-zone";

    [Theory, Providers]
    public async Task Signature_times_show_in_each_readers_own_zone_and_say_UTC_only_while_none_is_known(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, circle, new TestClause("We say when plans change."));
        var signedAt = (await AgreementSetup.VersionAsync(app, circle, number)).Signatures[0].SignedAtUtc;
        string Shown(WebPage page) => page.Find("#signatures")!.TextContent;

        // Nobody has told SamePage a zone yet: UTC, and the page asks the browser for one.
        var before = await circle[0].GetAsync(Paths.Version(circle.Circle, number));
        Assert.Contains($"{signedAt:d MMMM yyyy, HH:mm} UTC", Shown(before), StringComparison.Ordinal);
        Assert.NotNull(before.Find("form#time-zone-guess"));

        // Alder's browser says Auckland; Birch chooses Los Angeles in settings.
        Assert.Equal(HttpStatusCode.NoContent, (await circle[0].PostFormAsync($"{TimeZonePath}?handler=Guess", ("Zone", "Pacific/Auckland"))).Status);
        Assert.Equal("/account?saved=true#time-zone", (await circle[1].PostFormAsync(TimeZonePath, ("Zone", "America/Los_Angeles"))).Location);

        foreach (var (person, zone) in new[] { (circle[0], "Pacific/Auckland"), (circle[1], "America/Los_Angeles") })
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(signedAt, TimeZoneInfo.FindSystemTimeZoneById(zone));
            var page = await person.GetAsync(Paths.Version(circle.Circle, number));
            Assert.Contains(local.ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture), Shown(page), StringComparison.Ordinal);
            Assert.DoesNotContain("UTC", Shown(page), StringComparison.Ordinal);
            Assert.Null(page.Find("form#time-zone-guess")); // asked once, then carried in the sign-in cookie
            Assert.Contains(zone.Replace('_', ' '), (await person.GetAsync("/account")).Find("#time-zone")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task The_browsers_guess_never_overrides_a_choice_and_garbage_gets_a_kind_error(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var person = circle[0];
        Assert.Equal(HttpStatusCode.Redirect, (await person.PostFormAsync(TimeZonePath, ("Zone", "Europe/Berlin"))).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await person.PostFormAsync($"{TimeZonePath}?handler=Guess", ("Zone", "Asia/Tokyo"))).Status);
        Assert.Contains("Europe/Berlin", (await person.GetAsync("/account")).Find("#time-zone")!.TextContent, StringComparison.Ordinal);

        foreach (var garbage in new[] { "Mars/Olympus_Mons", "<script>", new string('x', 200), string.Empty })
        {
            var page = await person.PostFormAsync(TimeZonePath, ("Zone", garbage));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("couldn't find a time zone", page.Find("#time-zone-error")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Europe/Berlin", page.Find("#zone option[selected]")!.TextContent);
            Assert.Equal(HttpStatusCode.BadRequest, (await person.PostFormAsync($"{TimeZonePath}?handler=Guess", ("Zone", garbage))).Status);
        }

        Assert.Contains("Europe/Berlin", (await person.GetAsync("/account")).Find("#time-zone")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_list_of_zones_offers_the_browsers_ids_and_stays_within_the_page_budget(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder");
        var page = await circle[0].GetAsync(TimeZonePath);

        var zones = page.FindAll("#zone option").Select(o => o.TextContent).ToList();
        Assert.Contains("UTC", zones);
        Assert.Contains("Europe/Berlin", zones);
        Assert.Contains("America/Argentina/Buenos_Aires", zones);
        Assert.Equal("UTC", page.Find("#zone option[selected]")!.TextContent); // nothing known yet: the last resort
        Assert.True(page.Text.Length < 30 * 1024, $"The time-zone page is {page.Text.Length} characters, over 30 KB even before compression.");
    }
}
