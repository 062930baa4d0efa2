using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SamePage.Data;

/// <summary>Used only by `dotnet ef migrations add … --context SqliteSamePageDb`.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSamePageDb>
{
    public SqliteSamePageDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteSamePageDb>();
        options.UseSamePageSqlite("Data Source=design-time.db");
        return new(options.Options);
    }
}

/// <summary>Used only by `dotnet ef migrations add … --context PostgresSamePageDb`; never connects.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSamePageDb>
{
    public PostgresSamePageDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresSamePageDb>();
        options.UseSamePagePostgres("Host=localhost;Database=samepage_design");
        return new(options.Options);
    }
}
