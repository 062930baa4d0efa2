using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using Xunit.Sdk;

namespace SamePage.Browser.Tests.Accessibility;

/// <summary>
/// Beyond axe: on every page of a two-partner flow (sign-up to a raised concern), what the accessibility
/// tree tells a screen reader is sound (<see cref="PageStructure"/>): named controls, one h1, the
/// landmarks, and headings that never skip a level on the way down.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class StructureTests(BrowserFixture app)
{
    private readonly List<string> _problems = [];

    private readonly HashSet<string> _pages = [];

    [Fact]
    public async Task Every_page_of_a_two_partner_flow_names_its_controls_and_has_one_h1_its_landmarks_and_an_orderly_outline()
    {
        await using var ivy = await Person.OpenAsync(app);
        await using var noa = await Person.OpenAsync(app, colorScheme: ColorScheme.Dark);
        ivy.AlsoCheck = CheckAsync;
        noa.AlsoCheck = CheckAsync;

        foreach (var path in new[] { "/", "/signin", "/help", "/safety-check" })
        {
            await ivy.GoToAsync(path);
        }

        await ivy.SignUpAsync("ivy");
        await ivy.CreateCircleAsync("Ivy and Noa", "Ivy");
        var invite = await ivy.InviteAsync();
        await noa.GoToAsync(invite);
        await noa.FollowAsync(noa.Link("Create an account"));
        await noa.CompleteSignUpAsync("noa");
        await noa.JoinHereAsync("Noa");

        await ivy.AnswerAllAsync(b => b == "sexting" ? Stance.Betrayal : Stance.Fine);
        await ivy.SubmitAsync();
        await noa.AnswerAllAsync(_ => Stance.TellMe);
        await noa.SubmitAsync();

        var comparison = new ComparisonView(noa.Page);
        await noa.FollowAsync(comparison.TalkItThrough);
        await noa.OpenComparisonAsync();
        await noa.AddToAgreementFromComparisonAsync("sexting");
        await noa.RewordClauseAsync("We don't flirt by text with anyone else.");
        await noa.ProposeDraftAsync();
        await noa.SignThisVersionAsync();
        await ivy.OpenAgreementAsync();
        await ivy.FollowAsync(ivy.Link("Read and sign version 1"));
        await ivy.SignThisVersionAsync();

        await ivy.StartCheckInFromHomeAsync();
        var scores = SamePage.Core.CheckIns.CheckInItems.All.ToDictionary(i => i, _ => 4);
        await ivy.AnswerCheckInAsync(scores, appreciation: "Thank you for the walk.", topics: "Holidays");
        await ivy.SubmitCheckInAsync();
        await noa.OpenCheckInFromHomeAsync(1);
        await noa.AnswerCheckInAsync(scores, appreciation: "Dinner was lovely.", topics: "Chores");
        await noa.SubmitCheckInAsync();

        await noa.OpenConcernsAsync();
        await noa.DraftConcernAsync("You checked your phone all evening.", "A bit alone.", "An evening without phones.");
        await noa.ShareConcernWithAsync("Ivy");
        await ivy.GoToAsync(noa.Path);
        await ivy.ReplyAsync(ConcernWords.YourReply, "I'm sorry; let's try that on Friday.");
        await ivy.OpenCircleAsync();
        await ivy.GoToAsync("/account");

        Assert.True(_pages.Count >= 25, $"Only {_pages.Count} pages were checked: {string.Join(", ", _pages)}");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }

    [Theory]
    [InlineData("<button type=\"button\"></button>", "a button without an accessible name")]
    [InlineData("<input type=\"text\">", "a textbox without an accessible name")]
    [InlineData("<h1>Another title</h1>", "2 level-1 headings")]
    [InlineData("<h3>Too deep</h3>", "skipping a level")]
    [InlineData("<main>A second main</main>", "2 main landmarks")]
    public async Task The_structure_check_catches_what_it_is_there_to_catch(string added, string said)
    {
        await using var person = await Person.OpenAsync(app);
        await person.GoToAsync("/help");
        await person.Page.Locator("main h1").EvaluateAsync("(h1, html) => h1.insertAdjacentHTML('afterend', html)", added);

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => PageStructure.AssertSoundAsync(person.Page));

        Assert.Contains(said, failure.Message, StringComparison.Ordinal);
    }

    /// <summary>Collects what is wrong on each page rather than stopping at the first, so one run shows them all.</summary>
    private async Task CheckAsync(IPage page)
    {
        var path = new Uri(page.Url).AbsolutePath;
        _pages.Add(path);
        try
        {
            await PageStructure.AssertSoundAsync(page);
        }
        catch (XunitException problem)
        {
            if (!_problems.Contains(problem.Message))
            {
                _problems.Add(problem.Message);
            }
        }
    }
}
