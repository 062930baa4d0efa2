using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace SamePage.Web.Accounts;

/// <summary>
/// The readable copy of "everything of mine": one self-contained HTML page. Its style is inside it and
/// its own Content-Security-Policy forbids loading anything at all, so it opens offline, makes no
/// request to anyone, and prints cleanly. Every text a person wrote is HTML-encoded.
/// </summary>
public static class PersonalExportDocument
{
    private const string Style = """
        :root { color-scheme: light dark; --text: #1f1d1b; --muted: #55504a; --bg: #fbf9f6; --border: #c9c2b8; }
        @media (prefers-color-scheme: dark) { :root { --text: #f1ede7; --muted: #c5beb4; --bg: #151412; --border: #4a4540; } }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; line-height: 1.5;
               color: var(--text); background: var(--bg); margin: 0; }
        main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
        h1, h2, h3, h4, h5 { line-height: 1.25; }
        h2 { border-top: 2px solid var(--border); padding-top: 1rem; margin-top: 2rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
        th, td { border: 1px solid var(--border); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        dt { font-weight: 600; }
        dd { margin: 0 0 0.5rem 1rem; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; }
        .note { color: var(--muted); }
        article { margin-bottom: 1rem; }
        @media print {
          :root { --text: #000; --muted: #333; --bg: #fff; --border: #999; }
          h2, h3 { break-after: avoid; }
          tr, article { break-inside: avoid; }
        }
        """;

    public static string Render(PersonalExport export, PersonalExportWords words)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(words);
        var html = new Writer();
        html.Raw("<!DOCTYPE html>\n");
        // The pages' own language (the layout says "en"), unless a culture is set for the request.
        var language = CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "en";
        html.Raw($"<html lang=\"{E(language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Raw("<meta name=\"referrer\" content=\"no-referrer\">\n");
        html.Element("title", words.Title);
        html.Raw($"<style>\n{Style}\n</style>\n</head>\n<body>\n<main>\n");
        html.Element("h1", words.Title);
        html.Element("p", words.Intro(export.Account.Username, export.ExportedAtUtc));
        html.Element("p", words.AboutJson, "note");

        html.Raw("<section id=\"account\">\n");
        html.Element("h2", words.AccountHeading);
        html.Raw("<dl>\n");
        html.Term(words.UsernameLabel, export.Account.Username);
        html.Term(words.DiscreetModeLabel, words.OnOff(export.Account.DiscreetMode));
        html.Raw("</dl>\n");
        html.Element("p", words.NothingKept, "note");
        html.Raw("</section>\n");

        if (export.Circles.Count == 0)
        {
            html.Element("p", words.NoCircles);
        }

        foreach (var circle in export.Circles)
        {
            Circle(html, circle, words);
        }

        SharingLinks(html, export.SharingLinks, words);

        html.Element("p", words.Footer, "note");
        html.Raw("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Circle(Writer html, ExportedCircle circle, PersonalExportWords words)
    {
        html.Raw("<section class=\"circle\">\n");
        html.Element("h2", words.CircleHeading(circle.Name));
        html.Raw("<dl>\n");
        html.Term(words.YourNameLabel, circle.YourName);
        html.Term(words.OthersLabel, circle.OtherMembers.Count == 0 ? words.NobodyElse : string.Join(", ", circle.OtherMembers));
        html.Raw("</dl>\n");

        foreach (var round in circle.Rounds)
        {
            Round(html, round, words);
        }

        html.Element("h3", words.BehavioursHeading);
        if (circle.BehavioursYouAdded.Count == 0)
        {
            html.Element("p", words.Nothing, "note");
        }
        else
        {
            html.Raw("<ul>\n");
            foreach (var behaviour in circle.BehavioursYouAdded)
            {
                html.Raw("<li>");
                html.Element("strong", behaviour.Label);
                html.Text($" ({behaviour.Category}) {behaviour.Clarification} {words.FromRound(behaviour.FromRound)}");
                html.Raw("</li>\n");
            }

            html.Raw("</ul>\n");
        }

        html.Element("h3", words.AgreementsHeading);
        if (circle.AgreementVersions.Count == 0)
        {
            html.Element("p", words.Nothing, "note");
        }

        foreach (var version in circle.AgreementVersions)
        {
            Version(html, version, words);
        }

        html.Element("h3", words.CheckInsHeading);
        if (circle.CheckIns.Count == 0)
        {
            html.Element("p", words.Nothing, "note");
        }

        foreach (var checkIn in circle.CheckIns)
        {
            CheckIn(html, checkIn, words);
        }

        html.Element("h3", words.ConcernsHeading);
        if (circle.Concerns.Count == 0)
        {
            html.Element("p", words.Nothing, "note");
        }

        foreach (var concern in circle.Concerns)
        {
            Concern(html, concern, words);
        }

        html.Element("h3", words.SelfChecksHeading);
        if (circle.SelfChecks.Count == 0)
        {
            html.Element("p", words.Nothing, "note");
        }

        foreach (var check in circle.SelfChecks)
        {
            html.Raw("<article class=\"self-check\">\n");
            html.Element("h4", words.SelfCheckHeading(check.CreatedOn));
            html.Raw("<dl>\n");
            html.Term(words.SelfCheckBehavioursLabel, string.Join(", ", check.Behaviours));
            html.Term(words.DoingLabel, check.Doing, text: true);
            html.Term(words.ReasonLabel, check.Reason);
            html.Term(words.WhyLabel, check.Why, text: true);
            html.Raw("</dl>\n</article>\n");
        }

        html.Raw("</section>\n");
    }

    private static void SharingLinks(Writer html, IReadOnlyList<ExportedSharingLink> links, PersonalExportWords words)
    {
        html.Raw("<section id=\"sharing-links\">\n");
        html.Element("h2", words.SharingLinksHeading);
        if (links.Count == 0)
        {
            html.Element("p", words.Nothing, "note");
        }

        foreach (var link in links)
        {
            html.Raw("<article class=\"sharing-link\">\n");
            html.Element("h3", link.Label.Length > 0 ? link.Label : words.UnnamedLink);
            html.Raw("<dl>\n");
            html.Term(words.LinkTermsLabel, words.LinkTerms(link.Opens, link.MaxOpens, link.ExpiresAtUtc));
            html.Term(words.LastOpenedLabel, link.LastOpenedAtUtc is { } opened ? words.When(opened) : words.NotOpened);
            foreach (var piece in link.Shows)
            {
                html.Term(piece.Heading, piece.Text, text: true);
            }

            if (link.NoteBack is not null)
            {
                html.Term(words.NoteBackLabel, link.NoteBack, text: true);
            }

            html.Raw("</dl>\n</article>\n");
        }

        html.Raw("</section>\n");
    }

    private static void Round(Writer html, ExportedRound round, PersonalExportWords words)
    {
        html.Raw("<section class=\"round\">\n");
        html.Element("h3", words.RoundHeading(round.Number));
        html.Element("p", words.RoundState(round.Revealed, round.Submitted));
        if (round.Answers.Count > 0)
        {
            html.Element("h4", words.AnswersHeading);
            html.Table(
                [words.CategoryLabel, words.BehaviourLabel, words.YourAnswerLabel],
                round.Answers.Select(a => new[] { a.Category, a.Behaviour, a.StanceText }));
        }

        if (round.Guesses.Count > 0)
        {
            html.Element("h4", words.GuessesHeading);
            html.Table(
                [words.BehaviourLabel, words.GuessAboutLabel, words.GuessLabel],
                round.Guesses.Select(g => new[] { g.Behaviour, g.About, g.StanceText }));
        }

        if (round.Styles.Count > 0)
        {
            html.Element("h4", words.StylesHeading);
            html.Table(
                [words.StyleTopicLabel, words.StyleItemLabel, words.YourAnswerLabel],
                round.Styles.Select(s => new[] { s.Topic, s.Item, s.AnswerText }));
        }

        if (round.Journal.Count > 0)
        {
            html.Element("h4", words.JournalHeading);
            foreach (var reflection in round.Journal)
            {
                html.Raw("<article class=\"reflection\">\n");
                html.Element("h5", reflection.Prompt);
                html.Element("p", reflection.Text, "text");
                html.Element("p", words.SharedNote(reflection.Shared), "note");
                html.Raw("</article>\n");
            }
        }

        foreach (var comparison in round.Comparisons)
        {
            html.Element("h4", words.ComparisonHeading(comparison.With));
            html.Table(
                [words.BehaviourLabel, words.YourAnswerLabel, words.TheirAnswerLabel(comparison.With), words.VerdictLabel],
                comparison.Items.Select(i => new[] { i.Behaviour, i.Yours, i.Theirs, i.Verdict }));
        }

        html.Raw("</section>\n");
    }

    private static void Version(Writer html, ExportedAgreementVersion version, PersonalExportWords words)
    {
        html.Raw("<article class=\"agreement-version\">\n");
        html.Element("h4", $"{words.VersionHeading(version.Number)}: {version.Status}");
        html.Element("p", words.Proposed(version.ProposedBy, version.ProposedAtUtc));
        if (version.ActivatedAtUtc is { } active)
        {
            html.Element("p", words.ActiveSince(active));
        }

        if (version.ReviewOn is { } review)
        {
            html.Element("p", words.ReviewOn(review));
        }

        html.Element("p", words.YouSigned(version.YouSigned));
        if (version.Clauses.Count == 0)
        {
            html.Element("p", words.NoClauses, "note");
        }

        foreach (var clause in version.Clauses)
        {
            html.Element("h5", $"{words.Clause(clause.Number)} ({clause.Category})");
            html.Element("p", clause.Text, "text");
            html.Raw("<dl>\n");
            html.Term(words.ExpectationLabel, clause.Expectation);
            html.Term(words.AppliesToLabel, clause.AppliesTo);
            if (clause.Notes.Length > 0)
            {
                html.Term(words.NotesLabel, clause.Notes, text: true);
            }

            html.Raw("</dl>\n");
        }

        html.Element("h5", words.SignaturesLabel);
        if (version.Signatures.Count == 0)
        {
            html.Element("p", words.NoSignatures);
        }
        else
        {
            html.List(version.Signatures.Select(s => words.Signature(s.Name, s.SignedAtUtc)));
        }

        html.Element("p", words.Fingerprint(version.Fingerprint), "note");
        html.Raw("</article>\n");
    }

    private static void CheckIn(Writer html, ExportedCheckIn checkIn, PersonalExportWords words)
    {
        html.Raw("<article class=\"check-in\">\n");
        html.Element("h4", words.CheckInHeading(checkIn.Number, checkIn.OpenedAtUtc));
        html.Element("p", words.CheckInState(checkIn.Submitted));
        if (checkIn.Scores.Count > 0)
        {
            html.List(checkIn.Scores.Select(s => $"{s.Label}: {words.ScoreText(s.Score)}"));
        }

        html.Raw("<dl>\n");
        if (checkIn.Clauses.Count > 0)
        {
            html.Term(words.ClausesLabel, string.Join("\n", checkIn.Clauses.Select(c => $"{c.Clause}: {c.Feeling}")), text: true);
        }

        html.Term(words.AppreciationLabel, checkIn.Appreciation, text: true);
        html.Term(words.TopicsLabel, checkIn.Topics, text: true);
        html.Raw("</dl>\n</article>\n");
    }

    private static void Concern(Writer html, ExportedConcern concern, PersonalExportWords words)
    {
        html.Raw("<article class=\"concern\">\n");
        html.Element("h4", $"{(concern.RaisedByYou ? words.RaisedByYou : words.RaisedBy(concern.RaisedBy))}: {concern.Status}");
        html.Element("p", words.Created(concern.CreatedOn));
        if (concern.SharedAtUtc is { } shared)
        {
            html.Element("p", words.SharedOn(concern.SharedWith, shared));
        }

        html.Raw("<dl>\n");
        html.Term(words.NoticedLabel, concern.Noticed, text: true);
        html.Term(words.FeltLabel, concern.Felt, text: true);
        html.Term(words.NeedLabel, concern.Need, text: true);
        if (concern.Clause is { Length: > 0 } clause)
        {
            html.Term(words.ClauseLabel, clause, text: true);
        }

        html.Raw("</dl>\n");
        if (concern.Replies.Count > 0)
        {
            html.Element("h5", words.RepliesLabel);
            html.Raw("<dl>\n");
            foreach (var reply in concern.Replies)
            {
                html.Term(words.Reply(reply.From, reply.FromYou, reply.AtUtc), reply.Text, text: true);
            }

            html.Raw("</dl>\n");
        }

        if (concern.Outcome is { } outcome)
        {
            html.Element("p", words.Outcome(outcome.Outcome, outcome.RecordedBy, outcome.AtUtc));
        }

        html.Raw("</article>\n");
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>Writes elements whose text is always encoded; only this file's own markup is written raw.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _html = new();

        public void Raw(string markup) => _html.Append(markup);

        public void Text(string text) => _html.Append(E(text));

        public void Element(string name, string text, string? cssClass = null)
        {
            _html.Append('<').Append(name);
            if (cssClass is not null)
            {
                _html.Append(" class=\"").Append(cssClass).Append('"');
            }

            _html.Append('>').Append(E(text)).Append("</").Append(name).Append(">\n");
        }

        public void Term(string term, string description, bool text = false)
        {
            Element("dt", term);
            Element("dd", description, text ? "text" : null);
        }

        public void List(IEnumerable<string> items)
        {
            _html.Append("<ul>\n");
            foreach (var item in items)
            {
                Element("li", item);
            }

            _html.Append("</ul>\n");
        }

        public void Table(IReadOnlyList<string> headings, IEnumerable<string[]> rows)
        {
            _html.Append("<table>\n<thead><tr>");
            foreach (var heading in headings)
            {
                _html.Append("<th scope=\"col\">").Append(E(heading)).Append("</th>");
            }

            _html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in rows)
            {
                _html.Append("<tr>");
                foreach (var cell in row)
                {
                    _html.Append("<td>").Append(E(cell)).Append("</td>");
                }

                _html.Append("</tr>\n");
            }

            _html.Append("</tbody>\n</table>\n");
        }

        public override string ToString() => _html.ToString();
    }
}
