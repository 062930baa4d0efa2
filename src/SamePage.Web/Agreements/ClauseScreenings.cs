using SamePage.Core.Agreements;
using SamePage.Core.Safety;

namespace SamePage.Web.Agreements;

/// <summary>
/// Whether a page's clauses read as monitoring, isolating or controlling, from the screener's kept
/// readings: a clause is read by the model once for each wording of it (when it is written, see
/// <see cref="ScreeningAhead"/>), and a page showing it only looks the reading up. A wording with no
/// kept reading yet (written before the model had learned its examples, or before a restart) shows the
/// rules' reading while the full one is made in the background for the next view, so a page view
/// never waits for the model. The readings are kept in one place, the screener, by a digest of the
/// words, so nothing kept holds anyone's words.
/// </summary>
public sealed class ClauseScreenings
{
    /// <summary>Whether any of the clauses is flagged.</summary>
    public bool AnyFlagged(ClauseScreener screener, IEnumerable<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var any = false;
        foreach (var clause in clauses)
        {
            any |= Flagged(screener, clause); // every clause is looked at, so each wording not kept yet is read once
        }

        return any;
    }

    public bool Flagged(ClauseScreener screener, Clause clause)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(clause);
        var byText = screener.ScreenKept(clause.Text).Flagged;
        return screener.ScreenKept(clause.Notes).Flagged || byText;
    }
}
