using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Accounts;
using SamePage.Core.Reflections;
using SamePage.Core.Security;
using SamePage.Core.SoundingBoards;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;
using SamePage.Web.Circles;
using SamePage.Web.Rounds;

namespace SamePage.Web.SoundingBoards;

/// <summary>One journal answer a person may put in a link: its key in the form names only their own reflection and a prompt.</summary>
public sealed record JournalChoice(string Key, string CircleName, int RoundNumber, string Prompt, string Text);

/// <summary>One piece of what a link shows: a heading (the prompt, worded when the link was made) and the text.</summary>
public sealed record CopyPiece(string Heading, string Text);

/// <summary>The snapshot a link shows, sealed under the link's key as one document (<see cref="SealedField.SoundingBoardCopy"/>).</summary>
public sealed record SoundingBoardCopy(IReadOnlyList<CopyPiece> Pieces)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SoundingBoardCopy FromJson(string json) => JsonSerializer.Deserialize<SoundingBoardCopy>(json, Json) ?? new SoundingBoardCopy([]);
}

/// <summary>A link in its maker's list.</summary>
public sealed record LinkSummary(Guid Id, string Label, LinkTerms Terms, DateTime? LastOpenedAtUtc, IReadOnlyList<CopyPiece> Pieces, string? Note);

public sealed record LinkCreated(IReadOnlyList<LinkProblem> Problems, string? Code, DateTime? ExpiresAtUtc);

/// <summary>What the supporter's page gets: the copy, or nothing (the link has ended, or never was).</summary>
public sealed record LinkOpened(SoundingBoardCopy? Copy, bool NoteLeft);

/// <summary>
/// Sounding-board links: made from a person's own journal, read by one supporter without an account,
/// revoked by deleting the row. Every rule about ending (lifetime, opens, notes) is Core's
/// <see cref="LinkTerms"/>; this desk loads, asks, applies and saves. The link's key is random and kept
/// only wrapped, under the code's key (for the supporter) and the maker's personal key (for their list).
/// </summary>
public sealed class SoundingBoardDesk(
    SamePageDb db, ISealer sealer, KeyRing keys, CircleAccess circles, ReflectionDesk reflections, RoundDesk rounds, ReflectionWords words, RoundWords roundWords, TimeProvider clock)
{
    private const string CodePurpose = "SamePage.v2 sounding-board wrap";
    private const int OpenAttempts = 6;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Every journal answer the person has written, in every circle, newest round first, then their own
    /// answers to each round they answered (one piece per round). Only the person's own rows are read.
    /// </summary>
    public async Task<IReadOnlyList<JournalChoice>> ChoicesAsync(Guid accountId)
    {
        var choices = new List<JournalChoice>();
        foreach (var circle in await circles.ListAsync(accountId))
        {
            var journaled = await db.Reflections.AsNoTracking()
                .Where(r => r.MembershipId == circle.Me.MembershipId)
                .Select(r => new { r.Id, r.Round })
                .ToListAsync();
            foreach (var mine in journaled.OrderByDescending(r => r.Round.Number))
            {
                var journal = await reflections.OwnAsync(circle, mine.Round);
                choices.AddRange(ReflectionPrompts.All
                    .Where(p => journal.Text(p).Length > 0)
                    .Select(p => new JournalChoice($"{mine.Id:N}.{p}", circle.Name, mine.Round.Number, words.Title(p), journal.Text(p))));
            }

            var answered = await db.RoundResponses.AsNoTracking()
                .Where(r => r.MembershipId == circle.Me.MembershipId)
                .Select(r => new { r.Id, r.Round })
                .ToListAsync();
            foreach (var mine in answered.OrderByDescending(r => r.Round.Number))
            {
                var sheet = await rounds.SheetAsync(circle, mine.Round, circle.Me.MembershipId);
                var catalogue = await rounds.CatalogueAsync(circle, mine.Round);
                var lines = catalogue.Behaviours
                    .Where(b => sheet.Answers.ContainsKey(b.Id))
                    .Select(b => $"{b.Label}: {roundWords.Stance(sheet.Answers[b.Id])}")
                    .ToList();
                if (lines.Count > 0)
                {
                    choices.Add(new JournalChoice($"{mine.Id:N}.answers", circle.Name, mine.Round.Number, words.OwnAnswers, string.Join('\n', lines)));
                }
            }
        }

        return choices;
    }

    /// <summary>A new link showing exactly the chosen answers; returns the code to show once.</summary>
    public async Task<LinkCreated> CreateAsync(Guid accountId, IReadOnlyCollection<string> chosen, string? label, int lifetimeHours, int opens)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var wanted = chosen.ToHashSet(StringComparer.Ordinal);
        var pieces = (await ChoicesAsync(accountId))
            .Where(c => wanted.Contains(c.Key))
            .Select(c => new CopyPiece(c.Prompt, c.Text))
            .ToList();
        var problems = SoundingBoardRules.Check(pieces.Count, label, lifetimeHours, opens);
        if (problems.Count > 0)
        {
            return new LinkCreated(problems, null, null);
        }

        var terms = LinkTerms.New(Now, TimeSpan.FromHours(lifetimeHours), opens);
        var code = SecretCode.Normalize(SecretCode.Create(SoundingBoardRules.CodeGroups), SoundingBoardRules.CodeGroups)!;
        var id = Guid.NewGuid();
        var linkKey = SealingKey.Link(id, Envelope.NewKey());
        db.SoundingBoardLinks.Add(new SoundingBoardLink
        {
            Id = id,
            AccountId = accountId,
            CodeHash = SecretCode.Hash(code),
            WrappedForCode = Envelope.Seal(CodeKey(code, id), linkKey.Export(), CodeContext(id)),
            WrappedForOwner = Envelope.Seal(keys.Personal.Export(), linkKey.Export(), OwnerContext(id, accountId)),
            SealedLabel = sealer.Seal(keys.Personal, SealedField.SoundingBoardLabel, id, Core.Text.PlainText.Normalize(label)),
            SealedCopy = sealer.Seal(linkKey, SealedField.SoundingBoardCopy, id, new SoundingBoardCopy(pieces).ToJson()),
            ExpiresAtUtc = terms.ExpiresAtUtc,
            Opens = terms.Opens,
            MaxOpens = terms.MaxOpens,
        });
        await db.SaveChangesAsync();
        return new LinkCreated([], SecretCode.Format(code), terms.ExpiresAtUtc);
    }

    /// <summary>The person's links that have not expired, newest ending last; expired links (anyone's) are deleted first.</summary>
    public async Task<IReadOnlyList<LinkSummary>> ListAsync(Guid accountId)
    {
        var now = Now;
        await db.SoundingBoardLinks.Where(l => l.ExpiresAtUtc <= now).ExecuteDeleteAsync();
        var rows = await db.SoundingBoardLinks.AsNoTracking()
            .Where(l => l.AccountId == accountId)
            .OrderBy(l => l.ExpiresAtUtc)
            .ToListAsync();
        var personal = keys.Personal;
        return [.. rows.Select(row =>
        {
            var linkKey = SealingKey.Link(row.Id, Envelope.Open(personal.Export(), row.WrappedForOwner, OwnerContext(row.Id, accountId)));
            var copy = SoundingBoardCopy.FromJson(sealer.Unseal(linkKey, SealedField.SoundingBoardCopy, row.Id, row.SealedCopy));
            return new LinkSummary(
                row.Id,
                sealer.Unseal(personal, SealedField.SoundingBoardLabel, row.Id, row.SealedLabel),
                Terms(row),
                row.LastOpenedAtUtc,
                copy.Pieces,
                row.SealedNote is null ? null : sealer.Unseal(linkKey, SealedField.SoundingBoardNote, row.Id, row.SealedNote));
        })];
    }

    /// <summary>Ends a link at once: its row, copy and note are deleted. Only its maker can; anyone else's id does nothing.</summary>
    public async Task<bool> RevokeAsync(Guid accountId, Guid linkId) =>
        await db.SoundingBoardLinks.Where(l => l.Id == linkId && l.AccountId == accountId).ExecuteDeleteAsync() > 0;

    /// <summary>Whether a code leads to a link that can still be opened, without using an open.</summary>
    public async Task<LinkStanding> StandingAsync(string? typedCode)
    {
        var row = await FindAsync(typedCode);
        return LinkTerms.StandingOf(row is null ? null : Terms(row), Now);
    }

    /// <summary>Whether a code leads to a link that still takes a note back.</summary>
    public async Task<bool> NotesAsync(string? typedCode)
    {
        var row = await FindAsync(typedCode);
        return row is not null && Terms(row).CanTakeNote(Now);
    }

    /// <summary>Spends one open and returns the copy, or no copy if the link has ended (or never was).</summary>
    public async Task<LinkOpened> OpenAsync(string? typedCode)
    {
        for (var attempt = 0; attempt < OpenAttempts; attempt++)
        {
            var row = await FindAsync(typedCode);
            var now = Now;
            if (row is null || LinkTerms.StandingOf(Terms(row), now) == LinkStanding.Ended || OpenKey(row, typedCode!) is not { } linkKey)
            {
                return new LinkOpened(null, false);
            }

            var opened = Terms(row).Open(now);
            var mark = SoundingBoardRules.OpenedMark(now);
            var spent = await db.SoundingBoardLinks
                .Where(l => l.Id == row.Id && l.Opens == row.Opens)
                .ExecuteUpdateAsync(u => u.SetProperty(l => l.Opens, opened.Opens).SetProperty(l => l.LastOpenedAtUtc, mark));
            if (spent == 1)
            {
                return new LinkOpened(SoundingBoardCopy.FromJson(sealer.Unseal(linkKey, SealedField.SoundingBoardCopy, row.Id, row.SealedCopy)), row.SealedNote is not null);
            }
        }

        return new LinkOpened(null, false);
    }

    /// <summary>Keeps the supporter's note back (replacing an earlier one), sealed under the link's key. False if the link no longer takes notes.</summary>
    public async Task<bool> LeaveNoteAsync(string? typedCode, string note)
    {
        var row = await FindAsync(typedCode);
        if (row is null || !Terms(row).CanTakeNote(Now) || OpenKey(row, typedCode!) is not { } linkKey)
        {
            return false;
        }

        var sealedNote = sealer.Seal(linkKey, SealedField.SoundingBoardNote, row.Id, note);
        return await db.SoundingBoardLinks.Where(l => l.Id == row.Id).ExecuteUpdateAsync(u => u.SetProperty(l => l.SealedNote, sealedNote)) == 1;
    }

    private async Task<SoundingBoardLink?> FindAsync(string? typedCode)
    {
        var code = SecretCode.Normalize(typedCode, SoundingBoardRules.CodeGroups);
        if (code is null)
        {
            return null;
        }

        var hash = SecretCode.Hash(code);
        return await db.SoundingBoardLinks.AsNoTracking().FirstOrDefaultAsync(l => l.CodeHash == hash);
    }

    private static LinkTerms Terms(SoundingBoardLink row) => new(DateTime.SpecifyKind(row.ExpiresAtUtc, DateTimeKind.Utc), row.Opens, row.MaxOpens);

    private static SealingKey? OpenKey(SoundingBoardLink row, string typedCode)
    {
        var code = SecretCode.Normalize(typedCode, SoundingBoardRules.CodeGroups);
        if (code is null)
        {
            return null;
        }

        try
        {
            return SealingKey.Link(row.Id, Envelope.Open(CodeKey(code, row.Id), row.WrappedForCode, CodeContext(row.Id)));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static byte[] CodeKey(string canonicalCode, Guid linkId) =>
        KeyDerivation.FromCode(canonicalCode, linkId.ToByteArray(), CodePurpose);

    private static byte[] CodeContext(Guid linkId) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"SamePage.v2|sounding-board|{linkId:N}"));

    private static byte[] OwnerContext(Guid linkId, Guid accountId) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"SamePage.v2|sounding-board-owner|{linkId:N}|{accountId:N}"));
}
