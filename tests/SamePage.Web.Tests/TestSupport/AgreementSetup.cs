using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Agreements;
using SamePage.Data.Entities;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Tests.Common;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>A clause for a test's agreement; <paramref name="AppliesTo"/> lists members by their place in the <see cref="CircleSetup"/> (empty: everyone).</summary>
public sealed record TestClause(string Text, Expectation Expectation = Expectation.AskFirst, string? Category = null, string Notes = "", IReadOnlyList<int>? AppliesTo = null);

/// <summary>
/// Arranges agreement versions through the app's own <see cref="AgreementDesk"/>, as each member would
/// (their own view of the circle), for tests of what is built on top of versions. The draft, propose and
/// sign pages exercise the same desk over HTTP.
/// </summary>
public static class AgreementSetup
{
    /// <summary>The first member writes the clauses and proposes them; everyone signs; the version is active.</summary>
    public static async Task<int> CreateSignedVersionAsync(AppFactory app, CircleSetup circle, params TestClause[] clauses)
    {
        var number = await ProposeAsync(app, circle, clauses);
        foreach (var member in circle.Members)
        {
            await SignAsync(app, circle, member, number);
        }

        return number;
    }

    /// <summary>The first member adds the clauses to the draft and proposes it; returns the version number.</summary>
    public static async Task<int> ProposeAsync(AppFactory app, CircleSetup circle, params TestClause[] clauses)
    {
        using var scope = app.Services.CreateScope();
        var desk = scope.ServiceProvider.GetRequiredService<AgreementDesk>();
        var view = await OpenAsync(scope, circle, circle[0]);
        foreach (var clause in clauses)
        {
            await desk.AddAsync(view, Input(circle, view, clause));
        }

        var (outcome, number) = await desk.ProposeAsync(view, (await desk.DraftAsync(circle.Circle)).Revision);
        Assert.Equal(ProposeOutcome.Proposed, outcome);
        return number!.Value;
    }

    /// <summary>Adds a clause to the working draft without proposing it.</summary>
    public static async Task AddToDraftAsync(AppFactory app, CircleSetup circle, TestClause clause)
    {
        using var scope = app.Services.CreateScope();
        var view = await OpenAsync(scope, circle, circle[0]);
        await scope.ServiceProvider.GetRequiredService<AgreementDesk>().AddAsync(view, Input(circle, view, clause));
    }

    public static async Task SignAsync(AppFactory app, CircleSetup circle, Person member, int number)
    {
        using var scope = app.Services.CreateScope();
        var desk = scope.ServiceProvider.GetRequiredService<AgreementDesk>();
        var view = await OpenAsync(scope, circle, member);
        var version = await desk.VersionAsync(view, number);
        Assert.NotNull(version);
        var outcome = await desk.SignAsync(view, number, version.Document.Hash);
        Assert.True(outcome is SignOutcome.SignatureAdded or SignOutcome.Activated, $"Signing version {number} answered {outcome}");
    }

    public static async Task SetReviewDateAsync(AppFactory app, CircleSetup circle, int number, DateOnly reviewOn)
    {
        using var scope = app.Services.CreateScope();
        var view = await OpenAsync(scope, circle, circle[0]);
        Assert.True(await scope.ServiceProvider.GetRequiredService<AgreementDesk>().SetReviewDateAsync(view, number, reviewOn));
    }

    /// <summary>The version as the first member's view of it, straight from the desk.</summary>
    public static async Task<VersionView> VersionAsync(AppFactory app, CircleSetup circle, int number)
    {
        using var scope = app.Services.CreateScope();
        var view = await OpenAsync(scope, circle, circle[0]);
        var version = await scope.ServiceProvider.GetRequiredService<AgreementDesk>().VersionAsync(view, number);
        Assert.NotNull(version);
        return version;
    }

    private static ClauseInput Input(CircleSetup circle, CircleView view, TestClause clause)
    {
        var members = (clause.AppliesTo ?? []).Select(i => view.Members.Single(m => m.DisplayName == circle.DisplayNames[i]).MembershipId).ToList();
        return new ClauseInput(clause.Text, clause.Expectation, null, clause.Category, members, clause.Notes);
    }

    /// <summary>Not async itself: the scope must act as the person in the caller's flow too (see <see cref="SignedInScope"/>).</summary>
    private static Task<CircleView> OpenAsync(IServiceScope scope, CircleSetup circle, Person person) =>
        OpenCircleAsync(scope, circle, SignedInScope.ActAsAsync(scope, person.Username, person.Passphrase));

    private static async Task<CircleView> OpenCircleAsync(IServiceScope scope, CircleSetup circle, Task<Account> signingIn)
    {
        var account = await signingIn;
        var view = await scope.ServiceProvider.GetRequiredService<CircleAccess>().OpenAsync(circle.Circle, account.Id);
        Assert.NotNull(view);
        return view;
    }
}
