using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Agreements;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.CheckIns;

/// <summary>Defects 7 and 8: check-in texts autosave without losing newer words; times in the person's own zone.</summary>
[Collection(BrowserTests.Name)]
public sealed class CheckInTextsTests(BrowserFixture app)
{
    [Fact]
    public async Task Check_in_texts_save_as_they_are_typed_and_a_tab_opened_earlier_never_overwrites_them()
    {
        await using var sky = await Person.OpenAsync(app, viewport: BrowserFixture.Phone);
        await using var ren = await Person.OpenAsync(app);
        await sky.SignUpAsync("sky-texts");
        await sky.CreateCircleAsync("Sky and Ren", "Sky");
        var invite = await sky.InviteAsync();
        await ren.SignUpAsync("ren-texts");
        await ren.JoinAsync(invite, "Ren");
        await sky.StartCheckInFromHomeAsync();
        var checkIn = sky.Page.Url;

        // A second tab on the same check-in, opened now, before anything is written.
        var olderTab = await sky.Page.Context.NewPageAsync();
        await olderTab.GotoAsync(checkIn);

        await sky.TypeCheckInTextAsync("Appreciation", "You made soup when I was ill.");
        await sky.TypeCheckInTextAsync("Topics", "Holidays\nMoney");
        await sky.GoToAsync(sky.Path);
        await Expect(sky.Field("Appreciation")).ToHaveValueAsync("You made soup when I was ill.");
        await Expect(sky.Field("Topics")).ToHaveValueAsync("Holidays\nMoney");

        // The older tab types over it: refused, and it says why.
        await olderTab.GetByLabel("Appreciation", new() { Exact = true }).FillAsync("Older words");
        await Expect(olderTab.Locator("#text-save-status")).ToContainTextAsync("changed in another tab");
        await sky.GoToAsync(sky.Path);
        await Expect(sky.Field("Appreciation")).ToHaveValueAsync("You made soup when I was ill.");

        // The newer tab keeps saving over its own words.
        await sky.TypeCheckInTextAsync("Appreciation", "You made soup when I was ill. Twice.");
        await sky.GoToAsync(sky.Path);
        await Expect(sky.Field("Appreciation")).ToHaveValueAsync("You made soup when I was ill. Twice.");
        await olderTab.CloseAsync();
    }

    [Fact]
    public async Task Times_show_in_the_zone_the_browser_is_in_and_settings_can_change_it()
    {
        await using var kai = await Person.OpenAsync(app);
        await using var noor = await Person.OpenAsync(app, colorScheme: ColorScheme.Dark);
        var cdp = await kai.Page.Context.NewCDPSessionAsync(kai.Page);
        await cdp.SendAsync("Emulation.setTimezoneOverride", new Dictionary<string, object> { ["timezoneId"] = "Pacific/Auckland" });
        await kai.SignUpAsync("kai-zone");
        await kai.CreateCircleAsync("Kai and Noor", "Kai");
        var invite = await kai.InviteAsync();
        await noor.SignUpAsync("noor-zone");
        await noor.JoinAsync(invite, "Noor");
        var number = await AgreementSetup.CreateSignedVersionAsync(app, kai, [kai, noor], AgreementSetup.Clause("We say when plans change.", Expectation.TellMe));

        await kai.GoToAsync("/account");
        await Expect(kai.Page.Locator("#time-zone")).ToContainTextAsync("Pacific/Auckland");
        await kai.GoToAsync($"{kai.AgreementPath}/versions/{number}");
        await Expect(kai.Page.Locator("#signatures")).Not.ToContainTextAsync("UTC");

        // A choice in settings wins over the browser's zone, and the browser does not ask again.
        await kai.GoToAsync("/account");
        await kai.FollowAsync(kai.Link("Change time zone"));
        await kai.Page.GetByLabel("Time zone", new() { Exact = true }).SelectOptionAsync("Europe/Lisbon");
        await kai.FollowAsync(kai.Button("Save my time zone"));
        await Expect(kai.Page.Locator("#time-zone")).ToContainTextAsync("Europe/Lisbon");
        await kai.GoToAsync(kai.AgreementPath);
        await Expect(kai.Page.Locator("#time-zone-guess")).ToHaveCountAsync(0);
        await kai.GoToAsync("/account");
        await Expect(kai.Page.Locator("#time-zone")).ToContainTextAsync("Europe/Lisbon");
    }
}
