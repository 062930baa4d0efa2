using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Agreements;
using SamePage.Data;

namespace SamePage.Web.Circles;

/// <summary>
/// Where a circle stands, read cheaply for its home and its waiting pages. Its pulse is a content-free stamp of where a circle stands (how many members, rounds revealed, answers submitted,
/// versions and signatures, check-ins), so a waiting page can tell that something changed without
/// learning what. Drafts do not move it: nobody learns when someone is answering. One query.
/// </summary>
public sealed class CircleStanding(SamePageDb db)
{
    /// <summary>The stamp, or null when the account is not a member (the same as a circle that does not exist).</summary>
    public async Task<string?> StampAsync(Guid circleId, Guid accountId)
    {
        var counts = await db.Circles.AsNoTracking()
            .Where(c => c.Id == circleId && c.Members.Any(m => m.AccountId == accountId))
            .Select(c => new[]
            {
                c.Members.Count,
                c.Rounds.Count,
                c.Rounds.Count(r => r.Revealed),
                c.Rounds.SelectMany(r => r.Responses).Count(x => x.Submitted),
                db.AgreementVersions.Count(v => v.CircleId == c.Id),
                // By status, counted (statuses are stored as words on PostgreSQL, so they can't be summed).
                db.AgreementVersions.Count(v => v.CircleId == c.Id && v.Status == VersionStatus.Active),
                db.AgreementVersions.Count(v => v.CircleId == c.Id && v.Status == VersionStatus.Superseded),
                db.AgreementVersions.Count(v => v.CircleId == c.Id && v.Status == VersionStatus.Withdrawn),
                db.AgreementSignatures.Count(s => s.Version.CircleId == c.Id),
                db.CheckIns.Count(k => k.CircleId == c.Id),
                db.CheckIns.Count(k => k.CircleId == c.Id && k.Revealed),
                db.CheckInResponses.Count(x => x.CheckIn.CircleId == c.Id && x.Submitted),
            })
            .FirstOrDefaultAsync();
        return counts is null ? null : Stamp(counts);
    }

    /// <summary>Whether the agreement's working draft has any clause yet (someone has begun writing).</summary>
    public Task<bool> HasDraftAsync(Guid circleId) => db.DraftClauses.AnyAsync(c => c.CircleId == circleId);

    private static string Stamp(int[] counts)
    {
        var text = string.Join('.', counts.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("SamePage pulse v1|" + text)))[..16];
    }
}
