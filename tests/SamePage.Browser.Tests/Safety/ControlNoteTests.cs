using SamePage.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Safety;

/// <summary>Issue 16: a clause that no rule foresaw still gets the private note on the draft, read by meaning; a healthy one gets none.</summary>
[Collection(BrowserTests.Name)]
public sealed class ControlNoteTests(BrowserFixture app)
{
    [Fact]
    public async Task A_controlling_clause_in_words_no_rule_knows_gets_the_private_note_before_proposing()
    {
        await using var rae = await Person.OpenAsync(app);
        await using var jo = await Person.OpenAsync(app);
        await rae.SignUpAsync("rae-note");
        await rae.CreateCircleAsync("Rae and Jo", "Rae");
        var invite = await rae.InviteAsync();
        await jo.SignUpAsync("jo-note");
        await jo.JoinAsync(invite, "Jo");

        await rae.OpenAgreementAsync();
        await AddAsync(rae, "We keep Sunday mornings for a slow breakfast together.");
        await Expect(rae.Page.Locator("#control-note")).ToHaveCountAsync(0);

        await AddAsync(rae, "Your salary is paid into an account only I can open.");
        await Expect(rae.Page.Locator("ol.draft-clauses > li")).ToHaveCountAsync(2);
        // Until the reader by meaning has learned its examples (seconds after the first clause form
        // since the app started) the page shows the rules' reading; coming back later shows the note.
        for (var look = 0; look < 60 && !await rae.Page.Locator("#control-note").IsVisibleAsync(); look++)
        {
            await Task.Delay(1000);
            await rae.GoToAsync(rae.Path);
        }

        await Expect(rae.Page.Locator("#control-note")).ToBeVisibleAsync();
        await Expect(rae.Page.Locator("#control-note")).Not.ToContainTextAsync("Rae");
        await Expect(rae.Page.Locator("#control-note")).Not.ToContainTextAsync("Jo");
    }

    private static async Task AddAsync(Person person, string text)
    {
        await person.Field("The clause").FillAsync(text);
        await person.Page.Locator("input[name='Form.Expectation'][value='TellMe']").CheckAsync();
        await person.FollowAsync(person.Button("Add to the draft"));
    }
}
