using System.Security.Cryptography;
using System.Text;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

[Collection(SharedAppForAccounts.Name)]
public sealed class InviteStorageTests(SharedApps apps)
{
    [Fact]
    public async Task Only_the_hash_of_an_invite_code_is_stored()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var host = await app.SignUpAsync();
        var circle = await host.CreateCircleAsync();
        var shown = await host.InviteAsync(circle);
        var canonical = shown.Replace("-", string.Empty, StringComparison.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

        var stored = StoredBytes.OfSqlite(app.SqliteFile);

        Assert.True(stored.Contains(hash), "The invite's hash should be in the database file; is this the app's database?");
        Assert.Empty(stored.Found([shown, canonical, canonical.ToLowerInvariant(), canonical[..10], canonical[10..]]));
    }
}
