using SamePage.Data;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>What an app has stored, as a thief with a copy of the database would see it, whichever the provider.</summary>
public static class StoredData
{
    /// <summary>
    /// Asserts that none of the texts can be found in the stored database (raw SQLite files, or every
    /// row of the PostgreSQL database), after checking that the username, stored in plain text by
    /// design, is found: proof that this is the right database.
    /// </summary>
    public static async Task AssertNoneStoredAsync(AppFactory app, string username, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            var stored = StoredBytes.OfSqlite(app.SqliteFile);
            Assert.True(stored.Contains(username), "The username (stored in plain text by design) should be found: is this the app's database?");
            Assert.Empty(stored.Found(texts));
        }
        else
        {
            var stored = await PostgresDump.OfAsync(app.ConnectionString);
            Assert.True(stored.Contains(username), "The username (stored in plain text by design) should be found: is this the app's database?");
            Assert.Empty(stored.Found(texts));
        }
    }
}
