using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>
/// Minimal metadata: no column can hold an IP address or a user agent, and every
/// point in time the database keeps is one docs/SECURITY.md ("Metadata we keep") lists with the
/// feature that needs it. A new timestamp column fails here until it is explained there.
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed partial class MetadataTests(SharedApps apps)
{
    private static readonly string[] Timestamps =
    [
        "AccountSessions.CreatedOn",
        "AccountSessions.LastSeenOn",
        "AgreementSignatures.SignedAtUtc",
        "AgreementVersions.ActivatedAtUtc",
        "AgreementVersions.ProposedAtUtc",
        "AgreementVersions.ReviewOn",
        "AspNetUsers.LockoutEnd",
        "CheckIns.OpenedAtUtc",
        "ConcernResponses.CreatedAtUtc",
        "Concerns.CreatedOn",
        "Concerns.SharedAtUtc",
        "Invites.ExpiresAtUtc",
        "PushSubscriptions.CreatedOn",
        "SelfChecks.CreatedOn",
        "SoundingBoardLinks.ExpiresAtUtc",
        "SoundingBoardLinks.LastOpenedAtUtc",
    ];

    /// <summary>Words of a column name that would mean it records where or with what someone connected.</summary>
    private static readonly string[] ConnectionWords = ["ip", "address", "agent", "remote", "host", "device", "browser", "location", "referrer", "forwarded", "client", "platform"];

    [Fact]
    public void No_column_can_hold_an_address_or_a_user_agent()
    {
        var suspicious = Columns()
            .Where(c => Words(c.Column).Any(w => ConnectionWords.Contains(w)))
            .Select(c => $"{c.Table}.{c.Column}")
            .ToList();

        Assert.True(suspicious.Count == 0, $"Columns that look like connection metadata: {string.Join(", ", suspicious)}");
        Assert.Contains(Columns(), c => c.Column == "MembershipId"); // the words are split, not searched as substrings
    }

    [Fact]
    public void Every_point_in_time_the_database_keeps_is_listed_here_and_in_the_security_doc()
    {
        var timestamps = Columns()
            .Where(c => (Nullable.GetUnderlyingType(c.Type) ?? c.Type) is var t && (t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeOnly)))
            .Select(c => $"{c.Table}.{c.Column}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "SECURITY.md"));

        Assert.Equal(Timestamps, timestamps);
        var undocumented = Timestamps.Where(t => !doc.Contains($"`{t}`", StringComparison.Ordinal)).ToList();
        Assert.True(undocumented.Count == 0, $"docs/SECURITY.md does not explain: {string.Join(", ", undocumented)}");
    }

    /// <summary>Argon2id at no less than OWASP's minimum, as <c>argon2id;m=…;t=…;p=…;salt;hash</c>.</summary>
    [Fact]
    public async Task Passphrases_and_recovery_codes_are_stored_only_as_slow_salted_hashes()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var person = await app.SignUpAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
        var account = await db.Users.AsNoTracking().SingleAsync(a => a.UserName == person.Username);

        foreach (var stored in new[] { account.PasswordHash!, account.RecoveryCodeHash! })
        {
            Assert.DoesNotContain(person.Passphrase, stored, StringComparison.Ordinal);
            var parts = stored.Split(';');
            Assert.Equal(6, parts.Length);
            var cost = SamePage.Core.Security.KdfCost.Parse(string.Join(';', parts[..4]));
            Assert.True(cost.MemoryKib >= 19 * 1024 && cost.Passes >= 2, $"Argon2id at OWASP's minimum or stronger, not {cost}");
            Assert.True(Convert.FromBase64String(parts[4]).Length >= 16, "a salt of at least 128 bits");
            Assert.Equal(32, Convert.FromBase64String(parts[5]).Length);
        }

        Assert.NotEqual(account.PasswordHash, account.RecoveryCodeHash);
    }

    private List<(string Table, string Column, Type Type)> Columns()
    {
        using var scope = apps.For(DatabaseProvider.Sqlite).Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<SamePageDb>().GetService<IDesignTimeModel>().Model;
        return
        [
            .. from entity in model.GetEntityTypes()
               where entity.GetTableName() is not null
               from property in entity.GetProperties()
               select (entity.GetTableName()!, property.GetColumnName(), property.ClrType),
        ];
    }

    private static IEnumerable<string> Words(string name) =>
        PascalWords().Matches(name).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial Regex PascalWords();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SamePage.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains SamePage.slnx.");
    }
}
