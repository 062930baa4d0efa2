using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Agreements;
using SamePage.Core.CheckIns;
using SamePage.Core.Circles;
using SamePage.Core.Demo;
using SamePage.Core.Rounds;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;
using SamePage.Web.Agreements;
using SamePage.Web.CheckIns;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Rounds;

namespace SamePage.Web.Demo;

/// <summary>What the sample partner of a demo can do now, when the person asks it to.</summary>
public enum SampleTurn
{
    AnswerRound,
    SignVersion,
    AnswerCheckIn,
}

/// <summary>
/// "Try it with a sample partner": a demo circle made for one account, with a made-up member whose
/// words come from <c>demo.yaml</c> (<see cref="SampleScript"/>). The sample partner is a real member
/// of a real circle on a sign-in-less account (no passphrase, no recovery code, no key of its own,
/// locked for good); everything it does goes through the same desks as anyone's, inside the request
/// of the person trying the demo, whose circle key seals it. See decision 0017.
/// </summary>
public sealed class DemoDesk(
    SamePageDb db,
    ISealer sealer,
    KeyRing keys,
    ContentLibrary content,
    CircleAccess circles,
    DemoDeletion deletion,
    RoundDesk rounds,
    DraftDesk drafts,
    AgreementSigningDesk signing,
    AgreementVersionDesk versions,
    CheckInDesk checkIns)
{
    /// <summary>Whether the content offers a demo at all (a content folder of one's own may not).</summary>
    public bool IsOffered => content.Demo is not null;

    public Task<Guid?> FindAsync(Guid accountId) => deletion.FindAsync(accountId);

    /// <summary>
    /// Makes the account's demo (or returns the one it has): the circle, the sample partner, and the
    /// sample partner's answers to the first round, submitted, so the person's own submission reveals it.
    /// Null when the content has no demo.
    /// </summary>
    public async Task<Guid?> StartAsync(Guid accountId)
    {
        if (content.Demo is not { } script)
        {
            return null;
        }

        if (await FindAsync(accountId) is { } existing)
        {
            return existing;
        }

        Guid circleId;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            try
            {
                circleId = await circles.CreateAsync(accountId, script.CircleName, script.YourName, demo: true);
                db.Memberships.Add(await SamplePartnerAsync(circleId, script));
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
            catch (DbUpdateException)
            {
                // The same person started one in another tab at this very moment: that one is theirs.
                await transaction.RollbackAsync();
                db.ChangeTracker.Clear();
                return await FindAsync(accountId);
            }
        }

        if (await circles.OpenAsync(circleId, accountId) is { } circle)
        {
            await AnswerRoundAsync(circle);
        }

        return circleId;
    }

    /// <summary>What the sample partner could do now: answer an open round, sign a proposed version, answer an open check-in.</summary>
    public async Task<IReadOnlyList<SampleTurn>> TurnsAsync(CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var turns = new List<SampleTurn>();
        if (!circle.IsDemo || Sample(circle) is not { } sample)
        {
            return turns;
        }

        var round = await rounds.LatestAsync(circle.Id);
        if ((await rounds.StateAsync(circle, round)).CanEdit(sample.MembershipId))
        {
            turns.Add(SampleTurn.AnswerRound);
        }

        if (await ProposedUnsignedAsync(circle, sample) is not null)
        {
            turns.Add(SampleTurn.SignVersion);
        }

        if (await OpenCheckInAsync(circle, sample) is not null)
        {
            turns.Add(SampleTurn.AnswerCheckIn);
        }

        return turns;
    }

    /// <summary>The sample partner takes its turn; false when there was nothing for it to do.</summary>
    public Task<bool> TakeTurnAsync(CircleView circle, SampleTurn turn) => turn switch
    {
        SampleTurn.AnswerRound => AnswerRoundAsync(circle),
        SampleTurn.SignVersion => SignAsync(circle),
        SampleTurn.AnswerCheckIn => AnswerCheckInAsync(circle),
        _ => Task.FromResult(false),
    };

    /// <summary>Deletes the account's demo with its sample partner; false when it had none.</summary>
    public async Task<bool> DeleteAsync(Guid accountId) =>
        await FindAsync(accountId) is { } circleId && await deletion.DeleteAsync(circleId);

    public static MemberView? Sample(CircleView circle) => circle?.Members.FirstOrDefault(m => m.IsSample);

    private async Task<Membership> SamplePartnerAsync(Guid circleId, SampleScript script)
    {
        // Nobody can ever sign in as it: no passphrase (Identity refuses a null hash), no recovery
        // code, no personal key or key pair, locked until the year 9999, and a username no sign-up
        // accepts (spaces, too long).
        var account = new Account
        {
            Id = Guid.NewGuid(),
            IsSamplePartner = true,
            LockoutEnabled = true,
            LockoutEnd = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero),
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString("N"),
        };
        account.UserName = string.Create(CultureInfo.InvariantCulture, $"sample partner {account.Id:N}");
        account.NormalizedUserName = account.UserName.ToUpperInvariant();
        db.Users.Add(account);

        var key = await keys.CircleAsync(circleId);
        var membership = new Membership { Id = Guid.NewGuid(), CircleId = circleId, AccountId = account.Id, Seat = 2, SealedDisplayName = [], KeyEpoch = key.Epoch };
        membership.SealedDisplayName = sealer.Seal(key, SealedField.DisplayName, membership.Id, CircleRules.NormalizeName(script.PartnerName));
        return membership; // it holds no copy of the circle key: it never opens the circle on its own
    }

    private async Task<bool> AnswerRoundAsync(CircleView circle)
    {
        if (content.Demo is not { } script || Sample(circle) is not { } sample)
        {
            return false;
        }

        var round = await rounds.LatestAsync(circle.Id);
        if (!(await rounds.StateAsync(circle, round)).CanEdit(sample.MembershipId))
        {
            return false;
        }

        var catalogue = await rounds.CatalogueAsync(circle, round);
        var guesses = script.GuessesFor(catalogue).ToDictionary(g => (g.Key, circle.Me.MembershipId), g => (Core.Stances.Stance?)g.Value);
        var styles = script.Styles.ToDictionary(s => s.Key, s => (int?)s.Value, StringComparer.Ordinal);
        await drafts.SaveAsync(circle, round, sample.MembershipId, new DraftChanges(script.AnswersFor(catalogue), guesses, null, styles));
        return await drafts.SubmitAsync(circle, round, sample.MembershipId) == SubmitResult.Submitted;
    }

    private async Task<bool> SignAsync(CircleView circle)
    {
        if (Sample(circle) is not { } sample || await ProposedUnsignedAsync(circle, sample) is not { } version)
        {
            return false;
        }

        // Signed under the sample partner's name, which says "sample" on the version and every copy.
        var outcome = await signing.SignAsync(circle with { Me = sample }, version.Number, version.Document.Hash);
        return outcome is SignOutcome.SignatureAdded or SignOutcome.Activated;
    }

    private async Task<bool> AnswerCheckInAsync(CircleView circle)
    {
        if (content.Demo is not { } script || Sample(circle) is not { } sample || await OpenCheckInAsync(circle, sample) is not { } checkIn)
        {
            return false;
        }

        var clauses = await checkIns.ClausesAsync(circle);
        var edit = CheckInEdit.Read(
            script.CheckInScores.ToDictionary(s => s.Key, s => (string?)s.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal),
            clauses.Asked.ToDictionary(c => c.Id.ToString(), _ => (string?)nameof(ClauseFeeling.StillFits), StringComparer.Ordinal),
            script.Appreciation,
            script.Topics,
            clauses.AskedIds);
        var asSample = circle with { Me = sample };
        var (saved, _) = await checkIns.SaveAsync(asSample, checkIn, edit);
        return saved == CheckInSave.Saved && await checkIns.SubmitAsync(asSample, checkIn) == CheckInSubmit.Submitted;
    }

    private async Task<VersionView?> ProposedUnsignedAsync(CircleView circle, MemberView sample) =>
        (await versions.VersionsAsync(circle))
            .FirstOrDefault(v => v.Status == VersionStatus.Proposed && v.Signatures.All(s => s.MembershipId != sample.MembershipId));

    private async Task<CheckIn?> OpenCheckInAsync(CircleView circle, MemberView sample)
    {
        var latest = (await checkIns.ListAsync(circle.Id)).FirstOrDefault();
        return latest is not null && !latest.Revealed && (await checkIns.StateAsync(circle, latest)).CanEdit(sample.MembershipId) ? latest : null;
    }
}
