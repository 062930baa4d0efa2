using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;

namespace SamePage.Data.Sealing;

/// <summary>
/// Whose rows a sealed column is looked up for: a circle (its id), a person (their account id and
/// their memberships, for what is sealed with their own key) or a sounding-board link (its id).
/// </summary>
public sealed record SealedScope(Guid Id, IReadOnlyCollection<Guid> Memberships)
{
    public static SealedScope OfCircle(Guid circleId) => new(circleId, []);

    public static SealedScope OfPerson(Guid accountId, IReadOnlyCollection<Guid> memberships) => new(accountId, memberships);
}

/// <summary>
/// One sealed column of the database: which <see cref="SealedField"/> its values are sealed as, the
/// row id they are bound to, and how to find the rows of one circle, person or link. Whatever walks
/// over every sealed value (moving values to new keys, checks of what is stored) goes through
/// <see cref="SealedColumns.All"/>, so a new sealed column is never missed; a test holds the list
/// to the EF model.
/// </summary>
public abstract class SealedColumn
{
    private protected SealedColumn(SealedField field, Type entity, string property)
    {
        Field = field;
        Entity = entity;
        Property = property;
    }

    public SealedField Field { get; }

    public KeyScope Scope => SealedFields.ScopeOf(Field);

    public Type Entity { get; }

    public string Property { get; }

    /// <summary>
    /// Replaces each value of the column in the scope's rows with what <paramref name="rewrite"/>
    /// makes of it (given the row id it is bound to); the rows stay tracked, so the caller's
    /// SaveChanges writes them. Returns how many values there were.
    /// </summary>
    public abstract Task<int> RewriteAsync(SamePageDb db, SealedScope scope, Func<Guid, byte[], byte[]> rewrite);

    public override string ToString() => $"{Entity.Name}.{Property} ({Field})";
}

public sealed class SealedColumn<TEntity> : SealedColumn
    where TEntity : class
{
    private readonly Func<TEntity, byte[]?> _get;
    private readonly PropertyInfo _property;
    private readonly Func<TEntity, Guid> _owner;
    private readonly Func<SamePageDb, SealedScope, IQueryable<TEntity>> _rows;

    internal SealedColumn(SealedField field, Expression<Func<TEntity, byte[]?>> value, Func<TEntity, Guid> owner, Func<SamePageDb, SealedScope, IQueryable<TEntity>> rows)
        : base(field, typeof(TEntity), ((MemberExpression)value.Body).Member.Name)
    {
        _get = value.Compile();
        _property = typeof(TEntity).GetProperty(Property)!;
        _owner = owner;
        _rows = rows;
    }

    public override async Task<int> RewriteAsync(SamePageDb db, SealedScope scope, Func<Guid, byte[], byte[]> rewrite)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(rewrite);
        var count = 0;
        foreach (var row in await _rows(db, scope).ToListAsync())
        {
            if (_get(row) is { } value)
            {
                _property.SetValue(row, rewrite(_owner(row), value));
                count++;
            }
        }

        return count;
    }
}

/// <summary>Every sealed column, each once. What is inside each one is its codec's business (<see cref="SealedCodec{T}"/>).</summary>
public static class SealedColumns
{
    /// <summary>Columns holding wrapped keys rather than sealed content: they are moved on with the keys, never rewritten as values.</summary>
    public static readonly IReadOnlyList<(Type Entity, string Property)> Keys =
    [
        (typeof(CircleKeyEpoch), nameof(CircleKeyEpoch.SealedPreviousKey)),
    ];

    public static readonly IReadOnlyList<SealedColumn> All =
    [
        // The circle's, under its key.
        Column<Circle>(SealedField.CircleName, c => c.SealedName, c => c.Id, (db, s) => db.Circles.Where(c => c.Id == s.Id)),
        Column<Membership>(SealedField.DisplayName, m => m.SealedDisplayName, m => m.Id, (db, s) => db.Memberships.Where(m => m.CircleId == s.Id)),
        Column<RoundResponse>(SealedField.RoundAnswers, r => r.SealedAnswers, r => r.Id, (db, s) => db.RoundResponses.Where(r => db.Rounds.Any(x => x.Id == r.RoundId && x.CircleId == s.Id))),
        Column<Reflection>(SealedField.ReflectionShared, r => r.SealedShared, r => r.Id, (db, s) => db.Reflections.Where(r => r.SealedShared != null && db.Rounds.Any(x => x.Id == r.RoundId && x.CircleId == s.Id))),
        Column<RoundTalk>(SealedField.TalkedAbout, t => t.SealedTopics, t => t.RoundId, (db, s) => db.RoundTalks.Where(t => db.Rounds.Any(x => x.Id == t.RoundId && x.CircleId == s.Id))),
        Column<CustomBehaviour>(SealedField.CustomBehaviour, b => b.SealedContent, b => b.Id, (db, s) => db.CustomBehaviours.Where(b => b.CircleId == s.Id)),
        Column<DraftClause>(SealedField.DraftClause, c => c.SealedContent, c => c.Id, (db, s) => db.DraftClauses.Where(c => c.CircleId == s.Id)),
        Column<AgreementVersion>(SealedField.AgreementVersion, v => v.SealedDocument, v => v.Id, (db, s) => db.AgreementVersions.Where(v => v.CircleId == s.Id)),
        Column<AgreementSignature>(SealedField.SignerName, x => x.SealedSignerName, x => x.Id, (db, s) => db.AgreementSignatures.Where(x => db.AgreementVersions.Any(v => v.Id == x.VersionId && v.CircleId == s.Id))),
        Column<CheckInResponse>(SealedField.CheckInAnswers, r => r.SealedAnswers, r => r.Id, (db, s) => db.CheckInResponses.Where(r => db.CheckIns.Any(c => c.Id == r.CheckInId && c.CircleId == s.Id))),
        Column<Concern>(SealedField.ConcernShared, c => c.SealedShared, c => c.Id, (db, s) => db.Concerns.Where(c => c.CircleId == s.Id && c.SealedShared != null)),
        Column<Concern>(SealedField.ConcernOutcome, c => c.SealedOutcome, c => c.Id, (db, s) => db.Concerns.Where(c => c.CircleId == s.Id && c.SealedOutcome != null)),
        Column<ConcernResponse>(SealedField.ConcernResponse, r => r.SealedText, r => r.Id, (db, s) => db.ConcernResponses.Where(r => db.Concerns.Any(c => c.Id == r.ConcernId && c.CircleId == s.Id))),

        // The person's own, under their key.
        Column<Reflection>(SealedField.ReflectionPrivate, r => r.SealedPrivate, r => r.Id, (db, s) => db.Reflections.Where(r => s.Memberships.Contains(r.MembershipId))),
        Column<Concern>(SealedField.ConcernDraft, c => c.SealedDraft, c => c.Id, (db, s) => db.Concerns.Where(c => s.Memberships.Contains(c.AuthorMembershipId))),
        Column<SelfCheck>(SealedField.SelfCheck, x => x.SealedContent, x => x.Id, (db, s) => db.SelfChecks.Where(x => s.Memberships.Contains(x.MembershipId))),
        Column<Membership>(SealedField.SeenProgress, m => m.SealedSeen, m => m.Id, (db, s) => db.Memberships.Where(m => s.Memberships.Contains(m.Id) && m.SealedSeen != null)),
        Column<SoundingBoardLink>(SealedField.SoundingBoardLabel, l => l.SealedLabel, l => l.Id, (db, s) => db.SoundingBoardLinks.Where(l => l.AccountId == s.Id)),

        // A sounding-board link's, under the key only the link carries.
        Column<SoundingBoardLink>(SealedField.SoundingBoardCopy, l => l.SealedCopy, l => l.Id, (db, s) => db.SoundingBoardLinks.Where(l => l.Id == s.Id)),
        Column<SoundingBoardLink>(SealedField.SoundingBoardNote, l => l.SealedNote, l => l.Id, (db, s) => db.SoundingBoardLinks.Where(l => l.Id == s.Id && l.SealedNote != null)),
    ];

    /// <summary>The columns sealed under keys of the given scope.</summary>
    public static IEnumerable<SealedColumn> Of(KeyScope scope) => All.Where(c => c.Scope == scope);

    private static SealedColumn<TEntity> Column<TEntity>(SealedField field, Expression<Func<TEntity, byte[]?>> value, Func<TEntity, Guid> owner, Func<SamePageDb, SealedScope, IQueryable<TEntity>> rows)
        where TEntity : class => new(field, value, owner, rows);
}
