using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Security;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Sealing;
using SamePage.Web.Accounts;

namespace SamePage.Tests.Common;

/// <summary>
/// Turns an app's data back into what the releases before user-held keys stored: every sealed value
/// under the server's key ring, no keys on accounts, memberships or invites. For testing the upgrade.
/// </summary>
public static class LegacyData
{
    /// <summary>Every sealed column, by entity and property. A sealed column missing here fails the downgrade.</summary>
    public static readonly IReadOnlyDictionary<(string Entity, string Property), SealedField> Columns = new Dictionary<(string, string), SealedField>
    {
        [(nameof(Circle), nameof(Circle.SealedName))] = SealedField.CircleName,
        [(nameof(Membership), nameof(Membership.SealedDisplayName))] = SealedField.DisplayName,
        [(nameof(RoundResponse), nameof(RoundResponse.SealedAnswers))] = SealedField.RoundAnswers,
        [(nameof(CustomBehaviour), nameof(CustomBehaviour.SealedContent))] = SealedField.CustomBehaviour,
        [(nameof(Reflection), nameof(Reflection.SealedPrivate))] = SealedField.ReflectionPrivate,
        [(nameof(Reflection), nameof(Reflection.SealedShared))] = SealedField.ReflectionShared,
        [(nameof(DraftClause), nameof(DraftClause.SealedContent))] = SealedField.DraftClause,
        [(nameof(AgreementVersion), nameof(AgreementVersion.SealedDocument))] = SealedField.AgreementVersion,
        [(nameof(AgreementSignature), nameof(AgreementSignature.SealedSignerName))] = SealedField.SignerName,
        [(nameof(CheckInResponse), nameof(CheckInResponse.SealedAnswers))] = SealedField.CheckInAnswers,
        [(nameof(Concern), nameof(Concern.SealedDraft))] = SealedField.ConcernDraft,
        [(nameof(Concern), nameof(Concern.SealedShared))] = SealedField.ConcernShared,
        [(nameof(Concern), nameof(Concern.SealedOutcome))] = SealedField.ConcernOutcome,
        [(nameof(ConcernResponse), nameof(ConcernResponse.SealedText))] = SealedField.ConcernResponse,
        [(nameof(SelfCheck), nameof(SelfCheck.SealedContent))] = SealedField.SelfCheck,
        [(nameof(Membership), nameof(Membership.SealedSeen))] = SealedField.SeenProgress,
        [(nameof(RoundTalk), nameof(RoundTalk.SealedTopics))] = SealedField.TalkedAbout,
        [(nameof(SoundingBoardLink), nameof(SoundingBoardLink.SealedLabel))] = SealedField.SoundingBoardLabel,
        [(nameof(SoundingBoardLink), nameof(SoundingBoardLink.SealedCopy))] = SealedField.SoundingBoardCopy,
        [(nameof(SoundingBoardLink), nameof(SoundingBoardLink.SealedNote))] = SealedField.SoundingBoardNote,
    };

    /// <summary>Sealed columns that came after user-held keys: the releases before had none, so a downgrade empties them.</summary>
    private static readonly HashSet<SealedField> Newer = new HashSet<SealedField> { SealedField.SeenProgress, SealedField.SoundingBoardLabel, SealedField.SoundingBoardCopy, SealedField.SoundingBoardNote };

    /// <summary>
    /// Reseals everything of the given people and their circles (whose passphrases open their keys)
    /// under the legacy server key, and forgets their keys and their circles'. Everyone in those
    /// circles must be among them; other people's data is left as it is. Run on a running app.
    /// </summary>
    public static async Task DowngradeAsync(IServiceProvider services, IEnumerable<(string Username, string Passphrase)> people)
    {
        ArgumentNullException.ThrowIfNull(services);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
        var sealer = scope.ServiceProvider.GetRequiredService<ISealer>();
        var legacy = scope.ServiceProvider.GetRequiredService<LegacySealer>();

        var keys = new List<SealingKey>();
        var accounts = new List<Account>();
        foreach (var (username, passphrase) in people)
        {
            var account = await db.Users.SingleAsync(a => a.UserName == username);
            accounts.Add(account);
            var personal = SealingKey.Personal(account.Id, AccountKeys.OpenWithPassphrase(account, passphrase)!);
            keys.Add(personal);
            foreach (var membership in await db.Memberships.Where(m => m.AccountId == account.Id).ToListAsync())
            {
                keys.Add(SealingKey.Circle(membership.CircleId, KeyRing.UnwrapCircleKey(personal, membership.CircleId, membership.KeyEpoch, membership.WrappedCircleKey!)));
            }
        }

        foreach (var (row, property, field, id) in await SealedCellsAsync(db, tracked: true))
        {
            if (property.GetValue(row) is not byte[] value)
            {
                continue;
            }

            if (Newer.Contains(field))
            {
                var mine = keys.Any(k => k.Scope == SealedFields.ScopeOf(field) && TryUnseal(sealer, k, field, id, value) is not null);
                property.SetValue(row, mine ? null : value);
                continue;
            }

            var plaintext = keys.Where(k => k.Scope == SealedFields.ScopeOf(field))
                .Select(k => TryUnseal(sealer, k, field, id, value))
                .FirstOrDefault(p => p is not null);
            if (plaintext is not null)
            {
                // Someone else's data (in an app other tests share) stays as it is.
                property.SetValue(row, legacy.Seal(field, id, plaintext));
            }
        }

        foreach (var account in accounts)
        {
            account.KeySalt = null;
            account.KeyCost = null;
            account.PassphraseWrappedKey = null;
            account.RecoveryWrappedKey = null;
        }

        var circles = keys.Where(k => k.Scope == KeyScope.Circle).Select(k => k.Id).ToList();
        foreach (var membership in await db.Memberships.Where(m => circles.Contains(m.CircleId)).ToListAsync())
        {
            membership.WrappedCircleKey = null;
        }

        foreach (var invite in await db.Invites.Where(i => circles.Contains(i.CircleId)).ToListAsync())
        {
            invite.WrappedCircleKey = null;
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The sealed values still under the legacy server key, by kind.</summary>
    public static async Task<IReadOnlyList<SealedField>> StillLegacyAsync(SamePageDb db) =>
        [.. (await SealedValuesAsync(db)).Where(v => !Envelope.IsEnvelope(v.Value)).Select(v => v.Field)];

    /// <summary>Every sealed value in the database, with its kind and row.</summary>
    public static async Task<IReadOnlyList<(SealedField Field, Guid Id, byte[] Value)>> SealedValuesAsync(SamePageDb db) =>
        [.. (await SealedCellsAsync(db, tracked: false))
            .Select(c => (c.Field, c.Id, Value: c.Property.GetValue(c.Row) as byte[]))
            .Where(c => c.Value is not null)
            .Select(c => (c.Field, c.Id, c.Value!))];

    /// <summary>Every row's every sealed column, found through the model, so a new sealed column cannot be missed.</summary>
    private static async Task<List<(object Row, System.Reflection.PropertyInfo Property, SealedField Field, Guid Id)>> SealedCellsAsync(SamePageDb db, bool tracked)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cells = new List<(object, System.Reflection.PropertyInfo, SealedField, Guid)>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            // Wrapped keys (the circle's key chain) move with the keys, not as sealed values: a circle someone
            // has left has one, and the releases before user-held keys had none to downgrade.
            var sealedProperties = entity.GetProperties()
                .Where(p => p.ClrType == typeof(byte[]) && p.Name.StartsWith("Sealed", StringComparison.Ordinal))
                .Where(p => !SealedColumns.Keys.Contains((entity.ClrType, p.Name)))
                .ToList();
            if (sealedProperties.Count == 0)
            {
                continue;
            }

            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
            foreach (var row in await (tracked ? set : set.AsNoTracking()).ToListAsync())
            {
                var id = (Guid)entity.FindPrimaryKey()!.Properties.Single().PropertyInfo!.GetValue(row)!;
                foreach (var property in sealedProperties)
                {
                    Assert.True(Columns.TryGetValue((entity.ClrType.Name, property.Name), out var field), $"{entity.ClrType.Name}.{property.Name} is sealed but unknown to LegacyData.Columns.");
                    cells.Add((row, property.PropertyInfo!, field, id));
                }
            }
        }

        return cells;
    }

    private static string? TryUnseal(ISealer sealer, SealingKey key, SealedField field, Guid id, byte[] value)
    {
        try
        {
            return sealer.Unseal(key, field, id, value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
