using System.Net;
using System.Text.Json;
using SamePage.Data;
using SamePage.Core.Stances;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

/// <summary>The pulse a waiting page asks for: a stamp that moves when someone submits, and says nothing else.</summary>
public sealed class PulseTests
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";
    private const int CommandExecuted = 20101;

    private static string Pulse(Guid circle) => $"{Paths.Circle(circle)}/pulse";

    private static async Task<string> StampAsync(Person person, Guid circle)
    {
        var page = await person.GetAsync(Pulse(circle));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("application/json", page.ContentType);
        Assert.Equal("no-store", page.Header("Cache-Control"));
        using var json = JsonDocument.Parse(page.Body);
        // Only the stamp: no names, no counts, nothing anyone answered.
        Assert.Equal(["stamp"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var stamp = json.RootElement.GetProperty("stamp").GetString()!;
        Assert.Matches("^[0-9a-f]{16}$", stamp);
        return stamp;
    }

    [Theory, Providers]
    public async Task The_stamp_moves_when_someone_submits_or_the_round_is_revealed_but_not_while_someone_answers(DatabaseProvider provider)
    {
        await using var app = new AppFactory(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch");
        var (ash, birch) = (circle[0], circle[1]);
        var start = await StampAsync(ash, circle.Circle);
        Assert.Equal(start, await StampAsync(birch, circle.Circle)); // the same for everyone: nothing personal in it

        // Answering in private moves nothing: nobody learns when someone is working on their answers.
        await birch.AnswerAllAsync(circle.Circle, 1, Stance.TellMe);
        Assert.Equal(start, await StampAsync(ash, circle.Circle));

        await ash.AnswerAllAsync(circle.Circle, 1, Stance.Fine);
        await ash.SubmitAsync(circle.Circle, 1);
        var submitted = await StampAsync(birch, circle.Circle);
        Assert.NotEqual(start, submitted);

        await birch.SubmitAsync(circle.Circle, 1);
        var revealed = await StampAsync(ash, circle.Circle);
        Assert.NotEqual(submitted, revealed);
        Assert.Equal(revealed, await StampAsync(ash, circle.Circle));

        // The page the pulse belongs to carries the stamp it was made with.
        var home = await ash.GetAsync(Paths.Circle(circle.Circle));
        Assert.Equal(revealed, home.Find("[data-pulse]")!.GetAttribute("data-pulse-stamp"));
        Assert.Equal(Pulse(circle.Circle), home.Find("[data-pulse]")!.GetAttribute("data-pulse"));
    }

    [Theory, Providers]
    public async Task The_stamp_moves_when_an_agreement_is_proposed_and_when_it_becomes_active(DatabaseProvider provider)
    {
        await using var app = new AppFactory(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch");
        var start = await StampAsync(circle[0], circle.Circle);

        var number = await AgreementSetup.ProposeAsync(app, circle, new TestClause("We tell each other about new close friends."));
        var proposed = await StampAsync(circle[1], circle.Circle);
        Assert.NotEqual(start, proposed);

        foreach (var member in circle.Members)
        {
            await AgreementSetup.SignAsync(app, circle, member, number);
        }

        var active = await StampAsync(circle[0], circle.Circle);
        Assert.NotEqual(proposed, active);
        Assert.Equal(HttpStatusCode.OK, (await circle[0].GetAsync(Paths.Circle(circle.Circle))).Status);
    }

    [Fact]
    public async Task Asking_for_the_pulse_costs_at_most_two_queries_besides_signing_in()
    {
        var logs = new CapturedLogs();
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { [$"Logging:LogLevel:{CommandCategory}"] = "Information" }) { Logs = logs };
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch");
        var ash = circle[0];
        await ash.GetAsync(Pulse(circle.Circle));

        // What any signed-in request costs (the session's checks), measured on a page that reads nothing.
        var before = Count(logs);
        await ash.GetAsync("/help");
        var session = Count(logs) - before;

        before = Count(logs);
        await StampAsync(ash, circle.Circle);
        var pulse = Count(logs) - before - session;
        Assert.InRange(pulse, 1, 2);
    }

    private static int Count(CapturedLogs logs) =>
        logs.Lines.Count(l => l.Category == CommandCategory && l.EventId.Id == CommandExecuted);
}
