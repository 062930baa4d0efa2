using System.Net;
using Microsoft.Extensions.Time.Testing;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// The authorization matrix (issue 7): every operation of the app, for each actor, answers what
/// <see cref="AuthorizationMatrix"/> says, never with anyone else's words, and a refused post changes
/// nothing in the database.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    /// <summary>Route values naming one thing inside a circle: tried again by the non-member through their own circle.</summary>
    private static readonly string[] ThingsInACircle = ["clauseId", "concernId", "selfCheckId"];

    /// <summary>Route values the member may get wrong (an old link, a typo): never a server error.</summary>
    private static readonly Dictionary<string, string> MadeUp = new(StringComparer.Ordinal)
    {
        ["number"] = "999",
        ["clauseId"] = "00000000-0000-0000-0000-0000000000c1",
        ["concernId"] = "00000000-0000-0000-0000-0000000000c2",
        ["selfCheckId"] = "00000000-0000-0000-0000-0000000000c3",
    };

    [Fact]
    public async Task Every_operation_the_app_answers_has_a_rule_and_every_rule_names_one_it_answers()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        app.Start();
        var answered = await Endpoints.OperationsAsync(app.Services);
        var ruled = AuthorizationMatrix.Rules.Select(r => r.Operation).ToHashSet();

        var withoutRule = answered.Where(o => !ruled.Contains(o)).ToList();
        Assert.True(withoutRule.Count == 0, $"No rule in the authorization matrix for: {string.Join("; ", withoutRule)}");
        var stale = ruled.Where(o => !answered.Contains(o)).ToList();
        Assert.True(stale.Count == 0, $"The matrix has rules for operations the app no longer answers: {string.Join("; ", stale)}");
        Assert.All(AuthorizationMatrix.Rules, r => Assert.Equal(Enum.GetValues<Actor>().Length, r.Expected.Count));
    }

    [Theory, Providers]
    public async Task Every_actor_gets_what_the_matrix_says_and_nothing_that_is_not_theirs(DatabaseProvider provider)
    {
        // A clock that stands still: a run that crosses midnight would otherwise write a session's
        // "last used" day on the first request after it, and a refused request must change nothing.
        await using var app = new AppFactory(provider, clock: new FakeTimeProvider(DateTimeOffset.UtcNow));
        app.Start();
        using var world = await MatrixWorld.ArrangeAsync(app);
        var problems = new List<string>();

        foreach (var rule in AuthorizationMatrix.Rules.Where(r => !r.RunsLast))
        {
            problems.AddRange(await TryEveryActorAsync(app, world, rule));
        }

        problems.AddRange(await WhatTheWorldStillHoldsAsync(world));

        foreach (var rule in AuthorizationMatrix.Rules.Where(r => r.RunsLast))
        {
            problems.AddRange(await TryEveryActorAsync(app, world, rule));
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n{string.Join("\n", problems)}");
    }

    private static async Task<List<string>> TryEveryActorAsync(AppFactory app, MatrixWorld world, Rule rule)
    {
        var problems = new List<string>();
        var values = rule.Place.Values(world);
        foreach (var actor in Enum.GetValues<Actor>())
        {
            var expected = rule.Expected[actor];
            problems.AddRange((await TryAsync(app, world, rule, actor, values, expected)).Problems);
            if (actor == Actor.NonMember && expected == Expect.NotFound && ThingsInACircle.FirstOrDefault(values.ContainsKey) is { } thing)
            {
                // The same thing, asked for through a circle the non-member does belong to: the answer
                // must be exactly the one for a thing that does not exist there, and change nothing.
                var throughOwnCircle = new Dictionary<string, string>(values, StringComparer.Ordinal) { ["id"] = world.OtherCircle.ToString() };
                var madeUp = new Dictionary<string, string>(throughOwnCircle, StringComparer.Ordinal) { [thing] = Guid.NewGuid().ToString() };
                var (_, nothing) = await TryAsync(app, world, rule, actor, madeUp, Expect.Anything, atPlace: false);
                var sameAsNothing = Expect.SameAs(nothing, from: madeUp[thing], to: values[thing]);
                problems.AddRange((await TryAsync(app, world, rule, actor, throughOwnCircle, sameAsNothing, atPlace: false)).Problems);
            }

            if (actor == Actor.Member && MadeUp.Keys.Any(values.ContainsKey))
            {
                var wrong = values.ToDictionary(v => v.Key, v => MadeUp.GetValueOrDefault(v.Key, v.Value), StringComparer.Ordinal);
                problems.AddRange((await TryAsync(app, world, rule, actor, wrong, Expect.NoServerError, atPlace: false)).Problems);
            }
        }

        return problems;
    }

    private static async Task<(List<string> Problems, WebPage Page)> TryAsync(AppFactory app, MatrixWorld world, Rule rule, Actor actor, IReadOnlyDictionary<string, string> values, Expect expected, bool atPlace = true)
    {
        var person = world[actor];
        var url = rule.Url(values);
        var posts = rule.Operation.Method == "POST";
        var before = posts && expected.Refused ? await DatabaseSnapshot.TakeAsync(app) : null;
        var page = posts ? await person.PostFormAsync(url, rule.Form(world)) : await person.GetAsync(url);
        var where = $"{actor}: {rule.Operation.Method} {url} [{rule.Place.Label}]";
        var problems = new List<string>();

        if (!expected.IsMetBy(page, world))
        {
            problems.Add($"{where}: expected {expected}, got {(int)page.Status} {page.Location}");
        }

        problems.AddRange(world.S.ForbiddenFor(actor)
            .Where(text => page.Body.Contains(text, StringComparison.Ordinal))
            .Select(text => $"{where}: the answer contains {text}, which is not theirs to read"));
        problems.AddRange(rule.Sees
            .Where(s => atPlace && s.Actor == actor && !page.Body.Contains(s.Text(world.S), StringComparison.Ordinal))
            .Select(s => $"{where}: the answer should show {s.Text(world.S)}"));
        if (actor is Actor.Partner or Actor.Newcomer && url.Contains($"/rounds/{MatrixWorld.OpenRound}/", StringComparison.Ordinal))
        {
            problems.AddRange(OpenRoundLeaks(page, world).Select(leak => $"{where}: {leak}"));
        }

        if (before is not null)
        {
            var changed = (await DatabaseSnapshot.TakeAsync(app)).ChangesSince(before);
            if (changed.Count > 0)
            {
                problems.Add($"{where}: was refused, yet changed {string.Join(", ", changed)}");
            }
        }

        if (rule.SignsOut && actor != Actor.Anonymous)
        {
            var again = await person.SignInAsync();
            Assert.True(again.Status == HttpStatusCode.Redirect, $"{actor} could not sign in again: {again}");
        }

        return (problems, page);
    }

    /// <summary>
    /// Before the reveal, the other members' pages of the open round hold only their own answers: the
    /// member answered "betrayal" to everything and guessed it of the partner, and nobody else ever chose it.
    /// </summary>
    private static IEnumerable<string> OpenRoundLeaks(WebPage page, MatrixWorld world)
    {
        if (page.FindAll("input[name^='Answers['][value='Betrayal'][checked]").Count > 0)
        {
            yield return "the questionnaire shows an answer this member never gave (the member's?)";
        }

        if (page.FindAll("input[name^='Guesses['][value='Betrayal'][checked]").Count > 0)
        {
            yield return "the questionnaire shows a guess this member never made (the member's?)";
        }

        if (page.FindAll("dl.card dd").Any(dd => dd.TextContent.Trim() == world.BetrayalWords))
        {
            yield return "the review shows an answer this member never gave (the member's?)";
        }
    }

    /// <summary>After every refused and every harmless post: the world is as it was arranged.</summary>
    private static async Task<List<string>> WhatTheWorldStillHoldsAsync(MatrixWorld world)
    {
        var (ash, birch, s, circle) = (world[Actor.Member], world[Actor.Partner], world.S, world.Circle);
        var problems = new List<string>();
        void Check(bool holds, string what)
        {
            if (!holds)
            {
                problems.Add($"After the matrix: {what}");
            }
        }

        var home = await ash.GetAsync(Paths.Circle(circle));
        Check(home.FindAll("#members li").Count == 3, "the circle should still have its three members");
        var concern = await ash.GetAsync(Paths.Concern(circle, world.SharedConcern));
        Check(concern.Body.Contains(s.Concern, StringComparison.Ordinal) && concern.Replies().SequenceEqual([s.Reply]), "the shared concern should hold its text and its one reply");
        Check((await ash.GetAsync(Paths.EditConcern(circle, world.DraftConcern))).Body.Contains(s.DraftConcern, StringComparison.Ordinal), "the private draft should be unchanged");
        Check((await ash.GetAsync(Paths.SelfCheckResult(circle, world.SelfCheck))).Body.Contains(s.SelfCheckWhy, StringComparison.Ordinal), "the self-check should be there");
        Check((await ash.GetAsync(Paths.Journal(circle, MatrixWorld.RevealedRound))).Body.Contains(s.PrivateReflection, StringComparison.Ordinal), "the journal should be unchanged");
        Check((await birch.GetAsync(Paths.Reflections(circle, MatrixWorld.RevealedRound))).Body.Contains(s.SharedReflection, StringComparison.Ordinal), "the shared reflection should still be shared");
        Check((await birch.GetAsync(Paths.Comparison(circle, MatrixWorld.OpenRound))).Status == HttpStatusCode.Redirect, "round 2 should still be waiting for the partner");
        var openCheckIn = await birch.GetAsync(Paths.CheckIn(circle, MatrixWorld.OpenCheckIn));
        Check(openCheckIn.Status == HttpStatusCode.OK && !openCheckIn.Body.Contains(s.OpenCheckIn, StringComparison.Ordinal), "check-in 2 should still be waiting for the partner");
        Check(string.Equals(await ash.VersionStatusAsync(circle, MatrixWorld.ActiveVersion), "Active", StringComparison.OrdinalIgnoreCase), "version 1 should still be active");
        return problems;
    }
}
