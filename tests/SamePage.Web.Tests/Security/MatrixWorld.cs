using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SamePage.Core.Concerns;
using SamePage.Core.Reflections;
using SamePage.Core.Stances;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// The world the matrix asks about, arranged over HTTP with the people's own intents: a circle of two
/// (a third member took part in its first round, then left; a newcomer joins at the end), a revealed
/// round and an open one the partner has not submitted, an active agreement, a revealed check-in and an open one, a concern shared
/// with the partner and private drafts, journals and self-checks; and a non-member with a circle of their own.
/// Every free text is a <see cref="Sentinels"/> text.
/// </summary>
public sealed partial class MatrixWorld : IDisposable
{
    public const int RevealedRound = 1;
    public const int OpenRound = 2;
    public const int ActiveVersion = 1;
    public const int RevealedCheckIn = 1;
    public const int OpenCheckIn = 2;

    private readonly Dictionary<Actor, Person> _people = [];

    private MatrixWorld()
    {
    }

    public Sentinels S { get; } = new();

    public Guid Circle { get; private set; }

    public Guid OtherCircle { get; private set; }

    public Guid Clause { get; private set; }

    /// <summary>The circle's own behaviour (its row id), asked in the revealed round, so it can no longer be taken back.</summary>
    public Guid CustomBehaviour { get; private set; }

    public Guid SharedConcern { get; private set; }

    public Guid DraftConcern { get; private set; }

    /// <summary>A draft the member may delete during the run.</summary>
    public Guid DisposableDraft { get; private set; }

    public Guid SelfCheck { get; private set; }

    /// <summary>A self-check the member may delete during the run.</summary>
    public Guid DisposableSelfCheck { get; private set; }

    /// <summary>The first category of the catalogue, and its first behaviour.</summary>
    public string Category { get; } = TestCatalogue.Categories[0].Id;

    public string Behaviour { get; } = TestCatalogue.Catalogue.InCategory(TestCatalogue.Categories[0].Id).First().Id;

    /// <summary>A behaviour of the first category that no clause is written for.</summary>
    public string UnwrittenBehaviour { get; } = TestCatalogue.Catalogue.InCategory(TestCatalogue.Categories[0].Id).Skip(1).First().Id;

    /// <summary>How the review page words "betrayal", the member's every answer in the open round (and nobody else's anywhere).</summary>
    public string BetrayalWords { get; private set; } = string.Empty;

    public Person this[Actor actor] => _people[actor];

    public string CirclePath => Paths.Circle(Circle);

    public string Resolve(string path) => path.Replace("{circle}", CirclePath, StringComparison.Ordinal);

    public static async Task<MatrixWorld> ArrangeAsync(AppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var world = new MatrixWorld();
        await world.ArrangeOnAsync(app);
        return world;
    }

    private async Task ArrangeOnAsync(AppFactory app)
    {
        _people[Actor.Anonymous] = app.NewPerson();
        var ash = _people[Actor.Member] = await app.SignUpAsync();
        Circle = await ash.CreateCircleAsync(S.CircleName, S.MemberName);
        var birch = _people[Actor.Partner] = await app.SignUpAsync();
        await birch.JoinCircleAsync(Circle, await ash.InviteAsync(Circle), S.PartnerName);
        var dara = _people[Actor.FormerMember] = await app.SignUpAsync();
        await dara.JoinCircleAsync(Circle, await ash.InviteAsync(Circle), "Dara");

        // The circle's own behaviour, asked from round 1.
        Expect302(await ash.AddBehaviourAsync(Circle, S.Behaviour, Category, S.BehaviourNote), "adding a behaviour");
        var behaviours = await ash.GetAsync(Paths.Behaviours(Circle));
        var remove = behaviours.Find("form[action*='handler=Remove']")?.GetAttribute("action") ?? string.Empty;
        CustomBehaviour = Guid.Parse(BehaviourId().Match(remove) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No remove form: {behaviours.Text}"));

        // Round 1, revealed to all three; then Dara leaves.
        foreach (var (person, stance) in new[] { (ash, Stance.Fine), (birch, Stance.TellMe), (dara, Stance.Fine) })
        {
            await person.AnswerEverythingAsync(Circle, RevealedRound, _ => stance);
            Expect302(await person.SubmitAsync(Circle, RevealedRound), "submitting round 1");
        }

        Assert.Equal(HttpStatusCode.OK, (await ash.GetAsync(Paths.Comparison(Circle, RevealedRound))).Status);
        Expect302(await dara.LeaveAsync(Circle), "leaving");

        // Journals of round 1: one answer shared, one private; the partner's own private one.
        Expect302(await ash.WriteJournalAsync(Circle, RevealedRound, (ReflectionPrompts.PastBetrayals, S.SharedReflection), (ReflectionPrompts.FeelingSecure, S.PrivateReflection)), "writing a journal");
        Expect302(await ash.ShareReflectionAsync(Circle, RevealedRound, ReflectionPrompts.PastBetrayals), "sharing a reflection");
        Expect302(await birch.WriteJournalAsync(Circle, RevealedRound, (ReflectionPrompts.PastBetrayals, S.PartnerReflection)), "writing a journal");

        // An active agreement with a review date, and a draft that has moved on (a clause from the comparison).
        Clause = await ash.AddClauseAsync(Circle, S.Clause);
        Expect302(await ash.ProposeAsync(Circle), "proposing");
        Expect302(await ash.SignAsync(Circle, ActiveVersion), "signing");
        Expect302(await birch.SignAsync(Circle, ActiveVersion), "signing");
        var reviewOn = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Expect302(await ash.PostFormAsync($"{Paths.Version(Circle, ActiveVersion)}?handler=Review", ("reviewOn", reviewOn)), "setting a review date");
        Expect302(await ash.PostFormAsync(Paths.Suggestion(Circle, RevealedRound, Behaviour), AgreementIntents.ClauseFields(S.SuggestedClause)), "writing a clause from the comparison");

        // Check-in 1 revealed; check-in 2 submitted by the member only.
        Assert.Equal(RevealedCheckIn, await ash.StartCheckInAsync(Circle));
        await ash.CheckInAsync(Circle, RevealedCheckIn, [.. CheckInIntents.Scores(5), CheckInIntents.Appreciation(S.CheckIn)]);
        await birch.CheckInAsync(Circle, RevealedCheckIn, [.. CheckInIntents.Scores(4), CheckInIntents.Appreciation(S.PartnerCheckIn)]);
        Assert.Equal(OpenCheckIn, await ash.StartCheckInAsync(Circle));
        await ash.CheckInAsync(Circle, OpenCheckIn, [.. CheckInIntents.Scores(3), CheckInIntents.Appreciation(S.OpenCheckIn), CheckInIntents.Topics(S.OpenCheckInTopics)]);

        // A concern shared with the partner (who replied), and two private drafts.
        SharedConcern = await ash.RaiseConcernAsync(Circle, S.Concern, [2], felt: S.ConcernFelt);
        Expect302(await birch.ReplyToConcernAsync(Circle, SharedConcern, S.Reply), "replying");
        DraftConcern = await ash.DraftConcernAsync(Circle, S.DraftConcern);
        DisposableDraft = await ash.DraftConcernAsync(Circle, S.DisposableDraft);

        SelfCheck = await ash.SelfCheckAsync(Circle, SelfCheckReason.DidntRealise, S.SelfCheckDoing, S.SelfCheckWhy);
        DisposableSelfCheck = await ash.SelfCheckAsync(Circle, SelfCheckReason.DidntRealise, S.DisposableSelfCheck);

        // Round 2: a behaviour the partner has never answered; the member answers "betrayal" to
        // everything, guesses about the partner, submits and writes in their journal. The partner does nothing.
        Expect302(await ash.PostFormAsync(Paths.NewRound(Circle)), "starting round 2");
        Expect302(await ash.AddBehaviourAsync(Circle, S.NewBehaviour, Category), "adding a behaviour");
        await ash.AnswerEverythingAsync(Circle, OpenRound, _ => Stance.Betrayal);
        Expect302(await ash.AnswerWithGuessesAsync(Circle, OpenRound, Category, [(Behaviour, Stance.Betrayal)], [(Behaviour, 2, nameof(Stance.Betrayal))]), "guessing");
        Expect302(await ash.SubmitAsync(Circle, OpenRound), "submitting round 2");
        Expect302(await ash.WriteJournalAsync(Circle, OpenRound, (ReflectionPrompts.PastBetrayals, S.OpenRoundJournal)), "writing a journal");
        var review = await ash.GetAsync(Paths.Review(Circle, OpenRound));
        BetrayalWords = review.Find("dl.card dd")?.TextContent.Trim() ?? throw new InvalidOperationException($"No answers on the review page: {review.Text}");

        // Someone joins now: after round 1 and check-in 1 were revealed, and the concern shared.
        var elm = _people[Actor.Newcomer] = await app.SignUpAsync();
        await elm.JoinCircleAsync(Circle, await ash.InviteAsync(Circle), "Elm");

        var cedar = _people[Actor.NonMember] = await app.SignUpAsync();
        OtherCircle = await cedar.CreateCircleAsync(S.OtherCircleName, S.OtherName);
    }

    private static void Expect302(WebPage page, string what) =>
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Arranging the world, {what} answered {page}: {page.Text}");

    public void Dispose()
    {
        foreach (var person in _people.Values)
        {
            person.Dispose();
        }
    }

    [GeneratedRegex("behaviour=([0-9a-fA-F-]{36})")]
    private static partial Regex BehaviourId();
}
