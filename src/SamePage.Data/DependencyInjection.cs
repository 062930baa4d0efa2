using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data.Sealing;

namespace SamePage.Data;

public static class DependencyInjection
{
    public const string ApplicationName = "SamePage";

    /// <summary>The database of the configured provider, the sealing service and the Data Protection key ring.</summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        Directory.CreateDirectory(settings.DataDirectory);
        services.AddSingleton(settings);

        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContext<PostgresSamePageDb>(o => o.UseSamePagePostgres(settings.ConnectionString).LogHandledRacesAsWarnings());
                services.AddScoped<SamePageDb>(sp => sp.GetRequiredService<PostgresSamePageDb>());
                // Several web nodes share one key ring through the database.
                dataProtection.PersistKeysToDbContext<SamePageDb>();
                break;
            default:
                services.AddDbContext<SqliteSamePageDb>(o => o.UseSamePageSqlite(settings.ConnectionString).LogHandledRacesAsWarnings());
                services.AddScoped<SamePageDb>(sp => sp.GetRequiredService<SqliteSamePageDb>());
                dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataDirectory, "keys")));
                break;
        }

        services.AddSingleton<ISealer, EnvelopeSealer>();
        services.AddSingleton<LegacySealer>();
        services.AddSingleton<DatabaseProbe>();
        return services;
    }

    /// <summary>
    /// Creates the database if needed and applies every migration of its provider; on PostgreSQL under
    /// an advisory lock, so that nodes starting together migrate one after the other (<see cref="MigrationLock"/>).
    /// On SQLite, a schema that is current is found with the driver alone and EF Core is not started
    /// for it (<see cref="SqliteSchema"/>).
    /// </summary>
    public static async Task MigrateSamePageDbAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await MigrationLock.MigrateAsync(services, services.GetRequiredService<DatabaseSettings>(), cancellationToken);
    }

    /// <summary>
    /// EF Core logs a failed save and the failed command at Error before the caller can catch the
    /// exception. SamePage catches the ones it expects (a unique index refusing the second of two
    /// people joining, starting a round or a check-in at once, and retries or answers kindly), so
    /// those events are Warnings. A failure nobody handles still reaches the log at Error, from the
    /// exception handler that turns it into the error page.
    /// </summary>
    public static DbContextOptionsBuilder LogHandledRacesAsWarnings(this DbContextOptionsBuilder builder) =>
        builder.ConfigureWarnings(w => w.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Warning),
            (CoreEventId.OptimisticConcurrencyException, LogLevel.Warning),
            (RelationalEventId.CommandError, LogLevel.Warning),
            (RelationalEventId.ConnectionError, LogLevel.Warning))); // PostgreSQL reports the refused command on the connection too

    public static DbContextOptionsBuilder UseSamePageSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SamePageDb).Assembly.FullName));

    public static DbContextOptionsBuilder UseSamePagePostgres(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(SamePageDb).Assembly.FullName));
}
