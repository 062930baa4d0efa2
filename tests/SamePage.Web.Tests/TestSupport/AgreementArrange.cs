using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Agreements;
using SamePage.Data.Entities;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Tests.Common;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// Sets up an agreement's draft and versions through <see cref="AgreementDesk"/> itself, acting as one
/// member of a circle, for tests of pages that only read versions (the pages that write them have
/// their own tests). Members are named by their index in <see cref="CircleSetup.Members"/>.
/// </summary>
public static class AgreementArrange
{
    /// <summary>Adds a clause to the draft; <paramref name="appliesTo"/> empty means everyone.</summary>
    public static Task<Guid> AddClauseAsync(this AppFactory app, CircleSetup circle, int member, string text,
        Expectation expectation = Expectation.TellMe, string notes = "", string? category = null, params int[] appliesTo) =>
        AsMemberAsync(app, circle, member, async (view, desk) =>
        {
            var ids = appliesTo.Select(i => MembershipOf(view, circle, i)).ToList();
            return await desk.AddAsync(view, new ClauseInput(text, expectation, null, category, ids, notes));
        });

    /// <summary>Changes a clause of the draft as it is now; the change must be saved.</summary>
    public static Task UpdateClauseAsync(this AppFactory app, CircleSetup circle, int member, Guid clauseId, Func<ClauseInput, ClauseInput> change) =>
        AsMemberAsync(app, circle, member, async (view, desk) =>
        {
            var current = (await desk.DraftAsync(view.Id)).Find(clauseId) ?? throw new InvalidOperationException($"No clause {clauseId} in the draft.");
            var c = current.Clause;
            var (outcome, _) = await desk.UpdateAsync(view, clauseId, current.Version, change(new ClauseInput(c.Text, c.Expectation, c.BehaviourId, c.CategoryId, c.AppliesTo, c.Notes)));
            Assert.Equal(ClauseChange.Saved, outcome);
            return true;
        });

    public static Task RemoveClauseAsync(this AppFactory app, CircleSetup circle, int member, Guid clauseId) =>
        AsMemberAsync(app, circle, member, async (view, desk) =>
        {
            var current = (await desk.DraftAsync(view.Id)).Find(clauseId) ?? throw new InvalidOperationException($"No clause {clauseId} in the draft.");
            var (outcome, _) = await desk.RemoveAsync(view, clauseId, current.Version);
            Assert.Equal(ClauseChange.Saved, outcome);
            return true;
        });

    /// <summary>Moves a clause one place up or down within its group.</summary>
    public static Task MoveClauseAsync(this AppFactory app, CircleSetup circle, int member, Guid clauseId, bool up) =>
        AsMemberAsync(app, circle, member, async (view, desk) =>
        {
            Assert.True(await desk.MoveAsync(view, clauseId, up), "The clause could not move.");
            return true;
        });

    /// <summary>Proposes the draft as it is now (a proposal is a version); returns the version's number.</summary>
    public static Task<int> ProposeDraftAsync(this AppFactory app, CircleSetup circle, int member) =>
        AsMemberAsync(app, circle, member, async (view, desk) =>
        {
            var draft = await desk.DraftAsync(view.Id);
            var (outcome, number) = await desk.ProposeAsync(view, draft.Revision);
            Assert.Equal(ProposeOutcome.Proposed, outcome);
            return number!.Value;
        });

    /// <summary>The membership id of a member of the circle.</summary>
    public static Task<Guid> MembershipIdAsync(this AppFactory app, CircleSetup circle, int member) =>
        AsMemberAsync(app, circle, member, (view, _) => Task.FromResult(view.Me.MembershipId));

    private static async Task<T> AsMemberAsync<T>(AppFactory app, CircleSetup circle, int member, Func<CircleView, AgreementDesk, Task<T>> act)
    {
        var person = circle.Members[member];
        using var scope = app.Services.CreateScope();
        var account = await SignedInScope.ActAsAsync(scope, person.Username, person.Passphrase);
        var services = scope.ServiceProvider;
        var view = await services.GetRequiredService<CircleAccess>().OpenAsync(circle.Circle, account.Id)
            ?? throw new InvalidOperationException($"Member {member} is not in the circle.");
        return await act(view, services.GetRequiredService<AgreementDesk>());
    }

    private static Guid MembershipOf(CircleView view, CircleSetup circle, int member) =>
        view.Members.Single(m => m.DisplayName == circle.DisplayNames[member]).MembershipId;

}
