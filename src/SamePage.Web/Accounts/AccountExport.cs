using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SamePage.Core.CheckIns;
using SamePage.Core.Comparisons;
using SamePage.Core.Reflections;
using SamePage.Core.Rounds;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Agreements;
using SamePage.Web.Agreements.Exports;
using SamePage.Web.CheckIns;
using SamePage.Web.Circles;
using SamePage.Web.Concerns;
using SamePage.Web.Content;
using SamePage.Web.Rounds;

namespace SamePage.Web.Accounts;

/// <summary>
/// Gathers "everything of mine" for one account. Every sealed thing is read through the desk that owns
/// it, starting from the person's own view of each circle, so the export can hold nothing their own
/// pages would not show them: another member's journal, draft or unrevealed answers are never asked for.
/// The database is read directly only for which rounds and check-ins the person has written in (no
/// sealed column). This class calls no <c>ISealer</c> itself: the desks do the unsealing.
/// </summary>
public sealed class AccountExport(
    SamePageDb db,
    UserManager<Account> users,
    CircleAccess circles,
    RoundDesk rounds,
    ReflectionDesk reflections,
    CircleCatalogue catalogues,
    AgreementVersionDesk agreements,
    CheckInDesk checkIns,
    ConcernDesk concerns,
    SelfCheckDesk selfChecks,
    ContentLibrary content,
    RoundWords roundWords,
    ReflectionWords reflectionWords,
    AgreementWords agreementWords,
    CheckInWords checkInWords,
    ConcernWords concernWords,
    SelfCheckWords selfCheckWords,
    IStringLocalizer<SharedResource> l,
    SoundingBoards.SoundingBoardDesk soundingBoard,
    StyleWords styleWords,
    TimeProvider clock)
{
    private readonly ExportWords _versionWords = new(l);

    private string SomeoneWhoLeft => _versionWords.SomeoneWhoLeft;

    /// <summary>Everything of the account's, or null if the account no longer exists.</summary>
    public async Task<PersonalExport?> GatherAsync(Guid accountId)
    {
        var account = await users.FindByIdAsync(accountId.ToString());
        if (account is null)
        {
            return null;
        }

        var exported = new List<ExportedCircle>();
        // A demo circle (a sample partner's made-up words) is practice, not the person's data: left out.
        foreach (var circle in (await circles.ListAsync(accountId)).Where(c => !c.IsDemo))
        {
            exported.Add(await CircleAsync(circle));
        }

        return new PersonalExport(
            PersonalExport.CurrentFormat,
            clock.GetUtcNow().UtcDateTime,
            new ExportedAccount(account.UserName ?? string.Empty, account.DiscreetMode),
            exported)
        {
            SharingLinks = [.. (await soundingBoard.ListAsync(accountId)).Select(link => new ExportedSharingLink(
                link.Label,
                [.. link.Pieces.Select(p => new ExportedSharedPiece(p.Heading, p.Text))],
                link.Terms.ExpiresAtUtc,
                link.Terms.Opens,
                link.Terms.MaxOpens,
                link.LastOpenedAtUtc,
                link.Note))],
        };
    }

    private async Task<ExportedCircle> CircleAsync(CircleView circle) =>
        new(
            circle.Name,
            circle.Me.DisplayName,
            [.. circle.Members.Where(m => !m.IsYou).Select(m => m.DisplayName)],
            await RoundsAsync(circle),
            await BehavioursAsync(circle),
            await VersionsAsync(circle),
            await CheckInsAsync(circle),
            await ConcernsAsync(circle),
            await SelfChecksAsync(circle));

    // ------------------------------------------------------------------ rounds, journals, comparisons

    private async Task<IReadOnlyList<ExportedRound>> RoundsAsync(CircleView circle)
    {
        var me = circle.Me.MembershipId;
        var answered = await db.RoundResponses.AsNoTracking()
            .Where(x => x.MembershipId == me && x.Round.CircleId == circle.Id)
            .Select(x => x.RoundId)
            .ToListAsync();
        var journaled = await db.Reflections.AsNoTracking()
            .Where(x => x.MembershipId == me && x.Round.CircleId == circle.Id)
            .Select(x => x.RoundId)
            .ToListAsync();
        var mine = await db.Rounds.AsNoTracking()
            .Where(r => r.CircleId == circle.Id && (answered.Contains(r.Id) || journaled.Contains(r.Id)))
            .OrderBy(r => r.Number)
            .ToListAsync();

        var exported = new List<ExportedRound>();
        foreach (var round in mine)
        {
            exported.Add(await RoundAsync(circle, round, answered.Contains(round.Id)));
        }

        return exported;
    }

    private async Task<ExportedRound> RoundAsync(CircleView circle, Round round, bool answered)
    {
        var me = circle.Me.MembershipId;
        var catalogue = await rounds.CatalogueAsync(circle, round);
        var state = await rounds.StateAsync(circle, round);
        var submitted = state.HasSubmitted(me);

        var answers = new List<ExportedAnswer>();
        var guesses = new List<ExportedGuess>();
        var styles = new List<ExportedStyle>();
        if (answered)
        {
            var sheet = await rounds.SheetAsync(circle, round, me);
            foreach (var item in content.Styles.Items)
            {
                if (sheet.Styles.TryGetValue(item.Id, out var step))
                {
                    styles.Add(new ExportedStyle(item.Id, item.Label, content.Styles.FindGroup(item.GroupId)?.Title ?? item.GroupId, step, styleWords.Full(item, step)));
                }
            }

            foreach (var behaviour in catalogue.Behaviours)
            {
                var category = catalogue.FindCategory(behaviour.CategoryId)?.Title ?? behaviour.CategoryId;
                if (sheet.Answers.TryGetValue(behaviour.Id, out var stance))
                {
                    answers.Add(new ExportedAnswer(behaviour.Id, behaviour.Label, category, stance, roundWords.Stance(stance)));
                }

                if (sheet.Guesses.TryGetValue(behaviour.Id, out var byMember))
                {
                    guesses.AddRange(byMember.Select(g => new ExportedGuess(
                        behaviour.Id, behaviour.Label, circle.Member(g.Key)?.DisplayName ?? SomeoneWhoLeft, g.Value, roundWords.Stance(g.Value))));
                }
            }
        }

        var journal = await reflections.OwnAsync(circle, round);
        var reflected = ReflectionPrompts.All
            .Where(p => journal.Text(p).Length > 0)
            .Select(p => new ExportedReflection(p, reflectionWords.Title(p), journal.Text(p), journal.IsShared(p)))
            .ToList();

        // Only a revealed round the person took part in is compared, exactly as the comparison page shows it.
        var comparisons = new List<ExportedComparison>();
        if (state.Phase == RoundPhase.Revealed && state.Members.Contains(me))
        {
            var revealed = await rounds.RevealedAsync(circle, round);
            var comparison = new RoundComparison(revealed.Catalogue, revealed.Answers);
            foreach (var other in circle.Members.Where(m => !m.IsYou && revealed.Answers.ContainsKey(m.MembershipId)))
            {
                var pair = comparison.Compare(me, other.MembershipId);
                comparisons.Add(new ExportedComparison(other.DisplayName, [.. pair.Items.Select(i => new ExportedComparedItem(
                    i.Behaviour.Id,
                    i.Behaviour.Label,
                    roundWords.Stance(i.Verdict.First),
                    roundWords.Stance(i.Verdict.Second),
                    roundWords.Kind(i.Verdict.Kind)))]));
            }
        }

        return new ExportedRound(round.Number, round.Revealed || state.Phase == RoundPhase.Revealed, submitted, answers, guesses, reflected, comparisons)
        {
            Styles = styles,
        };
    }

    private async Task<IReadOnlyList<ExportedBehaviour>> BehavioursAsync(CircleView circle) =>
        [.. (await catalogues.ListAsync(circle))
            .Where(b => b.AddedByYou)
            .Select(b => new ExportedBehaviour(
                b.Behaviour.Label,
                content.Catalogue.FindCategory(b.Behaviour.CategoryId)?.Title ?? b.Behaviour.CategoryId,
                b.Behaviour.Clarification,
                b.FromRound))];

    // ------------------------------------------------------------------ agreements

    private async Task<IReadOnlyList<ExportedAgreementVersion>> VersionsAsync(CircleView circle)
    {
        var versions = await agreements.VersionsAsync(circle);
        return [.. versions.OrderBy(v => v.Number).Select(v =>
        {
            var copy = ExportedVersion.From(circle, v, content.Catalogue, agreementWords, _versionWords);
            return new ExportedAgreementVersion(
                copy.Number,
                copy.StatusText,
                [.. copy.Groups.SelectMany(g => g.Clauses.Select(c => new ExportedAgreementClause(c.Number, g.Title, c.Text, c.Expectation, c.AppliesTo, c.Notes)))],
                copy.ProposedBy,
                copy.ProposedAtUtc,
                copy.ActivatedAtUtc,
                copy.ReviewOn,
                [.. copy.Signatures.Select(s => new ExportedAgreementSignature(s.Name, s.SignedAtUtc))],
                v.HasSigned(circle.Me.MembershipId),
                copy.ShortHash);
        })];
    }

    // ------------------------------------------------------------------ check-ins

    private async Task<IReadOnlyList<ExportedCheckIn>> CheckInsAsync(CircleView circle)
    {
        var me = circle.Me.MembershipId;
        var mine = await db.CheckInResponses.AsNoTracking()
            .Where(r => r.MembershipId == me && r.CheckIn.CircleId == circle.Id)
            .Select(r => r.CheckInId)
            .ToListAsync();
        if (mine.Count == 0)
        {
            return [];
        }

        var clauses = await checkIns.ClausesAsync(circle);
        var exported = new List<ExportedCheckIn>();
        foreach (var checkIn in (await checkIns.ListAsync(circle.Id)).Where(c => mine.Contains(c.Id)).OrderBy(c => c.Number))
        {
            var answers = await checkIns.AnswersAsync(circle, checkIn);
            var state = await checkIns.StateAsync(circle, checkIn);
            exported.Add(new ExportedCheckIn(
                checkIn.Number,
                checkIn.OpenedAtUtc,
                state.HasSubmitted(me),
                [.. CheckInItems.All.Where(i => answers.Score(i) is not null).Select(i => new ExportedScore(i, checkInWords.Item(i), answers.Score(i)!.Value))],
                [.. answers.Clauses.Select(c => new ExportedClauseFeeling(
                    clauses.Known.TryGetValue(c.Key, out var clause) ? clause.Text : string.Empty,
                    checkInWords.Feeling(c.Value)))],
                answers.Appreciation,
                answers.Topics));
        }

        return exported;
    }

    // ------------------------------------------------------------------ concerns and self-checks

    private async Task<IReadOnlyList<ExportedConcern>> ConcernsAsync(CircleView circle)
    {
        var me = circle.Me.MembershipId;
        var list = await concerns.ListAsync(circle);
        var ids = list.Drafts.Concat(list.RaisedByMe).Concat(list.SharedWithMe)
            .OrderBy(c => c.CreatedOn)
            .Select(c => c.Id)
            .Distinct()
            .ToList();
        string NameOf(Guid? member) => member is { } id ? circle.Member(id)?.DisplayName ?? SomeoneWhoLeft : SomeoneWhoLeft;

        var exported = new List<ExportedConcern>();
        foreach (var id in ids)
        {
            if (await concerns.FindAsync(circle, id) is not { } concern)
            {
                continue; // gone meanwhile
            }

            var document = concern.Document;
            exported.Add(new ExportedConcern(
                concern.Author == me,
                NameOf(concern.Author),
                concernWords.Stage(concern.Stage, concern.Author == me),
                concern.CreatedOn,
                concern.SharedAtUtc,
                [.. concern.Case.Recipients.Select(r => NameOf(r))],
                document.Noticed,
                document.Felt,
                document.Need,
                document.ClauseText,
                [.. concern.Replies.Select(r => new ExportedReply(NameOf(r.MembershipId), r.MembershipId == me, r.Text, r.AtUtc))],
                concern.Outcome is { } outcome
                    ? new ExportedOutcome(concernWords.Outcome(outcome.Outcome), NameOf(outcome.By), outcome.AtUtc)
                    : null));
        }

        return exported;
    }

    private async Task<IReadOnlyList<ExportedSelfCheck>> SelfChecksAsync(CircleView circle) =>
        [.. (await selfChecks.ListAsync(circle))
            .OrderBy(s => s.CreatedOn)
            .Select(s => new ExportedSelfCheck(s.CreatedOn, [.. s.Behaviours.Select(b => b.Label)], s.Doing, selfCheckWords.Reason(s.Reason), s.Why))];
}
