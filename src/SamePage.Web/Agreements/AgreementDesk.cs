using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Agreements;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;
using SamePage.Web.Push;

namespace SamePage.Web.Agreements;

/// <summary>
/// Where a circle's agreement is written, proposed, signed and kept. The draft is
/// shared by the circle; each clause carries a version so nobody silently overwrites anyone; a
/// proposal freezes the draft under its content hash; any later change to the draft withdraws an
/// unfinished proposal and voids its signatures. Every version is kept.
/// </summary>
public sealed class AgreementDesk(SamePageDb db, ISealer sealer, KeyRing keys, TimeProvider clock, IPushNotifier notifier)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    // ------------------------------------------------------------------ the draft

    public async Task<DraftView> DraftAsync(Guid circleId)
    {
        var key = await keys.CircleAsync(circleId);
        var revision = await db.AgreementDrafts.Where(d => d.CircleId == circleId).Select(d => (int?)d.Revision).FirstOrDefaultAsync() ?? 0;
        var rows = await db.DraftClauses.AsNoTracking().Where(c => c.CircleId == circleId).OrderBy(c => c.Position).ToListAsync();
        return new DraftView(revision, [.. rows.Select(r => new DraftClauseView(UnsealClause(key, r), r.Position, r.Version, r.LastEditedByMembershipId))]);
    }

    /// <summary>Adds a clause at the end of the draft. The input must already be checked.</summary>
    public async Task<Guid> AddAsync(CircleView circle, ClauseInput input)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(input);
        var position = (await db.DraftClauses.Where(c => c.CircleId == circle.Id).MaxAsync(c => (int?)c.Position) ?? 0) + 1;
        var row = new DraftClause { Id = Guid.NewGuid(), CircleId = circle.Id, Position = position, SealedContent = [], LastEditedByMembershipId = circle.Me.MembershipId };
        row.SealedContent = SealClause(key, row.Id, ToClause(row.Id, input, circle));
        db.DraftClauses.Add(row);
        await db.SaveChangesAsync();
        await MovedOnAsync(circle);
        return row.Id;
    }

    /// <summary>Changes a clause if nobody else has since <paramref name="expectedVersion"/>.</summary>
    public async Task<(ClauseChange Outcome, DraftClauseView? Current)> UpdateAsync(CircleView circle, Guid clauseId, int expectedVersion, ClauseInput input)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(input);
        db.ChangeTracker.Clear();
        var row = await db.DraftClauses.FirstOrDefaultAsync(c => c.Id == clauseId && c.CircleId == circle.Id);
        if (row is null)
        {
            return (ClauseChange.NotFound, null);
        }

        if (row.Version != expectedVersion)
        {
            return (ClauseChange.Conflict, new DraftClauseView(UnsealClause(key, row), row.Position, row.Version, row.LastEditedByMembershipId));
        }

        row.SealedContent = SealClause(key, row.Id, ToClause(row.Id, input, circle));
        row.LastEditedByMembershipId = circle.Me.MembershipId;
        row.Version++;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.DraftClauses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clauseId);
            return now is null ? (ClauseChange.NotFound, null) : (ClauseChange.Conflict, new DraftClauseView(UnsealClause(key, now), now.Position, now.Version, now.LastEditedByMembershipId));
        }

        await MovedOnAsync(circle);
        return (ClauseChange.Saved, new DraftClauseView(UnsealClause(key, row), row.Position, row.Version, row.LastEditedByMembershipId));
    }

    /// <summary>Removes a clause if nobody has changed it since <paramref name="expectedVersion"/>.</summary>
    public async Task<(ClauseChange Outcome, DraftClauseView? Current)> RemoveAsync(CircleView circle, Guid clauseId, int expectedVersion)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        var row = await db.DraftClauses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clauseId && c.CircleId == circle.Id);
        if (row is null)
        {
            return (ClauseChange.NotFound, null);
        }

        var removed = await db.DraftClauses.Where(c => c.Id == clauseId && c.CircleId == circle.Id && c.Version == expectedVersion).ExecuteDeleteAsync();
        if (removed == 0)
        {
            var now = await db.DraftClauses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clauseId);
            return now is null ? (ClauseChange.NotFound, null) : (ClauseChange.Conflict, new DraftClauseView(UnsealClause(key, now), now.Position, now.Version, now.LastEditedByMembershipId));
        }

        await MovedOnAsync(circle);
        return (ClauseChange.Saved, null);
    }

    /// <summary>Moves a clause one place up or down among the clauses of its group (category).</summary>
    public async Task<bool> MoveAsync(CircleView circle, Guid clauseId, bool up)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var draft = await DraftAsync(circle.Id);
        var clause = draft.Find(clauseId);
        if (clause is null)
        {
            return false;
        }

        var group = draft.Clauses.Where(c => c.Clause.CategoryId == clause.Clause.CategoryId).ToList();
        var index = group.IndexOf(clause);
        var other = up ? (index > 0 ? group[index - 1] : null) : (index < group.Count - 1 ? group[index + 1] : null);
        if (other is null)
        {
            return false;
        }

        var rows = await db.DraftClauses.Where(c => c.Id == clause.Clause.Id || c.Id == other.Clause.Id).ToListAsync();
        var (a, b) = (rows.Single(r => r.Id == clause.Clause.Id), rows.Single(r => r.Id == other.Clause.Id));
        (a.Position, b.Position) = (b.Position, a.Position);
        await db.SaveChangesAsync();
        await MovedOnAsync(circle);
        return true;
    }

    /// <summary>Starts a review: the draft becomes the active version's clauses again.</summary>
    public async Task<bool> StartReviewAsync(CircleView circle)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        var active = (await VersionsAsync(circle)).FirstOrDefault(v => v.Status == VersionStatus.Active);
        if (active is null)
        {
            return false;
        }

        await db.DraftClauses.Where(c => c.CircleId == circle.Id).ExecuteDeleteAsync();
        var position = 0;
        foreach (var clause in active.Document.Clauses)
        {
            var kept = clause with { AppliesTo = [.. clause.AppliesTo.Where(m => circle.Members.Any(x => x.MembershipId == m))] };
            if (clause.AppliesTo.Count > 0 && kept.AppliesTo.Count == 0)
            {
                continue; // it named only people who have left
            }

            db.DraftClauses.Add(new DraftClause { Id = clause.Id, CircleId = circle.Id, Position = ++position, SealedContent = SealClause(key, clause.Id, kept) });
        }

        await db.SaveChangesAsync();
        await MovedOnAsync(circle);
        return true;
    }

    // ------------------------------------------------------------------ proposing and signing

    /// <summary>Freezes the draft as a new version for everyone to sign, if it is still the draft the proposer saw.</summary>
    public async Task<(ProposeOutcome Outcome, int? Number)> ProposeAsync(CircleView circle, int seenRevision)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        await SettleAsync(circle);
        var draft = await DraftAsync(circle.Id);
        if (draft.Revision != seenRevision)
        {
            return (ProposeOutcome.DraftMovedOn, null);
        }

        var document = draft.Document;
        if (document.IsEmpty)
        {
            return (ProposeOutcome.Empty, null);
        }

        var current = await db.AgreementVersions.AsNoTracking()
            .Where(v => v.CircleId == circle.Id && (v.Status == VersionStatus.Active || v.Status == VersionStatus.Proposed))
            .ToListAsync();
        if (current.Any(v => v.Status == VersionStatus.Proposed && v.ContentHash == document.Hash))
        {
            return (ProposeOutcome.AlreadyProposed, current.First(v => v.Status == VersionStatus.Proposed).Number);
        }

        if (current.Any(v => v.Status == VersionStatus.Active && v.ContentHash == document.Hash))
        {
            return (ProposeOutcome.SameAsActive, null);
        }

        // Only one of two simultaneous proposals moves the revision on; the other is told the draft moved.
        await EnsureDraftRowAsync(circle.Id);
        var moved = await db.AgreementDrafts
            .Where(d => d.CircleId == circle.Id && d.Revision == seenRevision)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Revision, d => d.Revision + 1));
        if (moved == 0)
        {
            return (ProposeOutcome.DraftMovedOn, null);
        }

        foreach (var open in await db.AgreementVersions.Where(v => v.CircleId == circle.Id && v.Status == VersionStatus.Proposed).ToListAsync())
        {
            Withdraw(open, WithdrawnReason.ProposedAgain, circle.Me.MembershipId);
        }

        var number = (await db.AgreementVersions.Where(v => v.CircleId == circle.Id).MaxAsync(v => (int?)v.Number) ?? 0) + 1;
        var version = new AgreementVersion
        {
            Id = Guid.NewGuid(),
            CircleId = circle.Id,
            Number = number,
            Status = VersionStatus.Proposed,
            ContentHash = document.Hash,
            SealedDocument = [],
            DraftRevision = seenRevision + 1,
            ProposedByMembershipId = circle.Me.MembershipId,
            ProposedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var names = circle.Members.ToDictionary(m => m.MembershipId, m => m.DisplayName);
        version.SealedDocument = sealer.Seal(key, SealedField.AgreementVersion, version.Id, JsonSerializer.Serialize(new SealedVersion([.. document.Clauses.Select(ClauseJson.From)], names), Json));
        db.AgreementVersions.Add(version);
        await db.SaveChangesAsync();
        notifier.SomethingNew(circle.Id, circle.Me.MembershipId);
        return (ProposeOutcome.Proposed, number);
    }

    /// <summary>
    /// Signs the version with this number, if its hash is the one the member read and it is still on
    /// the table. The caller has checked the member's passphrase.
    /// </summary>
    public async Task<SignOutcome> SignAsync(CircleView circle, int number, string hash)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await SettleAsync(circle);
            var version = await db.AgreementVersions.Include(v => v.Signatures).FirstOrDefaultAsync(v => v.CircleId == circle.Id && v.Number == number);
            if (version is null)
            {
                return SignOutcome.NotCurrent;
            }

            var proposal = Restore(version, circle);
            var outcome = proposal.Sign(circle.Me.MembershipId, hash);
            if (outcome is not (SignOutcome.SignatureAdded or SignOutcome.Activated))
            {
                return outcome;
            }

            var signature = new AgreementSignature { Id = Guid.NewGuid(), VersionId = version.Id, MembershipId = circle.Me.MembershipId, SealedSignerName = [], SignedAtUtc = clock.GetUtcNow().UtcDateTime };
            signature.SealedSignerName = sealer.Seal(key, SealedField.SignerName, signature.Id, circle.Me.DisplayName);
            db.AgreementSignatures.Add(signature);
            if (proposal.Status == VersionStatus.Active)
            {
                await ActivateAsync(version);
            }

            version.Concurrency++;
            try
            {
                await db.SaveChangesAsync();
                if (outcome == SignOutcome.Activated && !circle.IsDemo)
                {
                    Infrastructure.Metrics.AgreementsSigned.Add(1);
                }

                notifier.SomethingNew(circle.Id, circle.Me.MembershipId);
                return outcome;
            }
            catch (DbUpdateException) when (attempt < 4)
            {
                // Another signature or a withdrawal landed first: look again.
            }
        }
    }

    /// <summary>Sets when the circle means to review an active version.</summary>
    public async Task<bool> SetReviewDateAsync(CircleView circle, int number, DateOnly reviewOn)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var updated = await db.AgreementVersions
            .Where(v => v.CircleId == circle.Id && v.Number == number && v.Status == VersionStatus.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.ReviewOn, reviewOn));
        return updated == 1;
    }

    // ------------------------------------------------------------------ reading versions

    public async Task<IReadOnlyList<VersionView>> VersionsAsync(CircleView circle)
    {
        var key = await keys.CircleAsync(circle.Id);
        ArgumentNullException.ThrowIfNull(circle);
        await SettleAsync(circle);
        var rows = await db.AgreementVersions.AsNoTracking().Include(v => v.Signatures)
            .Where(v => v.CircleId == circle.Id).OrderByDescending(v => v.Number).ToListAsync();
        return [.. rows.Select(r => View(key, r, circle))];
    }

    public async Task<VersionView?> VersionAsync(CircleView circle, int number) =>
        (await VersionsAsync(circle)).FirstOrDefault(v => v.Number == number);

    // ------------------------------------------------------------------ members leaving

    /// <summary>
    /// Before a member leaves: the draft no longer names them (a clause that named only them is
    /// removed from the draft). Signed versions keep their names and signatures as they were.
    /// </summary>
    public async Task MemberLeavingAsync(Guid circleId, Guid membershipId)
    {
        var key = await keys.CircleAsync(circleId);
        var rows = await db.DraftClauses.Where(c => c.CircleId == circleId).ToListAsync();
        var changed = false;
        foreach (var row in rows)
        {
            var clause = UnsealClause(key, row);
            if (!clause.AppliesTo.Contains(membershipId))
            {
                continue;
            }

            changed = true;
            var rest = clause.AppliesTo.Where(m => m != membershipId).ToList();
            if (rest.Count == 0)
            {
                db.DraftClauses.Remove(row);
            }
            else
            {
                row.SealedContent = SealClause(key, row.Id, clause with { AppliesTo = rest });
                row.Version++;
            }
        }

        if (changed)
        {
            await db.SaveChangesAsync();
            await EnsureDraftRowAsync(circleId);
            await db.AgreementDrafts.Where(d => d.CircleId == circleId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Revision, d => d.Revision + 1).SetProperty(d => d.LastEditedByMembershipId, (Guid?)null));
        }
    }

    // ------------------------------------------------------------------ plumbing

    /// <summary>
    /// Brings the stored versions up to date with the draft and the members: a proposal whose draft has
    /// moved on is withdrawn (signatures void); one that no longer waits for anyone (someone left) becomes active.
    /// </summary>
    private async Task SettleAsync(CircleView circle)
    {
        var open = await db.AgreementVersions.Include(v => v.Signatures)
            .Where(v => v.CircleId == circle.Id && v.Status == VersionStatus.Proposed).ToListAsync();
        if (open.Count == 0)
        {
            return;
        }

        var draft = await db.AgreementDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.CircleId == circle.Id);
        foreach (var version in open)
        {
            if (draft is not null && draft.Revision != version.DraftRevision)
            {
                Withdraw(version, WithdrawnReason.DraftChanged, draft.LastEditedByMembershipId);
            }
            else if (Restore(version, circle).Status == VersionStatus.Active)
            {
                await ActivateAsync(version);
            }
            else
            {
                continue;
            }

            version.Concurrency++;
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else settled it at the same moment; what they wrote stands.
        }

        db.ChangeTracker.Clear();
    }

    private async Task ActivateAsync(AgreementVersion version)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        version.Status = VersionStatus.Active;
        version.ActivatedAtUtc = now;
        version.ReviewOn ??= AgreementRules.DefaultReviewDate(DateOnly.FromDateTime(now));
        foreach (var previous in await db.AgreementVersions.Where(v => v.CircleId == version.CircleId && v.Status == VersionStatus.Active && v.Id != version.Id).ToListAsync())
        {
            previous.Status = VersionStatus.Superseded;
            previous.Concurrency++;
        }
    }

    private static void Withdraw(AgreementVersion version, WithdrawnReason reason, Guid? by)
    {
        version.Status = VersionStatus.Withdrawn;
        version.WithdrawnReason = reason;
        version.WithdrawnByMembershipId = by;
    }

    private static Proposal Restore(AgreementVersion version, CircleView circle) =>
        Proposal.Restore(
            version.ContentHash,
            circle.Members.Select(m => m.MembershipId),
            version.Signatures.Where(s => s.MembershipId is not null).Select(s => s.MembershipId!.Value),
            version.Status);

    /// <summary>The draft changed: its revision moves on, which withdraws any unfinished proposal.</summary>
    private async Task MovedOnAsync(CircleView circle)
    {
        await EnsureDraftRowAsync(circle.Id);
        await db.AgreementDrafts.Where(d => d.CircleId == circle.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Revision, d => d.Revision + 1).SetProperty(d => d.LastEditedByMembershipId, circle.Me.MembershipId));
        await SettleAsync(circle);
    }

    private async Task EnsureDraftRowAsync(Guid circleId)
    {
        if (await db.AgreementDrafts.AnyAsync(d => d.CircleId == circleId))
        {
            return;
        }

        db.AgreementDrafts.Add(new AgreementDraft { CircleId = circleId });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Created by someone else at the same moment.
        }

        db.ChangeTracker.Clear();
    }

    private VersionView View(SealingKey key, AgreementVersion row, CircleView circle)
    {
        var sealedVersion = JsonSerializer.Deserialize<SealedVersion>(sealer.Unseal(key, SealedField.AgreementVersion, row.Id, row.SealedDocument), Json)!;
        var document = new AgreementDocument([.. sealedVersion.Clauses.Select(c => c.ToClause())]);
        var signatures = row.Signatures
            .OrderBy(s => s.SignedAtUtc)
            .Select(s => new SignatureView(s.MembershipId, sealer.Unseal(key, SealedField.SignerName, s.Id, s.SealedSignerName), s.SignedAtUtc))
            .ToList();
        var waiting = row.Status == VersionStatus.Proposed
            ? circle.Members.Select(m => m.MembershipId).Where(m => !signatures.Any(s => s.MembershipId == m)).ToList()
            : [];
        return new VersionView(row.Id, row.Number, row.Status, document, sealedVersion.Names, row.ProposedByMembershipId, row.ProposedAtUtc,
            row.ActivatedAtUtc, row.ReviewOn, signatures, waiting, row.WithdrawnReason, row.WithdrawnByMembershipId);
    }

    private static Clause ToClause(Guid id, ClauseInput input, CircleView circle)
    {
        var everyone = circle.Members.Select(m => m.MembershipId).ToHashSet();
        var appliesTo = input.AppliesTo.Distinct().Where(everyone.Contains).ToList();
        if (everyone.SetEquals(appliesTo))
        {
            appliesTo = []; // everyone, including whoever joins later
        }

        return new Clause(
            id,
            AgreementRules.Normalize(input.Text),
            input.Expectation,
            string.IsNullOrEmpty(input.BehaviourId) ? null : input.BehaviourId,
            string.IsNullOrEmpty(input.CategoryId) ? null : input.CategoryId,
            [.. circle.Members.Select(m => m.MembershipId).Where(appliesTo.Contains)],
            AgreementRules.Normalize(input.Notes));
    }

    private byte[] SealClause(SealingKey key, Guid rowId, Clause clause) =>
        sealer.Seal(key, SealedField.DraftClause, rowId, JsonSerializer.Serialize(ClauseJson.From(clause), Json));

    private Clause UnsealClause(SealingKey key, DraftClause row) =>
        JsonSerializer.Deserialize<ClauseJson>(sealer.Unseal(key, SealedField.DraftClause, row.Id, row.SealedContent), Json)!.ToClause();

    private sealed record SealedVersion(
        [property: JsonPropertyName("clauses")] List<ClauseJson> Clauses,
        [property: JsonPropertyName("names")] Dictionary<Guid, string> Names);

    private sealed record ClauseJson(
        [property: JsonPropertyName("id")] Guid Id,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("expect")] Expectation Expectation,
        [property: JsonPropertyName("behaviour")] string? BehaviourId,
        [property: JsonPropertyName("category")] string? CategoryId,
        [property: JsonPropertyName("for")] List<Guid> AppliesTo,
        [property: JsonPropertyName("notes")] string Notes)
    {
        public static ClauseJson From(Clause clause) =>
            new(clause.Id, clause.Text, clause.Expectation, clause.BehaviourId, clause.CategoryId, [.. clause.AppliesTo], clause.Notes);

        public Clause ToClause() => new(Id, Text, Expectation, BehaviourId, CategoryId, AppliesTo, Notes);
    }
}
