using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;
using SamePage.Core.Stances;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Accessibility;

/// <summary>
/// Two partners go all the way with a keyboard alone: sign up, start a circle, invite, join, answer
/// every question (each group of stances by the arrow keys), submit, compare, write a clause, sign,
/// check in and raise a concern. Every page they land on is walked with Tab (<see cref="KeyboardAudit"/>):
/// the skip link first, every control reached, focus always seen, nothing trapping it. One of them is
/// at a phone's width in dark mode, where a sticky bar could hide what has focus.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class KeyboardFlowTests(BrowserFixture app)
{
    private const string Sexting = "sexting";
    private const string Clause = "We don't flirt by text with anyone else.";

    [Fact]
    public async Task Two_partners_go_from_sign_up_to_a_raised_concern_with_only_a_keyboard()
    {
        await using var kit = await Person.OpenAsync(app);
        await using var lou = await Person.OpenAsync(app, viewport: new() { Width = 390, Height = 844 }, colorScheme: ColorScheme.Dark);
        var findings = new List<string>();
        (kit.KeyboardFindings, lou.KeyboardFindings) = (findings, findings);

        // Kit signs up, starts a circle and invites Lou.
        await kit.KeyGoToAsync("/signup");
        await KeySignUpAsync(kit, "kit");
        Assert.Equal("/circles", kit.Path);
        await kit.KeyFollowAsync(kit.Link("Start a circle"));
        await kit.KeyTypeAsync(kit.Field("Circle name"), "Kit and Lou");
        await kit.KeyTypeAsync(kit.Field("Your name in this circle"), "Kit");
        await kit.KeyFollowAsync(kit.Button("Start the circle"));
        await Expect(kit.Page.Locator("h1")).ToHaveTextAsync("Kit and Lou");
        kit.RememberCircle("Kit");
        await kit.KeyFollowAsync(kit.Link("Invite someone"));
        await kit.KeyFollowAsync(kit.Button("Create an invite"));
        var invite = await kit.InviteLink.InputValueAsync();

        // Lou opens the link (from a message, into the address bar), signs up on the way and joins.
        await lou.KeyGoToAsync(invite);
        Assert.Equal("/signin", lou.Path);
        await lou.KeyFollowAsync(lou.Link("Create an account"));
        await KeySignUpAsync(lou, "lou");
        Assert.Equal("/join", lou.Path);
        await lou.KeyTypeAsync(lou.Field("Your name in this circle"), "Lou");
        await lou.KeyFollowAsync(lou.Button("Join the circle"));
        await Expect(lou.Page.Locator("#members")).ToContainTextAsync("Lou (you)");
        lou.RememberCircle("Lou");

        // Each answers every question by the arrow keys, and submits.
        await kit.KeyOpenCircleAsync("Kit and Lou");
        await KeyAnswerAllAsync(kit, b => b == Sexting ? Stance.Betrayal : Stance.Fine);
        await kit.KeyFollowAsync(kit.Button("Submit my answers"));
        await lou.KeyOpenCircleAsync("Kit and Lou");
        await KeyAnswerAllAsync(lou, _ => Stance.TellMe);
        await lou.KeyFollowAsync(lou.Button("Submit my answers"));
        Assert.EndsWith("/comparison", lou.Path, StringComparison.Ordinal);
        await Expect(lou.Page.Locator($"ul[data-kind='HotSpot'] > li[data-behaviour='{Sexting}']")).ToHaveCountAsync(1);

        // Lou writes the hot spot into their agreement, proposes it and signs; Kit reads it and signs.
        var hotSpot = lou.Page.Locator($"ul[data-kind] > li[data-behaviour='{Sexting}']");
        await lou.KeyFollowAsync(hotSpot.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Write it into our agreement") }));
        await lou.KeyTypeAsync(lou.Field("The clause"), Clause);
        await lou.KeyChooseAsync(lou.Page.Locator("label:has(.suggested) input[name='Form.Expectation']"));
        await lou.KeyFollowAsync(lou.Button("Save the clause"));
        Assert.Equal(lou.AgreementPath, lou.Path);
        await lou.KeyFollowAsync(lou.Button("Propose this draft for signing"));
        await lou.KeyTypeAsync(lou.Field("Your passphrase"), Person.Passphrase);
        await lou.KeyFollowAsync(lou.Button("Sign this version"));
        await Expect(lou.Page.Locator("#version-notice")).ToBeVisibleAsync();

        await kit.KeyOpenCircleAsync("Kit and Lou");
        await kit.KeyFollowAsync(kit.Link("Open our agreement"));
        await kit.KeyFollowAsync(kit.Link("Read and sign version 1"));
        await kit.KeyTypeAsync(kit.Field("Your passphrase"), Person.Passphrase);
        await kit.KeyFollowAsync(kit.Button("Sign this version"));
        await Expect(kit.VersionStatus).ToHaveTextAsync("Active");

        // A check-in: Kit starts it, both answer by the arrow keys and type, and see the results.
        await kit.KeyOpenCircleAsync("Kit and Lou");
        await kit.KeyFollowAsync(kit.CheckInSummary.GetByRole(AriaRole.Button, new() { Name = "Start a check-in", Exact = true }));
        await KeyCheckInAsync(kit, score: 4, "Thank you for Sunday.", "Our summer plans");
        await lou.KeyOpenCircleAsync("Kit and Lou");
        await lou.KeyFollowAsync(lou.CheckInSummary.GetByRole(AriaRole.Link, new() { Name = "Answer check-in 1", Exact = true }));
        await KeyCheckInAsync(lou, score: 3, "I loved the walk.", "Chores");
        await Expect(lou.Main).ToContainTextAsync("Thank you for Sunday.");

        // Lou raises a concern and shares it with Kit.
        await lou.KeyOpenCircleAsync("Kit and Lou");
        await lou.KeyFollowAsync(lou.Page.Locator("#repair-links").GetByRole(AriaRole.Link, new() { Name = ConcernWords.Concerns, Exact = true }));
        await lou.KeyFollowAsync(lou.Link(ConcernWords.RaiseAConcern));
        await lou.KeyTypeAsync(lou.Field(ConcernWords.Noticed), "You were on your phone all through dinner.");
        await lou.KeyTypeAsync(lou.Field(ConcernWords.Felt), "A bit lonely.");
        await lou.KeyTypeAsync(lou.Field(ConcernWords.Need), "A phone-free dinner once a week.");
        await lou.KeyFollowAsync(lou.Button(ConcernWords.SaveDraft));
        await Expect(lou.ConcernNotice).ToHaveTextAsync("Saved. Only you can see this draft.");
        await lou.KeyFollowAsync(lou.Link(ConcernWords.ChooseWhom));
        await lou.KeyCheckAsync(lou.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Kit", Exact = true }));
        await lou.KeyFollowAsync(lou.Button(ConcernWords.ShareNow));
        await Expect(lou.ConcernNotice).ToContainTextAsync("Shared with");

        // Kit finds it from the circle's home and replies.
        await kit.KeyOpenCircleAsync("Kit and Lou");
        await kit.KeyFollowAsync(kit.Page.Locator("#repair-links").GetByRole(AriaRole.Link, new() { Name = ConcernWords.Concerns, Exact = true }));
        await kit.KeyFollowAsync(kit.Main.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("phone all through dinner") }).First);
        await kit.KeyTypeAsync(kit.Field(ConcernWords.YourReply), "I didn't notice; let's try it.");
        await kit.KeyFollowAsync(kit.Button(ConcernWords.SendReply));
        await Expect(kit.ConcernNotice).ToHaveTextAsync("Your reply was added.");

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Theory]
    [InlineData("skip", "not the skip link", "/help")]
    [InlineData("skip", "not the skip link", "/help#country-picker")] // landing lower down does not hide a control before the skip link
    [InlineData("ahead", "ahead of the skip link", "/help")]
    [InlineData("trap", "trapped", "/help")]
    [InlineData("outline", "no visible focus indicator", "/help")]
    [InlineData("hidden-by-bar", "covered by", "/help")]
    [InlineData("hidden-by-bar", "on arrival, #country-picker: its top is covered by", "/help#country-picker")]
    [InlineData("unreachable", "never reached by Tab", "/help")]
    [InlineData("focused-without-ring", "on arrival, <button> \"Focused on arrival\": no visible focus indicator", "/help")]
    public async Task The_walk_by_keyboard_catches_what_it_is_there_to_catch(string fault, string said, string path)
    {
        await using var person = await Person.OpenAsync(app);
        await person.GoToAsync(path);
        await person.Page.EvaluateAsync(Faults, fault);

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => KeyboardAudit.AssertPageAsync(person.Page));

        Assert.Contains(said, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_lands_lower_down_is_walked_from_its_top()
    {
        await using var person = await Person.OpenAsync(app, viewport: new() { Width = 390, Height = 844 }, colorScheme: ColorScheme.Dark);
        await person.GoToAsync("/help#country-picker");
        Assert.True(await person.Page.EvaluateAsync<double>("() => scrollY") > 0, "the fragment should have scrolled the page");

        await KeyboardAudit.AssertPageAsync(person.Page);
    }

    /// <summary>Breaks the page the way a change could: each fault is a control added to the top of the main content.</summary>
    private const string Faults = """
        fault => {
          const main = document.querySelector('main');
          const add = html => { main.insertAdjacentHTML('afterbegin', html); return main.firstElementChild; };
          if (fault === 'skip') document.body.insertAdjacentHTML('afterbegin', '<a href="/help">Before the skip link</a>');
          if (fault === 'ahead') add('<a href="/help" tabindex="1">Jumps the queue</a>');
          if (fault === 'trap') {
            const [a, b] = [add('<button type="button">One</button>'), add('<button type="button">Two</button>')];
            for (const [from, to] of [[a, b], [b, a]]) from.addEventListener('keydown', e => { if (e.key === 'Tab') { e.preventDefault(); to.focus(); } });
          }
          // Styles through the CSSOM: the page's content security policy ignores style attributes.
          if (fault === 'outline') add('<button type="button">No ring</button>').style.setProperty('outline', 'none', 'important');
          if (fault === 'hidden-by-bar') {
            const bar = add('<div></div>');
            Object.assign(bar.style, { position: 'fixed', inset: '0', zIndex: '2000', background: 'transparent' });
          }
          if (fault === 'focused-without-ring') {
            const button = add('<button type="button">Focused on arrival</button>');
            button.style.setProperty('outline', 'none', 'important');
            button.focus();
          }
          if (fault === 'unreachable') add('<a href="/help" tabindex="-1">Out of reach</a>');
        }
        """;

    private static async Task KeySignUpAsync(Person person, string name)
    {
        Assert.Equal("/signup", person.Path);
        var username = $"{name}-{Guid.NewGuid().ToString("N")[..8]}";
        await person.KeyTypeAsync(person.Field("Username"), username);
        await person.KeyTypeAsync(person.Field("Passphrase"), Person.Passphrase);
        await person.KeyFollowAsync(person.Button("Create my account"));
        await Expect(person.Page.Locator("[data-recovery-code]")).ToBeVisibleAsync();
        await person.KeyCheckAsync(person.Field("I have stored my recovery code somewhere safe"));
        await person.KeyFollowAsync(person.Button("Continue"));
    }

    /// <summary>From the circle's home through every page of the questionnaire to its review.</summary>
    private static async Task KeyAnswerAllAsync(Person person, Func<string, Stance> choose)
    {
        await person.KeyFollowAsync(person.Link("Answer the questions"));
        for (var page = 0; page < 30; page++)
        {
            if (!person.OnStylePage)
            {
                foreach (var id in await person.BehavioursOnPageAsync())
                {
                    await person.KeyChooseAsync(person.StanceRadio(id, choose(id)));
                }
            }

            var next = person.Button("Save and continue");
            if (person.OnStylePage || await next.CountAsync() == 0)
            {
                await person.KeyFollowAsync(person.Button("Save and review"));
                Assert.EndsWith("/review", person.Path, StringComparison.Ordinal);
                return;
            }

            await person.KeyFollowAsync(next);
        }

        Assert.Fail("The questionnaire did not end within 30 pages.");
    }

    /// <summary>On a check-in's form: one score for every item, then the two texts, then submit.</summary>
    private static async Task KeyCheckInAsync(Person person, int score, string appreciation, string topics)
    {
        foreach (var item in SamePage.Core.CheckIns.CheckInItems.All)
        {
            await person.KeyChooseAsync(person.Page.Locator($"#s-{item}-{score}"));
        }

        foreach (var clause in await person.Page.Locator("fieldset.clause-feeling").AllAsync())
        {
            await person.KeyChooseAsync(clause.Locator("input[type=radio]").First);
        }

        await person.KeyTypeAsync(person.Field("Appreciation"), appreciation);
        await person.KeyTypeAsync(person.Field("Topics"), topics);
        await person.KeyFollowAsync(person.Button("Submit my check-in"));
    }
}
