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

    public DbSet<Round> Rounds => Set<Round>();

    public DbSet<RoundResponse> RoundResponses => Set<RoundResponse>();

    public DbSet<CustomBehaviour> CustomBehaviours => Set<CustomBehaviour>();

    public DbSet<Reflection> Reflections => Set<Reflection>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);

        builder.Entity<Account>(account =>
        {
            account.Property(a => a.RecoveryCodeHash).HasMaxLength(200);
        });

        builder.Entity<Circle>(circle =>
        {
            circle.HasMany(c => c.Members).WithOne(m => m.Circle).HasForeignKey(m => m.CircleId).OnDelete(DeleteBehavior.Cascade);
            circle.HasMany(c => c.Rounds).WithOne(r => r.Circle).HasForeignKey(r => r.CircleId).OnDelete(DeleteBehavior.Cascade);
            circle.HasMany(c => c.Invites).WithOne(i => i.Circle).HasForeignKey(i => i.CircleId).OnDelete(DeleteBehavior.Cascade);
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
    }
}

/// <summary>SamePage on SQLite: the embedded default.</summary>
public sealed class SqliteSamePageDb(DbContextOptions<SqliteSamePageDb> options) : SamePageDb(options);

/// <summary>SamePage on PostgreSQL: for several stateless web nodes.</summary>
public sealed class PostgresSamePageDb(DbContextOptions<PostgresSamePageDb> options) : SamePageDb(options);
