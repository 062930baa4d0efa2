using SamePage.Data;
using SamePage.Core.Stances;
using SamePage.Core.Security;
using SamePage.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace SamePage.Web.Tests.Circles;

/// <summary>The circle's home says what others did since this person last opened it, and nothing of what they wrote.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class SinceLastVisitTests(SharedApps apps)
{
    private AppFactory App => apps.For(DatabaseProvider.Sqlite);

    private static async Task<IReadOnlyList<string>> ChangesAsync(Person person, Guid circle) =>
        [.. (await person.GetAsync(Paths.Circle(circle))).FindAll("#since-last-visit li").Select(li => li.TextContent.Trim())];

    [Fact]
    public async Task A_partner_submitting_is_told_once_without_pronouns_and_my_own_doing_is_not()
    {
        using var circle = await CircleSetup.CreateAsync(App, "Ash", "Birch");
        var (ash, birch) = (circle[0], circle[1]);
        Assert.Empty(await ChangesAsync(ash, circle.Circle)); // a first visit has nothing to compare with
        Assert.Empty(await ChangesAsync(birch, circle.Circle));

        await birch.AnswerAllAsync(circle.Circle, 1, Stance.TellMe);
        Assert.Empty(await ChangesAsync(ash, circle.Circle)); // answering in private is nobody's news
        await birch.SubmitAsync(circle.Circle, 1);
        Assert.Equal(["Birch has submitted."], await ChangesAsync(ash, circle.Circle));
        Assert.Empty(await ChangesAsync(ash, circle.Circle)); // told once: it is no longer new

        await ash.AnswerAllAsync(circle.Circle, 1, Stance.Fine);
        await ash.SubmitAsync(circle.Circle, 1);
        Assert.Equal(["Everyone has submitted: the comparison is ready."], await ChangesAsync(ash, circle.Circle));
        Assert.Equal(["Ash has submitted.", "Everyone has submitted: the comparison is ready."], await ChangesAsync(birch, circle.Circle));

        using var cedar = await App.SignUpAsync();
        await cedar.JoinCircleAsync(circle.Circle, await ash.InviteAsync(circle.Circle), "Cedar");
        await ash.AddClauseAsync(circle.Circle, "We say when a friendship starts to feel close.", membersInCircle: 3);
        await ash.ProposeAsync(circle.Circle);
        Assert.Equal(["Cedar has joined the circle.", "Ash proposed version 1 of the agreement."], await ChangesAsync(birch, circle.Circle));
        Assert.Equal(["Cedar has joined the circle."], await ChangesAsync(ash, circle.Circle));
    }

    [Theory, Providers]
    public async Task What_a_member_last_saw_is_kept_sealed_and_only_rewritten_when_it_changed(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Ash", "Birch");
        await circle[0].GetAsync(Paths.Circle(circle.Circle));
        var first = await SeenAsync(app, circle.Circle);
        Assert.NotNull(first);
        Assert.True(Envelope.IsEnvelope(first)); // sealed, like everything personal

        await circle[0].GetAsync(Paths.Circle(circle.Circle));
        Assert.Equal(first, await SeenAsync(app, circle.Circle)); // nothing new: nothing written, so visits leave no trace

        await circle[1].AnswerAllAsync(circle.Circle, 1, Stance.Fine);
        await circle[1].SubmitAsync(circle.Circle, 1);
        await circle[0].GetAsync(Paths.Circle(circle.Circle));
        Assert.NotEqual(first, await SeenAsync(app, circle.Circle));
    }

    private static async Task<byte[]?> SeenAsync(AppFactory app, Guid circle)
    {
        await using var db = Databases.Open(app);
        return await db.Memberships.Where(m => m.CircleId == circle && m.Seat == 1).Select(m => m.SealedSeen).SingleAsync();
    }
}
