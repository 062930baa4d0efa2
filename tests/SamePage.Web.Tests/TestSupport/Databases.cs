using Microsoft.EntityFrameworkCore;
using SamePage.Data;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>The app's DbContext, built the way SamePage.Data builds it, for inspecting what was stored.</summary>
public static class Databases
{
    public static SqliteSamePageDb Sqlite(string connectionString)
    {
        var options = new DbContextOptionsBuilder<SqliteSamePageDb>();
        options.UseSamePageSqlite(connectionString);
        return new SqliteSamePageDb(options.Options);
    }

    public static PostgresSamePageDb Postgres(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresSamePageDb>();
        options.UseSamePagePostgres(connectionString);
        return new PostgresSamePageDb(options.Options);
    }

    public static SamePageDb Open(AppFactory app) =>
        app.Provider == DatabaseProvider.Postgres ? Postgres(app.ConnectionString) : Sqlite(app.ConnectionString);
}
