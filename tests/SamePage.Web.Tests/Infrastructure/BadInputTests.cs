using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Infrastructure;

/// <summary>Whatever arrives, people see a kind page, never a blank one or a 500.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class BadInputTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task A_form_without_a_valid_antiforgery_token_gets_the_friendly_400_page(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var person = await app.SignUpAsync();
        using var stranger = app.NewPerson();
        await stranger.GetAsync("/signup");
        var token = await person.AntiforgeryTokenAsync();

        var missing = await person.PostWithoutTokenAsync("/circles/new", ("Name", "Us"), ("DisplayName", "Alder"));
        var invalid = await person.PostWithoutTokenAsync("/circles/new", ("Name", "Us"), ("DisplayName", "Alder"), (Person.TokenField, "CfDJ8tampered"));
        var someoneElses = await stranger.PostWithoutTokenAsync("/signup", ("Username", Names.Username()), ("Passphrase", Names.Passphrase()), (Person.TokenField, token));

        foreach (var page in new[] { missing, invalid, someoneElses })
        {
            Assert.True(page.Status == HttpStatusCode.BadRequest, $"{page}");
            Assert.True(page.IsHtml, $"{page} is {page.ContentType}");
            Assert.Contains("That form had expired", page.Find("h1")!.TextContent);
        }

        Assert.Empty((await person.GetAsync("/circles")).FindAll("ul.compared a"));
    }

    [Fact]
    public async Task A_tampered_join_or_recovery_form_gets_the_friendly_400_page_too()
    {
        using var person = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();
        using var stranger = apps.For(DatabaseProvider.Sqlite).NewPerson();

        var join = await person.PostWithoutTokenAsync("/join", ("Code", "ABCDE-FGHJK-MNPQR-STVWX"), ("DisplayName", "Birch"));
        var recover = await stranger.PostWithoutTokenAsync("/recover", ("Username", "someone"), ("Code", "ABCDE-FGHJK-MNPQR-STVWX-YZ012"), ("NewPassphrase", Names.Passphrase()));

        foreach (var page in new[] { join, recover })
        {
            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.Contains("That form had expired", page.Find("h1")!.TextContent);
        }
    }

    [Fact]
    public async Task Junk_in_the_address_gets_the_404_page()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var id = circle.Circle;
        string[] urls =
        [
            "/circles/not-a-guid",
            "/circles/not-a-guid/invite",
            $"/circles/{id}/rounds/abc/answer",
            $"/circles/{id}/rounds/0/answer",
            $"/circles/{id}/rounds/-1/review",
            $"/circles/{id}/rounds/99999999999/comparison",
            $"/circles/{id}/rounds/1/answer/time-and-priority/extra",
            $"/circles/{id}/rounds/1/nowhere",
            "/status/abc",
            "/no-such-page",
        ];

        foreach (var url in urls)
        {
            var page = await circle[0].GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.NotFound, $"{page}");
            Assert.Contains("We couldn't find that page", page.Text);
        }
    }

    [Fact]
    public async Task Junk_in_the_query_string_is_ignored()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var id = circle.Circle;
        await circle[0].AnswerAllAsync(id, 1, Stance.Fine);

        foreach (var url in new[] { $"{Paths.Review(id, 1)}?notice=Bogus", $"{Paths.Review(id, 1)}?notice=99", $"{Paths.Answer(id, 1)}?saved=maybe", "/join?code=%3Cscript%3E" })
        {
            var page = await circle[0].GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{page}");
        }
    }

    /// <summary>A form posted where no form is taken, or a handler that does not exist: a kind page, never a 500.</summary>
    [Fact]
    public async Task Posting_where_a_page_takes_no_such_form_never_fails()
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch");
        var id = circle.Circle;
        await circle.RevealRoundAsync(1, Stance.Fine, Stance.Betrayal);
        using var outsider = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();
        string[] urls =
        [
            "/", "/circles", "/help", "/signup?handler=Bogus",
            Paths.Circle(id), $"{Paths.Circle(id)}?handler=Bogus",
            Paths.Review(id, 1), $"{Paths.Review(id, 1)}?handler=Bogus",
            Paths.Comparison(id, 1), $"{Paths.Comparison(id, 1)}?handler=Bogus",
            Paths.Answer(id, 1), $"{Paths.Answer(id, 1, TestCatalogue.Categories[0].Id)}?handler=Bogus",
            $"{Paths.Invite(id)}?handler=Bogus",
        ];

        var failures = new List<string>();
        foreach (var person in new[] { circle[0], outsider })
        {
            foreach (var url in urls)
            {
                var page = await person.PostFormAsync(url);
                if ((int)page.Status >= 500 || (page.IsHtml && page.Find("h1") is null))
                {
                    failures.Add(page.ToString());
                }
            }
        }

        foreach (var url in new[] { $"{Paths.Circle(id)}?handler=NewRound", $"{Paths.Review(id, 1)}?handler=Submit", $"{Paths.Answer(id, 1)}?handler=Autosave", $"{Paths.Comparison(id, 1)}?handler=Bogus" })
        {
            var page = await circle[0].GetAsync(url);
            if ((int)page.Status >= 500 || (page.IsHtml && page.Find("h1") is null))
            {
                failures.Add(page.ToString());
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(2, (await circle[0].GetAsync(Paths.Circle(id))).FindAll("#members li").Count);
    }

    [Fact]
    public async Task What_people_type_is_shown_as_text_never_as_markup()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var host = await app.SignUpAsync();
        const string Script = "<script>alert(1)</script>";
        var id = await host.CreateCircleAsync($"{Script}", "<b>Alder</b>");

        var page = await host.GetAsync(Paths.Circle(id));

        Assert.Equal(Script, page.Find("h1")!.TextContent.Trim());
        Assert.Empty(page.FindAll("main script, main b"));
        Assert.DoesNotContain(Script, page.Body);
    }
}
