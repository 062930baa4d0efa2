using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using SamePage.Core.Agreements;
using SamePage.Core.Safety;

namespace SamePage.Web.Agreements;

/// <summary>
/// Whether a clause reads as monitoring, isolating or controlling, kept per clause revision: screening
/// is pure, so a clause is screened once for each wording of it, and a page showing the same clauses
/// again only looks the answer up. The key is a digest of the clause's id and words, so nothing kept
/// holds anyone's words. A reading made before the screener's model has learned (the rules alone) is
/// not kept, so the next view has the full reading.
/// </summary>
public sealed class ClauseScreenings
{
    /// <summary>Clause revisions remembered per screener; past this the memory starts again.</summary>
    public const int Remembered = 4096;

    private readonly ConditionalWeakTable<ClauseScreener, ConcurrentDictionary<string, bool>> _kept = [];
    private int _screened;

    /// <summary>How many times a clause was handed to the screener (answers looked up do not count).</summary>
    public int Screened => _screened;

    /// <summary>Whether any of the clauses is flagged.</summary>
    public bool AnyFlagged(ClauseScreener screener, IEnumerable<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var any = false;
        foreach (var clause in clauses)
        {
            any |= Flagged(screener, clause); // every clause is looked at, so each revision is kept once
        }

        return any;
    }

    public bool Flagged(ClauseScreener screener, Clause clause)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(clause);
        var kept = _kept.GetValue(screener, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        var key = Digest(clause);
        if (kept.TryGetValue(key, out var known))
        {
            return known;
        }

        var complete = screener.Meaning is null || screener.Meaning.IsReady;
        Interlocked.Increment(ref _screened);
        var flagged = screener.ScreenNow(clause.Text).Flagged || screener.ScreenNow(clause.Notes).Flagged;
        if (complete)
        {
            if (kept.Count >= Remembered)
            {
                kept.Clear();
            }

            kept[key] = flagged;
        }

        return flagged;
    }

    private static string Digest(Clause clause) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{clause.Id:N}\n{clause.Text.Length}\n{clause.Text}\n{clause.Notes}")));
}
