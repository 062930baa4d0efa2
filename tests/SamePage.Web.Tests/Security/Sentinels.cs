namespace SamePage.Web.Tests.Security;

/// <summary>
/// A distinctive text for every free text someone in the matrix world writes (letters and digits only,
/// so no encoding can disguise it), grouped by who may ever read it.
/// </summary>
public sealed class Sentinels
{
    private readonly string _token = Guid.NewGuid().ToString("N")[..10];

    public Sentinels()
    {
        CircleName = Make("CircleName");
        MemberName = Make("AshName");
        PartnerName = Make("BirchName");
        Behaviour = Make("Behaviour");
        BehaviourNote = Make("BehaviourNote");
        NewBehaviour = Make("NewBehaviour");
        Clause = Make("Clause");
        SuggestedClause = Make("SuggestedClause");
        CheckIn = Make("CheckInAsh");
        PartnerCheckIn = Make("CheckInBirch");
        Concern = Make("Concern");
        ConcernFelt = Make("ConcernFelt");
        Reply = Make("Reply");
        SharedReflection = Make("SharedReflection");

        PrivateReflection = Make("PrivateReflection");
        OpenRoundJournal = Make("OpenRoundJournal");
        DraftConcern = Make("DraftConcern");
        DisposableDraft = Make("DisposableDraft");
        SelfCheckDoing = Make("SelfCheckDoing");
        SelfCheckWhy = Make("SelfCheckWhy");
        DisposableSelfCheck = Make("DisposableSelfCheck");
        OpenCheckIn = Make("OpenCheckIn");
        OpenCheckInTopics = Make("OpenCheckInTopics");

        PartnerReflection = Make("BirchReflection");

        OtherCircleName = Make("CedarCircle");
        OtherName = Make("CedarName");
    }

    // ------------------------------------------------------------ the circle's: both members, nobody else
    public string CircleName { get; }

    public string MemberName { get; }

    public string PartnerName { get; }

    public string Behaviour { get; }

    public string BehaviourNote { get; }

    /// <summary>A behaviour added to the open round.</summary>
    public string NewBehaviour { get; }

    public string Clause { get; }

    /// <summary>A clause written from the comparison's suggestion.</summary>
    public string SuggestedClause { get; }

    /// <summary>The member's appreciation in the revealed check-in.</summary>
    public string CheckIn { get; }

    public string PartnerCheckIn { get; }

    public string Concern { get; }

    public string ConcernFelt { get; }

    public string Reply { get; }

    /// <summary>The member's journal answer shared after the reveal.</summary>
    public string SharedReflection { get; }

    // ------------------------------------------------------------ the member's alone
    public string PrivateReflection { get; }

    public string OpenRoundJournal { get; }

    public string DraftConcern { get; }

    public string DisposableDraft { get; }

    public string SelfCheckDoing { get; }

    public string SelfCheckWhy { get; }

    public string DisposableSelfCheck { get; }

    /// <summary>The member's appreciation in the check-in the partner has not submitted yet.</summary>
    public string OpenCheckIn { get; }

    public string OpenCheckInTopics { get; }

    // ------------------------------------------------------------ the partner's alone
    public string PartnerReflection { get; }

    // ------------------------------------------------------------ the non-member's own circle
    public string OtherCircleName { get; }

    public string OtherName { get; }

    public IReadOnlyList<string> Circle =>
        [CircleName, MemberName, PartnerName, Behaviour, BehaviourNote, NewBehaviour, Clause, SuggestedClause, CheckIn, PartnerCheckIn, Concern, ConcernFelt, Reply, SharedReflection];

    /// <summary>The circle's texts a newcomer never reads: the check-in and reflections revealed before they came, the concern not shared with them.</summary>
    public IReadOnlyList<string> BeforeNewcomer => [CheckIn, PartnerCheckIn, SharedReflection, Concern, ConcernFelt, Reply];

    public IReadOnlyList<string> MemberOnly =>
        [PrivateReflection, OpenRoundJournal, DraftConcern, DisposableDraft, SelfCheckDoing, SelfCheckWhy, DisposableSelfCheck, OpenCheckIn, OpenCheckInTopics];

    public IReadOnlyList<string> PartnerOnly => [PartnerReflection];

    public IReadOnlyList<string> OtherCircle => [OtherCircleName, OtherName];

    /// <summary>What must never appear in anything this actor receives.</summary>
    public IReadOnlyList<string> ForbiddenFor(Actor actor) => actor switch
    {
        Actor.Member => [.. PartnerOnly, .. OtherCircle],
        Actor.Partner => [.. MemberOnly, .. OtherCircle],
        Actor.NonMember => [.. Circle, .. MemberOnly, .. PartnerOnly],
        Actor.Newcomer => [.. BeforeNewcomer, .. MemberOnly, .. PartnerOnly, .. OtherCircle],
        _ => [.. Circle, .. MemberOnly, .. PartnerOnly, .. OtherCircle],
    };

    private string Make(string what) => $"zq{what}{_token}";
}
