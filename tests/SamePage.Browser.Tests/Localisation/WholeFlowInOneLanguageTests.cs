using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Localisation;

/// <summary>
/// One partner does every step in Spanish, or in German, while the other uses English: sign up,
/// start a circle, invite, answer, compare, write a clause in their own words, propose and sign it,
/// start a check-in, raise a concern and read the reply. Each finds their way by the words of their
/// own language (<see cref="PageWords"/>), every page each lands on is in that language, and what
/// the other typed reaches them as it was written.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class WholeFlowInOneLanguageTests(BrowserFixture app)
{
    /// <summary>The language, then what that partner types: a clause, a thank-you, and a concern (noticed, felt, needed).</summary>
    public static TheoryData<string, string[]> Languages => new()
    {
        { "es", ["No coqueteamos por mensajes con nadie más.", "Gracias por el paseo del domingo.", "Miraste el móvil toda la cena.", "Un poco sola.", "Una cena sin móviles."] },
        { "de", ["Wir flirten mit niemand anderem per Nachricht.", "Danke für den Spaziergang am Sonntag.", "Du hast beim ganzen Abendessen aufs Handy geschaut.", "Etwas allein.", "Ein Abendessen ohne Handys."] },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_partner_does_every_step_in_their_language_while_the_other_uses_english(string language, string[] typed)
    {
        var (clause, thanks, noticed, felt, need) = (typed[0], typed[1], typed[2], typed[3], typed[4]);
        await using var ana = await Person.OpenAsync(app, viewport: new() { Width = 390, Height = 844 }, language: language);
        await using var ben = await Person.OpenAsync(app, colorScheme: ColorScheme.Dark);
        var wrongLanguage = new List<string>();
        ana.AlsoCheck = page => NoteLanguageAsync(page, language, wrongLanguage);
        ben.AlsoCheck = page => NoteLanguageAsync(page, "en", wrongLanguage);

        await ana.SignUpAsync("ana");
        await ana.CreateCircleAsync("Ana & Ben", "Ana");
        var invite = await ana.InviteAsync();
        await ben.SignUpAsync("ben");
        await ben.JoinAsync(invite, "Ben");

        await ana.AnswerAllAsync(b => b == "sexting" ? Stance.Betrayal : Stance.Fine);
        await ana.SubmitAsync();
        await ben.AnswerAllAsync(b => b == "sexting" ? Stance.TellMe : Stance.Fine);
        await ben.SubmitAsync();

        await ana.OpenComparisonAsync();
        await Expect(ana.Page.Locator("ul[data-kind] > li[data-behaviour='sexting']")).ToBeVisibleAsync();
        await ana.AddToAgreementFromComparisonAsync("sexting");
        await ana.RewordClauseAsync(clause);
        await ana.ProposeDraftAsync();
        await ana.SignThisVersionAsync();

        await ben.OpenAgreementAsync();
        await Expect(ben.Main).ToContainTextAsync(clause);
        await ben.FollowAsync(ben.Link("Read and sign version 1"));
        await ben.SignThisVersionAsync();

        await ana.StartCheckInFromHomeAsync();
        var scores = SamePage.Core.CheckIns.CheckInItems.All.ToDictionary(i => i, _ => 4);
        await ana.AnswerCheckInAsync(scores, appreciation: thanks);
        await ana.SubmitCheckInAsync();
        await ben.OpenCheckInFromHomeAsync(1);
        await ben.AnswerCheckInAsync(scores, appreciation: "Dinner was lovely.");
        await ben.SubmitCheckInAsync();
        await Expect(ben.Main).ToContainTextAsync(thanks);
        await ana.GoToAsync(ben.Path);
        await Expect(ana.Main).ToContainTextAsync("Dinner was lovely.");

        await ana.OpenConcernsAsync();
        await ana.DraftConcernAsync(noticed, felt, need);
        await ana.ShareConcernWithAsync("Ben");
        var concern = ana.Path;
        await ben.GoToAsync(concern);
        await Expect(ben.Main).ToContainTextAsync(noticed);
        await ben.ReplyAsync(ConcernWords.YourReply, "I'm sorry; let's try that on Friday.");
        await ana.GoToAsync(concern);
        await Expect(ana.Replies).ToContainTextAsync("I'm sorry; let's try that on Friday.");

        Assert.True(wrongLanguage.Count == 0, string.Join('\n', wrongLanguage));
    }

    private static async Task NoteLanguageAsync(IPage page, string language, List<string> wrong)
    {
        var lang = await page.Locator("html").GetAttributeAsync("lang");
        if (lang != language)
        {
            wrong.Add($"{new Uri(page.Url).AbsolutePath} is in \"{lang}\", not \"{language}\"");
        }
    }
}
