using Microsoft.Extensions.Localization;
using SamePage.Web.Agreements.Exports;

namespace SamePage.Web.Accounts;

/// <summary>
/// The words of the readable copy of "everything of mine". Times are shown in UTC and say so: the
/// server does not know where anyone lives.
/// </summary>
public sealed class PersonalExportWords(IStringLocalizer<SharedResource> l)
{
    public string Title => l["Everything of mine in SamePage"];

    public string Intro(string username, DateTime atUtc) =>
        l["A copy of everything SamePage keeps for {0}, made on {1}. It's yours: keep it somewhere only you can open, because it holds private writing.", username, Moment(atUtc)];

    public string AboutJson =>
        l["The same things are in the JSON file that comes with this page, for programs to read."];

    public string AccountHeading => l["Your account"];

    public string UsernameLabel => l["Username"];

    public string DiscreetModeLabel => l["Discreet mode"];

    public string OnOff(bool on) => on ? l["On"] : l["Off"];

    public string NothingKept => l["SamePage keeps no email, phone number or real name for your account."];

    public string NoCircles => l["You're not in any circle at the moment."];

    public string CircleHeading(string name) => l["Circle: {0}", name];

    public string YourNameLabel => l["Your name in this circle"];

    public string OthersLabel => l["The others in this circle"];

    public string NobodyElse => l["Nobody else, at the moment."];

    public string RoundHeading(int number) => l["Round {0}", number];

    public string RoundState(bool revealed, bool submitted) => (revealed, submitted) switch
    {
        (true, _) => l["Revealed."],
        (false, true) => l["You've submitted; the answers stay sealed until everyone has."],
        _ => l["Not submitted yet: these are your draft answers, which nobody else has seen."],
    };

    public string AnswersHeading => l["Your answers"];

    public string BehaviourLabel => l["Behaviour"];

    public string CategoryLabel => l["Category"];

    public string YourAnswerLabel => l["Your answer"];

    public string GuessesHeading => l["Your guesses"];

    public string StylesHeading => l["How I connect"];

    public string StyleTopicLabel => l["Topic"];

    public string StyleItemLabel => l["Statement"];

    public string GuessAboutLabel => l["About"];

    public string GuessLabel => l["Your guess"];

    public string JournalHeading => l["Your journal"];

    public string SharedNote(bool shared) => shared ? l["Shared with the circle."] : l["Private: only you have seen this."];

    public string ComparisonHeading(string name) => l["You and {0}", name];

    public string TheirAnswerLabel(string name) => l["{0}'s answer", name];

    public string VerdictLabel => l["How close"];

    public string BehavioursHeading => l["Behaviours you added"];

    public string FromRound(int number) => l["Asked from round {0}.", number];

    public string AgreementsHeading => l["Agreement versions"];

    public string VersionHeading(int number) => l["Version {0}", number];

    public string Proposed(string name, DateTime atUtc) => l["Proposed by {0} on {1}.", name, Moment(atUtc)];

    public string ActiveSince(DateTime atUtc) => l["Active since {0}.", Moment(atUtc)];

    public string ReviewOn(DateOnly date) => l["Review planned for {0}.", ExportWords.Date(date)];

    public string Fingerprint(string hash) => l["Fingerprint: {0}", hash];

    public string YouSigned(bool youSigned) => youSigned ? l["You signed this version."] : l["You haven't signed this version."];

    public string Clause(int number) => l["Clause {0}", number];

    public string ExpectationLabel => l["Expectation"];

    public string AppliesToLabel => l["Applies to"];

    public string NotesLabel => l["Notes"];

    public string NoClauses => l["This version has no clauses."];

    public string SignaturesLabel => l["Signatures"];

    public string Signature(string name, DateTime atUtc) => l["{0}, signed on {1}", name, Moment(atUtc)];

    public string NoSignatures => l["Nobody has signed this version."];

    public string CheckInsHeading => l["Your check-ins"];

    public string CheckInHeading(int number, DateTime openedUtc) => l["Check-in {0}, opened on {1}", number, Moment(openedUtc)];

    public string CheckInState(bool submitted) => submitted ? l["Submitted."] : l["Not submitted yet: a draft only you have seen."];

    public string ScoreText(int score) => l["{0} out of 6", score];

    public string ClausesLabel => l["How clauses feel"];

    public string AppreciationLabel => l["Appreciation"];

    public string TopicsLabel => l["Topics to talk about"];

    public string ConcernsHeading => l["Concerns"];

    public string RaisedByYou => l["Raised by you"];

    public string RaisedBy(string name) => l["Raised by {0}", name];

    public string Created(DateOnly on) => l["Written on {0}.", Day(on)];

    public string SharedOn(IEnumerable<string> names, DateTime atUtc) => l["Shared with {0} on {1}.", string.Join(", ", names), Moment(atUtc)];

    public string NoticedLabel => l["What was noticed"];

    public string FeltLabel => l["How it felt"];

    public string NeedLabel => l["What would help"];

    public string ClauseLabel => l["The clause it touches"];

    public string RepliesLabel => l["Replies"];

    public string Reply(string name, bool you, DateTime atUtc) => you
        ? l["You, on {0}", Moment(atUtc)]
        : l["{0}, on {1}", name, Moment(atUtc)];

    public string Outcome(string outcome, string by, DateTime atUtc) => l["Outcome: {0} (recorded by {1} on {2}).", outcome, by, Moment(atUtc)];

    public string SelfChecksHeading => l["Your self-checks"];

    public string SelfCheckHeading(DateOnly on) => l["Self-check of {0}", Day(on)];

    public string SelfCheckBehavioursLabel => l["Behaviours you looked at"];

    public string DoingLabel => l["What you've been doing"];

    public string ReasonLabel => l["Why, as you saw it"];

    public string WhyLabel => l["Your notes on why"];

    public string Nothing => l["Nothing here yet."];

    public string SharingLinksHeading => l["Your links for someone you trust"];

    public string UnnamedLink => l["A link without a name"];

    public string LinkTermsLabel => l["How long and how often"];

    public string LinkTerms(int opens, int maxOpens, DateTime expiresUtc) => l["Opened {0} of {1} times; ends on {2}.", opens, maxOpens, Moment(expiresUtc)];

    public string LastOpenedLabel => l["Last opened (to the hour)"];

    public string NotOpened => l["Not opened yet."];

    public string NoteBackLabel => l["Their note back"];

    public string When(DateTime atUtc) => Moment(atUtc);

    public string Footer => l["Made by SamePage. This page loads nothing from anywhere: you can open it offline and print it."];

    private static string Moment(DateTime atUtc) => ExportWords.Moment(atUtc);

    /// <summary>A day kept without a time (a self-check, the start of a concern): only the day is known.</summary>
    private static string Day(DateOnly on) => Localisation.Languages.Day(on);
}
