using System.Globalization;
using System.Net;
using static SamePage.Web.Tests.Security.Expect;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// Who may do what, for every route of the app: one line per operation (a method on a route pattern,
/// with the page handler it selects) and place in the <see cref="MatrixWorld"/>. The test fails when the
/// app answers an operation that has no line here, or a line names one the app no longer has.
///
/// Kinds of route, and what each actor gets by default:
/// - Public: anyone; nobody's content.
/// - SignedIn: anonymous is sent to sign in; every account gets its own page.
/// - Circle: anonymous is sent to sign in; the non-member and the former member get 404, as for a
///   circle that does not exist; the two members get what the line says.
/// - Involved: as Circle, for a concern: only its author and the people it was shared with (the
///   partner, not the newcomer) know it exists.
/// - Own: as Circle, but the thing belongs to the member alone (a private draft, a self-check):
///   the partner and the newcomer get the same 404 as everyone else.
/// In a circle route the newcomer gets what the partner gets, except for what was revealed before
/// they joined (round 1: sent to the circle's home).
/// Forms posted are harmless for those allowed (a form with a problem, a stale version, a no-op).
/// </summary>
public static class AuthorizationMatrix
{
    // ------------------------------------------------------------------ places in the world
    private static readonly Place AStatus = new("status 404", _ => V(("code", "404")));
    private static readonly Place InCircle = new("the circle", w => V(("id", w.Circle)));
    private static readonly Place Revealed = new("round 1, revealed", w => V(("id", w.Circle), ("number", MatrixWorld.RevealedRound)));
    private static readonly Place Open = new("round 2, open", w => V(("id", w.Circle), ("number", MatrixWorld.OpenRound)));
    private static readonly Place OpenCategory = new("round 2, open, first category", w => V(("id", w.Circle), ("number", MatrixWorld.OpenRound), ("category", w.Category)));
    private static readonly Place RevealedCategory = new("round 1, revealed, first category", w => V(("id", w.Circle), ("number", MatrixWorld.RevealedRound), ("category", w.Category)));
    private static readonly Place RevealedBehaviour = new("round 1, revealed, a behaviour with no clause yet", w => V(("id", w.Circle), ("round", MatrixWorld.RevealedRound), ("behaviour", w.UnwrittenBehaviour)));
    private static readonly Place OpenBehaviour = new("round 2, open, a behaviour", w => V(("id", w.Circle), ("round", MatrixWorld.OpenRound), ("behaviour", w.UnwrittenBehaviour)));
    private static readonly Place AClause = new("a clause of the draft", w => V(("id", w.Circle), ("clauseId", w.Clause)));
    private static readonly Place Version = new("version 1, active", w => V(("id", w.Circle), ("number", MatrixWorld.ActiveVersion)));
    private static readonly Place RevealedCheckIn = new("check-in 1, revealed", w => V(("id", w.Circle), ("number", MatrixWorld.RevealedCheckIn)));
    private static readonly Place OpenCheckIn = new("check-in 2, open", w => V(("id", w.Circle), ("number", MatrixWorld.OpenCheckIn)));
    private static readonly Place SharedConcern = new("the concern shared with the partner", w => V(("id", w.Circle), ("concernId", w.SharedConcern)));
    private static readonly Place DraftConcern = new("the member's private draft", w => V(("id", w.Circle), ("concernId", w.DraftConcern)));
    private static readonly Place DisposableDraft = new("another private draft", w => V(("id", w.Circle), ("concernId", w.DisposableDraft)));
    private static readonly Place SelfCheck = new("the member's self-check", w => V(("id", w.Circle), ("selfCheckId", w.SelfCheck)));
    private static readonly Place DisposableSelfCheck = new("another self-check", w => V(("id", w.Circle), ("selfCheckId", w.DisposableSelfCheck)));

    private static Place Export(string format) => new($"version 1 as {format}", w => V(("id", w.Circle), ("number", MatrixWorld.ActiveVersion), ("format", format)));

    // ------------------------------------------------------------------ the matrix
    public static IReadOnlyList<Rule> Rules { get; } =
    [
        // Public pages: the same for everyone, and nobody's content in them.
        Public(Get("/"), anonymous: Ok, signedIn: To("/circles")),
        Public(Get("/Index"), anonymous: Ok, signedIn: To("/circles")),
        Public(Get("/signin"), anonymous: Ok, signedIn: To("/circles")),
        Public(Post("/signin"), anonymous: Ok, signedIn: Ok) with { Form = _ => [("Username", ""), ("Passphrase", "")] },
        Public(Get("/signup"), anonymous: Ok, signedIn: To("/circles")),
        Public(Post("/signup"), anonymous: Ok, signedIn: Ok) with { Form = _ => [("Username", ""), ("Passphrase", "")] },
        Public(Get("/signout"), anonymous: Ok, signedIn: Ok),
        Public(Post("/signout"), anonymous: To("/signout"), signedIn: To("/signout")) with { SignsOut = true },
        // The quick exit's beacon: a sign-out with nothing to show.
        Public(Post("/signout", "Quick"), anonymous: Status(HttpStatusCode.NoContent), signedIn: Status(HttpStatusCode.NoContent)) with { SignsOut = true },
        Public(Get("/manifest.webmanifest"), anonymous: Ok, signedIn: Ok),
        Public(Get("/notes.webmanifest"), anonymous: Ok, signedIn: Ok),
        Public(Get("/recover"), anonymous: Ok, signedIn: Ok),
        Public(Post("/recover"), anonymous: Ok, signedIn: Ok) with { Form = _ => [("Username", ""), ("Code", ""), ("NewPassphrase", "")] },
        Public(Get("/help"), anonymous: Ok, signedIn: Ok),
        // The language picker: anyone; a language SamePage doesn't speak is the form again, nothing kept (the real choice has its own tests).
        Public(Get("/language"), anonymous: Ok, signedIn: Ok),
        Public(Post("/language"), anonymous: Ok, signedIn: Ok) with { Form = _ => [("Language", "xx"), ("ReturnTo", "/circles")] },
        Public(Get("/resources"), anonymous: Ok, signedIn: Ok),
        Public(Get("/safety-check"), anonymous: Ok, signedIn: Ok),
        Public(Post("/safety-check"), anonymous: Ok, signedIn: Ok),
        Public(Get("/status/{code:int}"), anonymous: Ok, signedIn: Ok, AStatus),
        Public(Post("/status/{code:int}"), anonymous: Ok, signedIn: Ok, AStatus),
        Public(Get("/health"), anonymous: Ok, signedIn: Ok),
        Public(Get("/health/live"), anonymous: Ok, signedIn: Ok),
        Public(Get("/health/ready"), anonymous: Ok, signedIn: Ok),
        // The page the exception handler shows says "500" by design; it is the only 500 in the matrix.
        Public(Get("/error"), anonymous: Status(HttpStatusCode.InternalServerError), signedIn: Status(HttpStatusCode.InternalServerError)),
        Public(Post("/error"), anonymous: Status(HttpStatusCode.InternalServerError), signedIn: Status(HttpStatusCode.InternalServerError)),

        // A sounding-board link: anyone holding its code, no account; an ended or unknown one is the same kind page for everyone.
        Public(Get("/s"), anonymous: Ok, signedIn: Ok),
        Public(Post("/s"), anonymous: Ok, signedIn: Ok) with { Form = _ => [("Action", "open"), ("code", "ABCDE-FGHJK-MNPQR-STVWX-YZ012")] },

        // Signed in: a person's own account and circles.
        // Sounding-board links are the account's own; a link id that isn't theirs ends nothing.
        SignedIn(Get("/account/sounding-board"), Ok),
        SignedIn(Post("/account/sounding-board", "Revoke"), To("/account/sounding-board?revoked=true")) with { Form = _ => [("link", Guid.NewGuid().ToString())] },
        SignedIn(Get("/account/sounding-board/new"), Ok),
        SignedIn(Post("/account/sounding-board/new"), Ok) with { Form = _ => [("Label", "Nothing chosen"), ("Hours", "72"), ("Opens", "5")] },
        SignedIn(Get("/account"), Ok),
        SignedIn(Post("/account", "Discreet"), To("/account?saved=true")) with { Form = _ => [("on", "false")] },
        SignedIn(Get("/account/passphrase"), Ok),
        // A recovery code that isn't the account's: nothing shown again, nothing downloaded (the real one has its own tests).
        SignedIn(Get("/recovery-code"), To("/circles")),
        SignedIn(Post("/recovery-code"), To("/circles")) with { Form = _ => [("code", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")] },
        SignedIn(Post("/recovery-code", "Download"), To("/circles")) with { Form = _ => [("code", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")] },
        SignedIn(Get("/account/time-zone"), Ok),
        SignedIn(Post("/account/time-zone"), Ok) with { Form = NoSuchZone },
        SignedIn(Post("/account/time-zone", "Guess"), Status(HttpStatusCode.BadRequest)) with { Form = NoSuchZone },
        SignedIn(Get("/account/export"), Ok),
        // A wrong passphrase: the form again, nothing downloaded or deleted (the real thing has its own tests).
        SignedIn(Post("/account/export"), Ok) with { Form = _ => [("passphrase", "not the passphrase")] },
        SignedIn(Get("/account/delete"), Ok),
        SignedIn(Post("/account/delete"), Ok) with { Form = _ => [("passphrase", "not the passphrase")] },
        Public(Get("/goodbye"), anonymous: Ok, signedIn: Ok),
        // A wrong current passphrase: the form again, nothing changed (a real change has its own tests).
        SignedIn(Post("/account/passphrase"), Ok) with { Form = _ => [("Current", "not the passphrase"), ("NewPassphrase", "")] },
        SignedIn(Get("/account/notifications"), Ok),
        // A subscription that is not one (no push service, no keys): refused, nothing stored.
        SignedIn(Post("/account/notifications", "Subscribe"), Status(HttpStatusCode.BadRequest)) with { Form = _ => [("endpoint", "https://example.com/not-a-push-service"), ("p256dh", ""), ("auth", "")] },
        SignedIn(Post("/account/notifications", "Off"), To("/account/notifications?changed=off")),
        SignedIn(Post("/account/notifications", "OffEverywhere"), To("/account/notifications?changed=everywhere")),
        // Sessions: only the person's own, and ending any asks for the passphrase.
        SignedIn(Get("/account/sessions"), Ok),
        SignedIn(Post("/account/sessions", "End"), Ok) with { Form = _ => [("which", "others"), ("passphrase", "not the passphrase")] },
        SignedIn(Get("/circles"), Ok).Seeing(Actor.Member, s => s.CircleName).Seeing(Actor.NonMember, s => s.OtherCircleName),
        SignedIn(Get("/circles/new"), Ok),
        SignedIn(Post("/circles/new"), Ok) with { Form = _ => [("Name", ""), ("DisplayName", "")] },
        SignedIn(Get("/join"), Ok),
        // The demo with a sample partner: any account may start its own one (one at a time; the rest is in Demo/DemoTests).
        SignedIn(Get("/circles/demo"), Ok),
        SignedIn(Post("/circles/demo"), To("/circles/")),
        SignedIn(Post("/join"), Ok) with { Form = _ => [("Code", ""), ("DisplayName", "")] },

        // The circle.
        Circle(Get("/circles/{id:guid}"), InCircle, member: Ok, partner: Ok).Seeing(Actor.Member, s => s.PartnerName).Seeing(Actor.Partner, s => s.CircleName).Seeing(Actor.Newcomer, s => s.MemberName),
        Circle(Post("/circles/{id:guid}", "NewRound"), InCircle, member: To("{circle}/rounds/2/answer"), partner: To("{circle}/rounds/2/answer")),
        // The pulse a waiting page asks for: a content-free stamp, for members only.
        Circle(Get("/circles/{id:guid}/pulse"), InCircle, member: Ok, partner: Ok),
        Circle(Get("/circles/{id:guid}/invite"), InCircle, member: Ok, partner: Ok),
        Circle(Post("/circles/{id:guid}/invite"), InCircle, member: Ok, partner: Ok),
        // Withdrawing an invite: for the circle's members only; an invite that is not open (here, none) withdraws nothing.
        Circle(Post("/circles/{id:guid}/invite", "Revoke"), InCircle, member: Ok, partner: Ok) with { Form = _ => [("invite", Guid.Empty.ToString())] },
        Circle(Get("/circles/{id:guid}/parting"), InCircle, member: Ok, partner: Ok),
        // A real circle has no demo page, no sample partner's turn and nothing a demo's delete could delete.
        Circle(Get("/circles/{id:guid}/demo"), InCircle, member: NotFound, partner: NotFound),
        Circle(Post("/circles/{id:guid}/demo", "Turn"), InCircle, member: NotFound, partner: NotFound) with { Form = _ => [("turn", "AnswerRound")] },
        Circle(Post("/circles/{id:guid}/demo", "Delete"), InCircle, member: NotFound, partner: NotFound),
        Circle(Get("/circles/{id:guid}/leave"), InCircle, member: Ok, partner: Ok),
        Circle(Post("/circles/{id:guid}/leave"), InCircle, member: To("/circles?left=1"), partner: To("/circles?left=1")) with { RunsLast = true },
        Circle(Get("/circles/{id:guid}/behaviours"), InCircle, member: Ok, partner: Ok).Seeing(Actor.Partner, s => s.Behaviour),
        Circle(Post("/circles/{id:guid}/behaviours"), InCircle, member: Ok, partner: Ok) with { Form = _ => [("Label", ""), ("Category", "")] },
        Circle(Post("/circles/{id:guid}/behaviours", "Remove"), InCircle, member: Ok, partner: Ok) with { Form = w => [("behaviour", w.CustomBehaviour.ToString())] },

        // Rounds: after the reveal, for both members; before it, each member has only their own answers.
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/answer/{category?}"), Revealed, member: To("{circle}/rounds/1/comparison"), partner: To("{circle}/rounds/1/comparison"), newcomer: Exactly("{circle}")),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/answer/{category?}"), OpenCategory, member: To("{circle}/rounds/2/review"), partner: Ok),
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/answer/{category?}"), RevealedCategory, member: To("{circle}/rounds/1/comparison"), partner: To("{circle}/rounds/1/comparison"), newcomer: Exactly("{circle}")) with { Form = SaveNothing },
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/answer/{category?}"), OpenCategory, member: To("{circle}/rounds/2/review"), partner: To("{circle}/rounds/2/answer/")) with { Form = SaveNothing },
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/answer/{category?}", "Autosave"), RevealedCategory, member: Status(HttpStatusCode.Conflict), partner: Status(HttpStatusCode.Conflict)),
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/answer/{category?}", "Autosave"), OpenCategory, member: Status(HttpStatusCode.Conflict), partner: Ok),
        // "How I connect" (issue 15): the questionnaire's optional last page, with the same rules.
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/answer/how-i-connect"), Revealed, member: To("{circle}/rounds/1/comparison"), partner: To("{circle}/rounds/1/comparison"), newcomer: Exactly("{circle}")),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/answer/how-i-connect"), Open, member: To("{circle}/rounds/2/review"), partner: Ok),
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/answer/how-i-connect"), Revealed, member: To("{circle}/rounds/1/comparison"), partner: To("{circle}/rounds/1/comparison"), newcomer: Exactly("{circle}")) with { Form = SaveNothing },
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/answer/how-i-connect"), Open, member: To("{circle}/rounds/2/review"), partner: To("{circle}/rounds/2/answer/how-i-connect?saved=true")) with { Form = SaveNothing },
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/answer/how-i-connect", "Autosave"), Revealed, member: Status(HttpStatusCode.Conflict), partner: Status(HttpStatusCode.Conflict)),
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/answer/how-i-connect", "Autosave"), Open, member: Status(HttpStatusCode.Conflict), partner: Ok),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/review"), Revealed, member: To("{circle}/rounds/1/comparison"), partner: To("{circle}/rounds/1/comparison"), newcomer: Exactly("{circle}")),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/review"), Open, member: Ok, partner: Ok),
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/review", "Submit"), Revealed, member: To("{circle}/rounds/1/comparison"), partner: To("{circle}/rounds/1/comparison"), newcomer: Exactly("{circle}")),
        // The partner has not answered the behaviour added in round 2, so their submit is refused as incomplete.
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/review", "Submit"), Open, member: To("{circle}/rounds/2/review?notice=AlreadySubmitted"), partner: To("{circle}/rounds/2/review?notice=Incomplete")),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/comparison"), Revealed, member: Ok, partner: Ok, newcomer: Exactly("{circle}")).Seeing(Actor.Partner, s => s.Behaviour),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/comparison"), Open, member: To("{circle}/rounds/2/review"), partner: To("{circle}/rounds/2/review")),
        // Talk it through: like the comparison; "we talked about this" with no difference named marks nothing.
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/talk"), Revealed, member: Ok, partner: Ok, newcomer: Exactly("{circle}")),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/talk"), Open, member: To("{circle}/rounds/2/review"), partner: To("{circle}/rounds/2/review")),
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/talk"), Revealed, member: Exactly("{circle}/rounds/1/talk"), partner: Exactly("{circle}/rounds/1/talk"), newcomer: Exactly("{circle}")),
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/talk"), Open, member: To("{circle}/rounds/2/review"), partner: To("{circle}/rounds/2/review")),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/blind-spots"), Revealed, member: Ok, partner: Ok, newcomer: Exactly("{circle}")),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/blind-spots"), Open, member: To("{circle}/rounds/2/review"), partner: To("{circle}/rounds/2/review")),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/changes"), Revealed, member: Ok, partner: Ok, newcomer: Exactly("{circle}")),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/changes"), Open, member: To("{circle}/rounds/2/review"), partner: To("{circle}/rounds/2/review")),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/reflections"), Revealed, member: Ok, partner: Ok, newcomer: Exactly("{circle}")).Seeing(Actor.Partner, s => s.SharedReflection),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/reflections"), Open, member: To("{circle}/rounds/2/review"), partner: To("{circle}/rounds/2/review")),
        // The journal's address names no member: each member only ever gets their own.
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/journal"), Revealed, member: Ok, partner: Ok, newcomer: Exactly("{circle}")).Seeing(Actor.Member, s => s.PrivateReflection).Seeing(Actor.Partner, s => s.PartnerReflection),
        Circle(Get("/circles/{id:guid}/rounds/{number:int}/journal"), Open, member: Ok, partner: Ok).Seeing(Actor.Member, s => s.OpenRoundJournal),
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/journal"), Revealed, member: To("{circle}/rounds/1/journal?saved=true"), partner: To("{circle}/rounds/1/journal?saved=true"), newcomer: Exactly("{circle}")),
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/journal"), Open, member: To("{circle}/rounds/2/journal?saved=true"), partner: To("{circle}/rounds/2/journal?saved=true")),
        // Autosave of the journal's texts: the same save, answered in JSON; someone not in the round is turned away.
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/journal", "Autosave"), Revealed, member: Ok, partner: Ok, newcomer: Status(HttpStatusCode.Conflict)),
        Circle(Post("/circles/{id:guid}/rounds/{number:int}/journal", "Autosave"), Open, member: Ok, partner: Ok),

        // The agreement: the draft and every version are the whole circle's.
        Circle(Get("/circles/{id:guid}/agreement"), InCircle, member: Ok, partner: Ok).Seeing(Actor.Partner, s => s.Clause).Seeing(Actor.Newcomer, s => s.Clause),
        Circle(Post("/circles/{id:guid}/agreement"), InCircle, member: Ok, partner: Ok) with { Form = _ => [("Form.Text", "")] },
        // A clause suggested from a comparison: the form only, for those who took part in the round; nothing is written until it is saved.
        Circle(Get("/circles/{id:guid}/agreement/clauses/new/{round:int}/{behaviour}"), RevealedBehaviour, member: Ok, partner: Ok, newcomer: Exactly("{circle}/agreement")),
        Circle(Get("/circles/{id:guid}/agreement/clauses/new/{round:int}/{behaviour}"), OpenBehaviour, member: Exactly("{circle}/agreement"), partner: Exactly("{circle}/agreement")),
        Circle(Post("/circles/{id:guid}/agreement/clauses/new/{round:int}/{behaviour}"), RevealedBehaviour, member: Ok, partner: Ok, newcomer: Exactly("{circle}/agreement")) with { Form = _ => [("Form.Text", "")] },
        Circle(Post("/circles/{id:guid}/agreement/clauses/new/{round:int}/{behaviour}"), OpenBehaviour, member: Exactly("{circle}/agreement"), partner: Exactly("{circle}/agreement")) with { Form = _ => [("Form.Text", "")] },
        Circle(Post("/circles/{id:guid}/agreement", "Move"), InCircle, member: To("{circle}/agreement"), partner: To("{circle}/agreement")) with { Form = w => [("clause", w.Clause.ToString()), ("up", "true")] },
        Circle(Post("/circles/{id:guid}/agreement", "Propose"), InCircle, member: To("{circle}/agreement?notice="), partner: To("{circle}/agreement?notice=")) with { Form = _ => [("revision", "-1")] },
        Circle(Post("/circles/{id:guid}/agreement", "StartReview"), InCircle, member: To("{circle}/agreement?notice=review"), partner: To("{circle}/agreement?notice=review")),
        Circle(Get("/circles/{id:guid}/agreement/clauses/{clauseId:guid}"), AClause, member: Ok, partner: Ok).Seeing(Actor.Member, s => s.Clause),
        Circle(Post("/circles/{id:guid}/agreement/clauses/{clauseId:guid}"), AClause, member: Ok, partner: Ok) with { Form = _ => [("Version", "-1"), ("Form.Text", "")] },
        Circle(Post("/circles/{id:guid}/agreement/clauses/{clauseId:guid}", "Remove"), AClause, member: Ok, partner: Ok) with { Form = _ => [("Version", "-1")] },
        Circle(Get("/circles/{id:guid}/agreement/compare"), InCircle, member: Ok, partner: Ok),
        Circle(Get("/circles/{id:guid}/agreement/versions"), InCircle, member: Ok, partner: Ok),
        Circle(Get("/circles/{id:guid}/agreement/versions/{number:int}"), Version, member: Ok, partner: Ok).Seeing(Actor.Partner, s => s.Clause),
        Circle(Post("/circles/{id:guid}/agreement/versions/{number:int}", "Sign"), Version, member: Ok, partner: Ok) with { Form = _ => [("hash", ""), ("passphrase", "")] },
        Circle(Post("/circles/{id:guid}/agreement/versions/{number:int}", "Review"), Version, member: Ok, partner: Ok) with { Form = _ => [("reviewOn", "")] },
        Circle(Get("/circles/{id:guid}/agreement/versions/{number:int}/print"), Version, member: Ok, partner: Ok).Seeing(Actor.Partner, s => s.Clause),
        Circle(Get("/circles/{id:guid}/agreement/versions/{number:int}/export/{format}"), Export("md"), member: Ok, partner: Ok).Seeing(Actor.Partner, s => s.Clause),
        Circle(Get("/circles/{id:guid}/agreement/versions/{number:int}/export/{format}"), Export("pdf"), member: Ok, partner: Ok),
        Circle(Get("/circles/{id:guid}/agreement/versions/{number:int}/export/{format}"), Export("ics"), member: Ok, partner: Ok),

        // Check-ins: like rounds, sealed until everyone has submitted.
        Circle(Get("/circles/{id:guid}/check-ins"), InCircle, member: Ok, partner: Ok),
        Circle(Post("/circles/{id:guid}/check-ins", "Start"), InCircle, member: To("{circle}/check-ins/2"), partner: To("{circle}/check-ins/2")),
        Circle(Post("/circles/{id:guid}/check-ins", "Cadence"), InCircle, member: Ok, partner: Ok) with { Form = _ => [("Cadence", "")] },
        Circle(Get("/circles/{id:guid}/check-ins/{number:int}"), RevealedCheckIn, member: Ok, partner: Ok).Seeing(Actor.Partner, s => s.CheckIn).Seeing(Actor.Member, s => s.PartnerCheckIn),
        Circle(Get("/circles/{id:guid}/check-ins/{number:int}"), OpenCheckIn, member: Ok, partner: Ok).Seeing(Actor.Member, s => s.OpenCheckIn),
        Circle(Post("/circles/{id:guid}/check-ins/{number:int}"), RevealedCheckIn, member: To("{circle}/check-ins/1"), partner: To("{circle}/check-ins/1")) with { Form = SaveNothing },
        Circle(Post("/circles/{id:guid}/check-ins/{number:int}"), OpenCheckIn, member: To("{circle}/check-ins/2?notice=AlreadySubmitted"), partner: To("{circle}/check-ins/2?notice=Saved")) with { Form = SaveNothing },
        Circle(Post("/circles/{id:guid}/check-ins/{number:int}", "AutosaveTexts"), RevealedCheckIn, member: Status(HttpStatusCode.Conflict), partner: Status(HttpStatusCode.Conflict)) with { Form = TextsFromAnOlderTab },
        Circle(Post("/circles/{id:guid}/check-ins/{number:int}", "AutosaveTexts"), OpenCheckIn, member: Status(HttpStatusCode.Conflict), partner: Status(HttpStatusCode.Conflict)) with { Form = TextsFromAnOlderTab },
        Circle(Get("/circles/{id:guid}/check-ins/trends"), InCircle, member: Ok, partner: Ok),
        Circle(Get("/circles/{id:guid}/check-ins/calendar"), InCircle, member: Ok, partner: Ok),

        // Concerns: only the people a concern involves know it exists; a draft is its author's alone.
        Circle(Get("/circles/{id:guid}/concerns"), InCircle, member: Ok, partner: Ok).Seeing(Actor.Partner, s => s.Concern).Seeing(Actor.Member, s => s.DraftConcern),
        Circle(Get("/circles/{id:guid}/concerns/new"), InCircle, member: Ok, partner: Ok),
        Circle(Post("/circles/{id:guid}/concerns/new"), InCircle, member: Ok, partner: Ok) with { Form = _ => [("Form.Noticed", "")] },
        Involved(Get("/circles/{id:guid}/concerns/{concernId:guid}"), SharedConcern, member: Ok, partner: Ok).Seeing(Actor.Partner, s => s.Concern).Seeing(Actor.Member, s => s.Reply),
        Own(Get("/circles/{id:guid}/concerns/{concernId:guid}"), DraftConcern, member: Ok).Seeing(Actor.Member, s => s.DraftConcern),
        Involved(Post("/circles/{id:guid}/concerns/{concernId:guid}", "Respond"), SharedConcern, member: Ok, partner: Ok) with { Form = _ => [("Reply", "")] },
        Own(Post("/circles/{id:guid}/concerns/{concernId:guid}", "Respond"), DraftConcern, member: To("{circle}/concerns/")) with { Form = _ => [("Reply", "A reply to a draft")] },
        Involved(Post("/circles/{id:guid}/concerns/{concernId:guid}", "Outcome"), SharedConcern, member: Ok, partner: Ok),
        Own(Post("/circles/{id:guid}/concerns/{concernId:guid}", "Outcome"), DraftConcern, member: Ok),
        Own(Get("/circles/{id:guid}/concerns/{concernId:guid}/edit"), DraftConcern, member: Ok).Seeing(Actor.Member, s => s.DraftConcern),
        Involved(Get("/circles/{id:guid}/concerns/{concernId:guid}/edit"), SharedConcern, member: To("{circle}/concerns/"), partner: To("{circle}/concerns/")),
        Own(Post("/circles/{id:guid}/concerns/{concernId:guid}/edit"), DraftConcern, member: Ok) with { Form = _ => [("Version", "-1"), ("Form.Noticed", "")] },
        Involved(Post("/circles/{id:guid}/concerns/{concernId:guid}/edit"), SharedConcern, member: To("{circle}/concerns/"), partner: To("{circle}/concerns/")) with { Form = _ => [("Version", "-1"), ("Form.Noticed", "Rewritten")] },
        Own(Post("/circles/{id:guid}/concerns/{concernId:guid}/edit", "Delete"), DisposableDraft, member: To("{circle}/concerns?notice=deleted")),
        Own(Get("/circles/{id:guid}/concerns/{concernId:guid}/share"), DraftConcern, member: Ok).Seeing(Actor.Member, s => s.DraftConcern),
        Involved(Get("/circles/{id:guid}/concerns/{concernId:guid}/share"), SharedConcern, member: To("{circle}/concerns/"), partner: To("{circle}/concerns/")),
        Own(Post("/circles/{id:guid}/concerns/{concernId:guid}/share"), DraftConcern, member: Ok) with { Form = _ => [("Version", "-1"), ("Roster", "stale"), ("For", "2")] },

        // Self-checks: the member's alone, by an address that names no member.
        Circle(Get("/circles/{id:guid}/self-check"), InCircle, member: Ok, partner: Ok),
        Circle(Post("/circles/{id:guid}/self-check"), InCircle, member: Ok, partner: Ok) with { Form = _ => [("Doing", "")] },
        Own(Get("/circles/{id:guid}/self-check/{selfCheckId:guid}"), SelfCheck, member: Ok).Seeing(Actor.Member, s => s.SelfCheckWhy),
        Own(Post("/circles/{id:guid}/self-check/{selfCheckId:guid}", "Message"), SelfCheck, member: To("{circle}/concerns/")),
        Own(Post("/circles/{id:guid}/self-check/{selfCheckId:guid}", "Delete"), DisposableSelfCheck, member: To("{circle}/self-check?notice=deleted")),
    ];

    /// <summary>The Save button with nothing chosen.</summary>
    private static (string, string)[] SaveNothing(MatrixWorld world) => [("go", "save")];

    private static (string, string)[] NoSuchZone(MatrixWorld world) => [("Zone", "Mars/Olympus_Mons")];

    // Started from a text nobody saved: refused as stale for whoever may edit, so nothing is written.
    private static (string, string)[] TextsFromAnOlderTab(MatrixWorld world) =>
        [("Appreciation", "Matrix words"), ("AppreciationBase", "not-a-stamp"), ("Topics", "Matrix topic"), ("TopicsBase", "not-a-stamp")];

    // ------------------------------------------------------------------ kinds of route
    private static Rule Public(Operation operation, Expect anonymous, Expect signedIn, Place? place = null) =>
        new(operation, "public", place ?? Place.None, new Dictionary<Actor, Expect>
        {
            [Actor.Anonymous] = anonymous,
            [Actor.NonMember] = signedIn,
            [Actor.FormerMember] = signedIn,
            [Actor.Newcomer] = signedIn,
            [Actor.Partner] = signedIn,
            [Actor.Member] = signedIn,
        });

    private static Rule SignedIn(Operation operation, Expect signedIn) =>
        Public(operation, anonymous: SignIn, signedIn) with { Access = "signed in" };

    private static Rule Circle(Operation operation, Place place, Expect member, Expect partner, Expect? newcomer = null) =>
        new(operation, "circle", place, new Dictionary<Actor, Expect>
        {
            [Actor.Anonymous] = SignIn,
            [Actor.NonMember] = NotFound,
            [Actor.FormerMember] = NotFound,
            [Actor.Newcomer] = newcomer ?? partner,
            [Actor.Partner] = partner,
            [Actor.Member] = member,
        });

    private static Rule Involved(Operation operation, Place place, Expect member, Expect partner) =>
        Circle(operation, place, member, partner, newcomer: NotFound) with { Access = "involved" };

    private static Rule Own(Operation operation, Place place, Expect member) =>
        Circle(operation, place, member, partner: NotFound, newcomer: NotFound) with { Access = "own" };

    private static Operation Get(string pattern) => new("GET", pattern);

    private static Operation Post(string pattern, string? handler = null) => new("POST", pattern, handler);

    private static Dictionary<string, string> V(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)!, StringComparer.Ordinal);
}
