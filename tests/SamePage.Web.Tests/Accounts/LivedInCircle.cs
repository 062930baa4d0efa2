using System.Net;
using SamePage.Core.Concerns;
using SamePage.Core.Reflections;
using SamePage.Core.Stances;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Accounts;

/// <summary>The distinctive texts one person wrote in every place SamePage keeps writing.</summary>
public sealed record Sentinels(string Who)
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    public string PrivateJournal => $"{Who}'s private journal, née ✓ {_tag}";

    public string SharedJournal => $"{Who}'s shared journal {_tag}";

    public string Behaviour => $"{Who}'s own behaviour {_tag}";

    public string Appreciation => $"{Who}'s appreciation {_tag}";

    public string ConcernDraft => $"{Who}'s unshared concern draft {_tag}";

    public string ConcernShared => $"{Who}'s shared concern {_tag}";

    public string Reply => $"{Who}'s reply to a concern {_tag}";

    public string SelfCheckDoing => $"{Who}'s self-check, what I did {_tag}";

    public string SelfCheckWhy => $"{Who}'s self-check, why {_tag}";

    public string Clause => $"{Who}'s clause for us both {_tag}";

    /// <summary>What this person wrote that nobody else can read.</summary>
    public IReadOnlyList<string> Private => [PrivateJournal, ConcernDraft, SelfCheckDoing, SelfCheckWhy];

    public IReadOnlyList<string> All => [PrivateJournal, SharedJournal, Behaviour, Appreciation, ConcernDraft, ConcernShared, Reply, SelfCheckDoing, SelfCheckWhy, Clause];
}

/// <summary>
/// Two partners, Alder and Birch, who have used every part of SamePage: a revealed round, journals
/// (private and shared), behaviours of their own, an open round where Alder submitted and Birch only
/// has a draft, a signed agreement, a check-in, concerns each way with replies, unshared drafts, and
/// self-checks. Alder wrote the agreement's clause.
/// </summary>
public sealed class LivedInCircle : IDisposable
{
    /// <summary>The stance Birch has only in a draft of round 2, and nowhere else.</summary>
    public const Stance BirchDraftStance = Stance.TellMe;

    private LivedInCircle(CircleSetup circle) => Circle = circle;

    public CircleSetup Circle { get; }

    public Guid Id => Circle.Circle;

    public Person Alder => Circle[0];

    public Person Birch => Circle[1];

    public Sentinels A { get; } = new("Alder");

    public Sentinels B { get; } = new("Birch");

    public static async Task<LivedInCircle> CreateAsync(AppFactory app)
    {
        var lived = new LivedInCircle(await CircleSetup.CreateAsync(app, "Alder", "Birch"));
        var (a, b, id) = (lived.Alder, lived.Birch, lived.Id);

        await lived.Circle.RevealRoundAsync(1, Stance.Hurts, Stance.Fine);
        foreach (var (person, words) in new[] { (a, lived.A), (b, lived.B) })
        {
            await person.WriteJournalAsync(id, 1, (ReflectionPrompts.PastBetrayals, words.PrivateJournal), (ReflectionPrompts.FeelingSecure, words.SharedJournal));
            await person.ShareReflectionAsync(id, 1, ReflectionPrompts.FeelingSecure);
            Assert.Equal(HttpStatusCode.Redirect, (await person.AddBehaviourAsync(id, words.Behaviour, "online-and-technology", "Asked from round 2")).Status);
        }

        // Round 2: Alder submits; Birch has only a draft, with a stance found nowhere else.
        Assert.Equal(HttpStatusCode.Redirect, (await a.PostFormAsync(Paths.NewRound(id))).Status);
        await a.AnswerEverythingAsync(id, 2, _ => Stance.Betrayal);
        Assert.Equal(HttpStatusCode.Redirect, (await a.SubmitAsync(id, 2)).Status);
        var category = TestCatalogue.Categories[0].Id;
        await b.AnswerPageAsync(id, 2, category, TestCatalogue.Catalogue.InCategory(category).Select(x => (x.Id, BirchDraftStance.ToString())));

        await AgreementSetup.CreateSignedVersionAsync(app, lived.Circle, new TestClause(lived.A.Clause));
        await lived.Circle.CheckInTogetherAsync(
            [.. CheckInIntents.Scores(4), CheckInIntents.Appreciation(lived.A.Appreciation)],
            [.. CheckInIntents.Scores(5), CheckInIntents.Appreciation(lived.B.Appreciation)]);

        var fromAlder = await a.RaiseConcernAsync(id, lived.A.ConcernShared, [2]);
        var fromBirch = await b.RaiseConcernAsync(id, lived.B.ConcernShared, [1]);
        Assert.Equal(HttpStatusCode.Redirect, (await b.ReplyToConcernAsync(id, fromAlder, lived.B.Reply)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await a.ReplyToConcernAsync(id, fromBirch, lived.A.Reply)).Status);
        foreach (var (person, words) in new[] { (a, lived.A), (b, lived.B) })
        {
            await person.DraftConcernAsync(id, words.ConcernDraft);
            await person.SelfCheckAsync(id, SelfCheckReason.DidntRealise, words.SelfCheckDoing, words.SelfCheckWhy);
        }

        return lived;
    }

    public void Dispose() => Circle.Dispose();
}
