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
/// Arranges a circle's agreement (its draft and versions) through the app's own agreement desks, each
/// step as one member would do it in their own view of the circle, for tests of what is built on top
/// of the draft and the versions. The draft, propose and sign pages exercise the same desks over HTTP.
/// Members are named by their place in <see cref="CircleSetup.Members"/>; the first wrote the clauses
/// unless a step says otherwise.
/// </summary>
public static class AgreementSetup
{
    // ------------------------------------------------------------------ versions

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
    public static Task<int> ProposeAsync(AppFactory app, CircleSetup circle, params TestClause[] clauses) =>
        AsMemberAsync(app, circle, circle[0], async (view, desks) =>
        {
            foreach (var clause in clauses)
            {
                await desks.Drafts.AddAsync(view, Input(circle, view, clause));
            }

            var (outcome, number) = await desks.Signing.ProposeAsync(view, (await desks.Drafts.DraftAsync(view)).Revision);
            Assert.Equal(ProposeOutcome.Proposed, outcome);
            return number!.Value;
        });

    /// <summary>Adds a clause to the working draft without proposing it.</summary>
    public static Task AddToDraftAsync(AppFactory app, CircleSetup circle, TestClause clause) =>
        AsMemberAsync(app, circle, circle[0], (view, desks) => desks.Drafts.AddAsync(view, Input(circle, view, clause)));

    public static Task SignAsync(AppFactory app, CircleSetup circle, Person member, int number) =>
        AsMemberAsync(app, circle, member, async (view, desks) =>
        {
            var version = await desks.Versions.VersionAsync(view, number);
            Assert.NotNull(version);
            var outcome = await desks.Signing.SignAsync(view, number, version.Document.Hash);
            Assert.True(outcome is SignOutcome.SignatureAdded or SignOutcome.Activated, $"Signing version {number} answered {outcome}");
            return true;
        });

    public static Task SetReviewDateAsync(AppFactory app, CircleSetup circle, int number, DateOnly reviewOn) =>
        AsMemberAsync(app, circle, circle[0], async (view, desks) =>
        {
            Assert.True(await desks.Signing.SetReviewDateAsync(view, number, reviewOn));
            return true;
        });

    /// <summary>The version as the first member's view of it, straight from the desk.</summary>
    public static Task<VersionView> VersionAsync(AppFactory app, CircleSetup circle, int number) =>
        AsMemberAsync(app, circle, circle[0], async (view, desks) =>
        {
            var version = await desks.Versions.VersionAsync(view, number);
            Assert.NotNull(version);
            return version;
        });

    // ------------------------------------------------------------------ the draft, as one member

    /// <summary>Adds a clause to the draft; <paramref name="appliesTo"/> empty means everyone.</summary>
    public static Task<Guid> AddClauseAsync(this AppFactory app, CircleSetup circle, int member, string text,
        Expectation expectation = Expectation.TellMe, string notes = "", string? category = null, params int[] appliesTo) =>
        AsMemberAsync(app, circle, circle[member], async (view, desks) =>
        {
            var ids = appliesTo.Select(i => MembershipOf(view, circle, i)).ToList();
            return await desks.Drafts.AddAsync(view, new ClauseInput(text, expectation, null, category, ids, notes));
        });

    /// <summary>Changes a clause of the draft as it is now; the change must be saved.</summary>
    public static Task UpdateClauseAsync(this AppFactory app, CircleSetup circle, int member, Guid clauseId, Func<ClauseInput, ClauseInput> change) =>
        AsMemberAsync(app, circle, circle[member], async (view, desks) =>
        {
            var current = (await desks.Drafts.DraftAsync(view)).Find(clauseId) ?? throw new InvalidOperationException($"No clause {clauseId} in the draft.");
            var c = current.Clause;
            var (outcome, _) = await desks.Drafts.UpdateAsync(view, clauseId, current.Version, change(new ClauseInput(c.Text, c.Expectation, c.BehaviourId, c.CategoryId, c.AppliesTo, c.Notes)));
            Assert.Equal(ClauseChange.Saved, outcome);
            return true;
        });

    public static Task RemoveClauseAsync(this AppFactory app, CircleSetup circle, int member, Guid clauseId) =>
        AsMemberAsync(app, circle, circle[member], async (view, desks) =>
        {
            var current = (await desks.Drafts.DraftAsync(view)).Find(clauseId) ?? throw new InvalidOperationException($"No clause {clauseId} in the draft.");
            var (outcome, _) = await desks.Drafts.RemoveAsync(view, clauseId, current.Version);
            Assert.Equal(ClauseChange.Saved, outcome);
            return true;
        });

    /// <summary>Moves a clause one place up or down within its group.</summary>
    public static Task MoveClauseAsync(this AppFactory app, CircleSetup circle, int member, Guid clauseId, bool up) =>
        AsMemberAsync(app, circle, circle[member], async (view, desks) =>
        {
            Assert.True(await desks.Drafts.MoveAsync(view, clauseId, up), "The clause could not move.");
            return true;
        });

    /// <summary>Proposes the draft as it is now (a proposal is a version); returns the version's number.</summary>
    public static Task<int> ProposeDraftAsync(this AppFactory app, CircleSetup circle, int member) =>
        AsMemberAsync(app, circle, circle[member], async (view, desks) =>
        {
            var draft = await desks.Drafts.DraftAsync(view);
            var (outcome, number) = await desks.Signing.ProposeAsync(view, draft.Revision);
            Assert.Equal(ProposeOutcome.Proposed, outcome);
            return number!.Value;
        });

    /// <summary>The membership id of a member of the circle.</summary>
    public static Task<Guid> MembershipIdAsync(this AppFactory app, CircleSetup circle, int member) =>
        AsMemberAsync(app, circle, circle[member], (view, _) => Task.FromResult(view.Me.MembershipId));

    // ------------------------------------------------------------------ plumbing

    private sealed record Desks(AgreementDraftDesk Drafts, AgreementSigningDesk Signing, AgreementVersionDesk Versions);

    /// <summary>Acts as <paramref name="person"/> in a scope of their own, in their view of the circle.</summary>
    private static async Task<T> AsMemberAsync<T>(AppFactory app, CircleSetup circle, Person person, Func<CircleView, Desks, Task<T>> act)
    {
        using var scope = app.Services.CreateScope();
        var account = await SignedInScope.ActAsAsync(scope, person.Username, person.Passphrase);
        var services = scope.ServiceProvider;
        var view = await services.GetRequiredService<CircleAccess>().OpenAsync(circle.Circle, account.Id)
            ?? throw new InvalidOperationException($"{person.Username} is not in the circle.");
        var desks = new Desks(services.GetRequiredService<AgreementDraftDesk>(), services.GetRequiredService<AgreementSigningDesk>(), services.GetRequiredService<AgreementVersionDesk>());
        return await act(view, desks);
    }

    private static async Task AsMemberAsync(AppFactory app, CircleSetup circle, Person person, Func<CircleView, Desks, Task> act) =>
        await AsMemberAsync(app, circle, person, async (view, desks) =>
        {
            await act(view, desks);
            return true;
        });

    private static ClauseInput Input(CircleSetup circle, CircleView view, TestClause clause) =>
        new(clause.Text, clause.Expectation, null, clause.Category, [.. (clause.AppliesTo ?? []).Select(i => MembershipOf(view, circle, i))], clause.Notes);

    private static Guid MembershipOf(CircleView view, CircleSetup circle, int member) =>
        view.Members.Single(m => m.DisplayName == circle.DisplayNames[member]).MembershipId;
}
