using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;

namespace SamePage.Data;

/// <summary>
/// The one model of SamePage's data. Each database provider has a thin subclass with its own
/// migrations (<see cref="SqliteSamePageDb"/>, <see cref="PostgresSamePageDb"/>).
/// </summary>
public abstract class SamePageDb(DbContextOptions options)
    : IdentityUserContext<Account, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Circle> Circles => Set<Circle>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invite> Invites => Set<Invite>();

    public DbSet<CircleKeyEpoch> CircleKeyEpochs => Set<CircleKeyEpoch>();

    public DbSet<Round> Rounds => Set<Round>();

    public DbSet<RoundResponse> RoundResponses => Set<RoundResponse>();

    public DbSet<CustomBehaviour> CustomBehaviours => Set<CustomBehaviour>();

    public DbSet<Reflection> Reflections => Set<Reflection>();

    public DbSet<RoundTalk> RoundTalks => Set<RoundTalk>();

    public DbSet<DraftClause> DraftClauses => Set<DraftClause>();

    public DbSet<AgreementDraft> AgreementDrafts => Set<AgreementDraft>();

    public DbSet<AgreementVersion> AgreementVersions => Set<AgreementVersion>();

    public DbSet<AgreementSignature> AgreementSignatures => Set<AgreementSignature>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<CheckInResponse> CheckInResponses => Set<CheckInResponse>();

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<ConcernRecipient> ConcernRecipients => Set<ConcernRecipient>();

    public DbSet<ConcernResponse> ConcernResponses => Set<ConcernResponse>();

    public DbSet<SelfCheck> SelfChecks => Set<SelfCheck>();

    public DbSet<PushSubscription> PushSubscriptions => Set<PushSubscription>();

    public DbSet<PushServerKey> PushServerKeys => Set<PushServerKey>();

    public DbSet<AccountSession> AccountSessions => Set<AccountSession>();

    public DbSet<SoundingBoardLink> SoundingBoardLinks => Set<SoundingBoardLink>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);

        builder.Entity<Account>(account =>
        {
            account.Property(a => a.RecoveryCodeHash).HasMaxLength(200);
            account.Property(a => a.TimeZone).HasMaxLength(64);
            account.Property(a => a.Language).HasMaxLength(8);
        });

        builder.Entity<Circle>(circle =>
        {
            circle.HasMany(c => c.Members).WithOne(m => m.Circle).HasForeignKey(m => m.CircleId).OnDelete(DeleteBehavior.Cascade);
            circle.HasMany(c => c.Rounds).WithOne(r => r.Circle).HasForeignKey(r => r.CircleId).OnDelete(DeleteBehavior.Cascade);
            circle.HasMany(c => c.Invites).WithOne(i => i.Circle).HasForeignKey(i => i.CircleId).OnDelete(DeleteBehavior.Cascade);
            circle.HasIndex(c => c.DemoOwnerId).IsUnique();
            circle.HasOne<Account>().WithMany().HasForeignKey(c => c.DemoOwnerId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Membership>(membership =>
        {
            membership.HasIndex(m => new { m.CircleId, m.AccountId }).IsUnique();
            membership.HasIndex(m => new { m.CircleId, m.Seat }).IsUnique();
            membership.HasIndex(m => m.AccountId);
            membership.HasOne<Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Cascade);
            membership.ToTable(t => t.HasCheckConstraint("CK_Memberships_Seat", "\"Seat\" BETWEEN 1 AND 8"));
        });

        builder.Entity<Invite>(invite =>
        {
            invite.HasIndex(i => i.CodeHash).IsUnique();
            invite.Property(i => i.CodeHash).HasMaxLength(64);
            invite.HasOne<Membership>().WithMany().HasForeignKey(i => i.CreatedByMembershipId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<CircleKeyEpoch>(epoch =>
        {
            epoch.HasKey(e => new { e.CircleId, e.Epoch });
            epoch.HasOne<Circle>().WithMany().HasForeignKey(e => e.CircleId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Round>(round =>
        {
            round.HasIndex(r => new { r.CircleId, r.Number }).IsUnique();
            round.HasMany(r => r.Responses).WithOne(x => x.Round).HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<RoundResponse>(response =>
        {
            response.HasIndex(x => new { x.RoundId, x.MembershipId }).IsUnique();
            response.HasOne(x => x.Membership).WithMany(m => m.Responses).HasForeignKey(x => x.MembershipId).OnDelete(DeleteBehavior.Cascade);
            response.Property(x => x.Version).IsConcurrencyToken();
        });

        builder.Entity<CustomBehaviour>(custom =>
        {
            custom.HasIndex(c => new { c.CircleId, c.FromRound });
            custom.HasOne(c => c.Circle).WithMany().HasForeignKey(c => c.CircleId).OnDelete(DeleteBehavior.Cascade);
            custom.HasOne<Membership>().WithMany().HasForeignKey(c => c.AddedByMembershipId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<Reflection>(reflection =>
        {
            reflection.HasIndex(x => new { x.RoundId, x.MembershipId }).IsUnique();
            reflection.HasOne(x => x.Round).WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
            reflection.HasOne(x => x.Membership).WithMany().HasForeignKey(x => x.MembershipId).OnDelete(DeleteBehavior.Cascade);
            reflection.Property(x => x.Version).IsConcurrencyToken();
        });

        builder.Entity<RoundTalk>(talk =>
        {
            talk.HasKey(t => t.RoundId);
            talk.HasOne(t => t.Round).WithOne().HasForeignKey<RoundTalk>(t => t.RoundId).OnDelete(DeleteBehavior.Cascade);
            talk.Property(t => t.Version).IsConcurrencyToken();
        });

        builder.Entity<DraftClause>(clause =>
        {
            clause.HasIndex(c => new { c.CircleId, c.Position });
            clause.HasOne(c => c.Circle).WithMany().HasForeignKey(c => c.CircleId).OnDelete(DeleteBehavior.Cascade);
            clause.Property(c => c.Version).IsConcurrencyToken();
            clause.HasOne<Membership>().WithMany().HasForeignKey(c => c.LastEditedByMembershipId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<AgreementDraft>(draft =>
        {
            draft.HasKey(d => d.CircleId);
            draft.HasOne(d => d.Circle).WithOne().HasForeignKey<AgreementDraft>(d => d.CircleId).OnDelete(DeleteBehavior.Cascade);
            draft.HasOne<Membership>().WithMany().HasForeignKey(d => d.LastEditedByMembershipId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<AgreementVersion>(version =>
        {
            version.HasIndex(v => new { v.CircleId, v.Number }).IsUnique();
            version.HasOne(v => v.Circle).WithMany().HasForeignKey(v => v.CircleId).OnDelete(DeleteBehavior.Cascade);
            version.HasMany(v => v.Signatures).WithOne(s => s.Version).HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
            version.Property(v => v.ContentHash).HasMaxLength(64);
            version.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            version.Property(v => v.WithdrawnReason).HasConversion<string>().HasMaxLength(20);
            version.HasOne<Membership>().WithMany().HasForeignKey(v => v.ProposedByMembershipId).OnDelete(DeleteBehavior.SetNull);
            version.HasOne<Membership>().WithMany().HasForeignKey(v => v.WithdrawnByMembershipId).OnDelete(DeleteBehavior.SetNull);
            version.Property(v => v.Concurrency).IsConcurrencyToken();
        });

        builder.Entity<Circle>().Property(c => c.CheckInCadenceDays).HasDefaultValue(30);

        builder.Entity<CheckIn>(checkIn =>
        {
            checkIn.HasIndex(c => new { c.CircleId, c.Number }).IsUnique();
            checkIn.HasOne(c => c.Circle).WithMany().HasForeignKey(c => c.CircleId).OnDelete(DeleteBehavior.Cascade);
            checkIn.HasMany(c => c.Responses).WithOne(r => r.CheckIn).HasForeignKey(r => r.CheckInId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CheckInResponse>(response =>
        {
            response.HasIndex(r => new { r.CheckInId, r.MembershipId }).IsUnique();
            response.HasOne(r => r.Membership).WithMany().HasForeignKey(r => r.MembershipId).OnDelete(DeleteBehavior.Cascade);
            response.Property(r => r.Version).IsConcurrencyToken();
        });

        builder.Entity<Concern>(concern =>
        {
            concern.HasIndex(c => c.CircleId);
            concern.HasOne(c => c.Circle).WithMany().HasForeignKey(c => c.CircleId).OnDelete(DeleteBehavior.Cascade);
            concern.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorMembershipId).OnDelete(DeleteBehavior.Cascade);
            concern.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            concern.HasMany(c => c.Recipients).WithOne(r => r.Concern).HasForeignKey(r => r.ConcernId).OnDelete(DeleteBehavior.Cascade);
            concern.HasMany(c => c.Responses).WithOne(r => r.Concern).HasForeignKey(r => r.ConcernId).OnDelete(DeleteBehavior.Cascade);
            concern.Property(c => c.Version).IsConcurrencyToken();
        });

        builder.Entity<ConcernRecipient>(recipient =>
        {
            recipient.HasKey(r => new { r.ConcernId, r.MembershipId });
            recipient.HasIndex(r => r.MembershipId);
            recipient.HasOne(r => r.Membership).WithMany().HasForeignKey(r => r.MembershipId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ConcernResponse>(response =>
        {
            response.HasIndex(r => r.ConcernId);
            response.HasOne<Membership>().WithMany().HasForeignKey(r => r.MembershipId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<SelfCheck>(selfCheck =>
        {
            selfCheck.HasIndex(s => s.MembershipId);
            selfCheck.HasOne(s => s.Membership).WithMany().HasForeignKey(s => s.MembershipId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PushSubscription>(subscription =>
        {
            subscription.HasIndex(s => s.AccountId);
            subscription.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
            subscription.Property(s => s.ProtectedEndpoint).HasMaxLength(4000);
            subscription.Property(s => s.ProtectedKeys).HasMaxLength(1000);
        });

        builder.Entity<AccountSession>(session =>
        {
            session.Property(s => s.Id).ValueGeneratedNever();
            session.HasIndex(s => s.AccountId);
            session.HasIndex(s => s.CreatedOn);
            session.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SoundingBoardLink>(link =>
        {
            link.HasIndex(l => l.CodeHash).IsUnique();
            link.HasIndex(l => l.AccountId);
            link.HasIndex(l => l.ExpiresAtUtc);
            link.Property(l => l.CodeHash).HasMaxLength(64);
            link.HasOne<Account>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Cascade);
            link.ToTable(t => t.HasCheckConstraint("CK_SoundingBoardLinks_Opens", "\"Opens\" >= 0 AND \"Opens\" <= \"MaxOpens\" AND \"MaxOpens\" BETWEEN 1 AND 20"));
        });

        builder.Entity<PushServerKey>(key =>
        {
            key.Property(k => k.Id).ValueGeneratedNever();
            key.Property(k => k.PublicKey).HasMaxLength(100);
            key.Property(k => k.ProtectedPrivateKey).HasMaxLength(1000);
        });

        builder.Entity<AgreementSignature>(signature =>
        {
            signature.HasIndex(s => new { s.VersionId, s.MembershipId }).IsUnique();
            signature.HasOne<Membership>().WithMany().HasForeignKey(s => s.MembershipId).OnDelete(DeleteBehavior.SetNull);
        });
    }
}

/// <summary>SamePage on SQLite: the embedded default.</summary>
public sealed class SqliteSamePageDb(DbContextOptions<SqliteSamePageDb> options) : SamePageDb(options);

/// <summary>SamePage on PostgreSQL: for several stateless web nodes.</summary>
public sealed class PostgresSamePageDb(DbContextOptions<PostgresSamePageDb> options) : SamePageDb(options);
