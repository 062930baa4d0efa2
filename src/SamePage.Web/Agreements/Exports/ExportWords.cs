using System.Globalization;
using Microsoft.Extensions.Localization;
using SamePage.Core.Text;
using SamePage.Web.Circles;
using SamePage.Web.Localisation;

namespace SamePage.Web.Agreements.Exports;

/// <summary>
/// The words of every copy of a version, so the print page, the Markdown file and the PDF say the same
/// things in the same way. Times are the reader's (<paramref name="moment"/>, see
/// <see cref="Accounts.PersonTime.MomentWithZone"/>), or UTC, which says so, when no reader is known.
/// </summary>
public sealed class ExportWords(IStringLocalizer l, Func<DateTime, string>? moment = null)
{
    private readonly Func<DateTime, string> _moment = moment ?? Moment;

    public string Title(int number) => l["Agreement, version {0}", number];

    public string StatusLabel => l["Status"];

    public string Clause(int number) => l["Clause {0}", number];

    public string ExpectationLabel => l["Expectation"];

    public string AppliesToLabel => l["Applies to"];

    public string NotesLabel => l["Notes"];

    public string Other => l["Other"];

    /// <summary>For a member the version no longer knows by name (the same words as <see cref="AgreementWords.AppliesTo"/>).</summary>
    public string SomeoneWhoLeft => l["someone who has left"];

    public string NoClauses => l["This version has no clauses."];

    public string HistoryHeading => l["Proposed and signed"];

    public string SignaturesLabel => l["Signatures"];

    public string Proposed(string name, DateTime atUtc) => l["Proposed by {0} on {1}.", name, _moment(atUtc)];

    public string Signature(string name, DateTime atUtc) => l["{0}, signed on {1}", name, _moment(atUtc)];

    public string NoSignatures => l["Nobody has signed this version."];

    public string Waiting(IEnumerable<string> names) => l["Still to sign: {0}.", NameList.Join(names, PeopleWords.PatternIn(l))];

    public string ActiveSince(DateTime atUtc) => l["Active since {0}.", _moment(atUtc)];

    public string ReviewOn(DateOnly date) => l["Review planned for {0}.", Date(date)];

    public string FingerprintLabel => l["Fingerprint"];

    public string FingerprintHint =>
        l["The fingerprint is calculated from the clauses of this version. Two copies with the same fingerprint have the same text."];

    public string MissingGlyphs =>
        l["Some characters in this agreement can't be shown in this PDF's font and appear as empty boxes. The print page and the Markdown file show them as they were written."];

    public string Footer(int number, string fingerprint, int page, int pages) =>
        l["Agreement, version {0} · fingerprint {1} · page {2} of {3}", number, fingerprint, page, pages];

    /// <summary>The calendar event's title: discreet, since calendars sync to other companies' servers.</summary>
    public string ReminderSummary => l["SamePage: time to revisit our agreement"];

    public string ReminderDescription(Uri link) =>
        l["Set aside some time together to read your agreement again and talk about whether it still fits. It is here: {0}", link?.AbsoluteUri ?? string.Empty];

    public static string Date(DateOnly date) => Languages.Day(date);

    /// <summary>A moment in UTC, saying so: for copies made with no reader to ask (the personal export).</summary>
    public static string Moment(DateTime utc) =>
        string.Create(CultureInfo.CurrentCulture, $"{Languages.Moment(utc)} UTC");
}
