using SamePage.Data;

namespace SamePage.Web.Operations;

/// <summary>
/// `backup FILE`, `restore FILE` and `check [FILE]` (docs/OPERATIONS.md). They need only configuration:
/// each builds the few services it uses (the database and the key ring, as the app configures them),
/// starts no server and migrates nothing.
/// </summary>
public static class DataVerbs
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string> { "backup", "restore", "check" };

    public static async Task<int> RunAsync(string verb, string[] args, IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var settings = DatabaseSettings.From(configuration);
        try
        {
            return (verb, args) switch
            {
                ("backup", [var file]) => await BackupAsync(settings, file, output, errors),
                ("restore", [var file]) => await RestoreAsync(settings, file, output, errors),
                ("check", []) => await CheckAsync(configuration, settings, output),
                ("check", [var file]) => await CheckBackupAsync(file, output),
                _ => await UsageAsync(errors),
            };
        }
        catch (BackupException e)
        {
            await errors.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task<int> BackupAsync(DatabaseSettings settings, string file, TextWriter output, TextWriter errors)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            await errors.WriteLineAsync("With PostgreSQL, back up with pg_dump (the key ring is in the database): see docs/OPERATIONS.md, \"Backups\".");
            return 2;
        }

        var manifest = await BackupArchive.WriteAsync(settings, file, TimeProvider.System);
        await output.WriteLineAsync($"Backed up to {Path.GetFullPath(file)} (schema {manifest.Schema}). Keep it as safe as the server: see docs/OPERATIONS.md.");
        return 0;
    }

    private static async Task<int> RestoreAsync(DatabaseSettings settings, string file, TextWriter output, TextWriter errors)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            await errors.WriteLineAsync("With PostgreSQL, restore with pg_restore into an empty database: see docs/OPERATIONS.md, \"Backups\".");
            return 2;
        }

        var manifest = await BackupArchive.ExtractAsync(file, settings.DataDirectory);
        await output.WriteLineAsync($"Restored the backup of {manifest.CreatedUtc:u} (SamePage {manifest.SamePageVersion}) into {settings.DataDirectory}.");
        return await CheckAsync(FolderConfiguration(settings.DataDirectory), DatabaseSettings.From(FolderConfiguration(settings.DataDirectory)), output);
    }

    private static async Task<int> CheckBackupAsync(string file, TextWriter output)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"samepage-check-{Guid.NewGuid():N}");
        try
        {
            var manifest = await BackupArchive.ExtractAsync(file, scratch);
            await output.WriteLineAsync($"backup: made {manifest.CreatedUtc:u} by SamePage {manifest.SamePageVersion}, schema {manifest.Schema}");
            var configuration = FolderConfiguration(scratch);
            return await CheckAsync(configuration, DatabaseSettings.From(configuration), output);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static async Task<int> CheckAsync(IConfiguration configuration, DatabaseSettings settings, TextWriter output)
    {
        var databaseFile = Path.Combine(settings.DataDirectory, DatabaseSettings.DatabaseFileName);
        if (settings.Provider == DatabaseProvider.Sqlite && !File.Exists(databaseFile))
        {
            // Before any service is built: they would create the data folder, and check writes nothing.
            await output.WriteLineAsync($"database: there is none at {databaseFile}");
            return 1;
        }

        var services = new ServiceCollection().AddLogging().AddData(configuration);
        await using var provider = services.BuildServiceProvider();
        var ok = await new DataCheck(provider, settings, output).RunAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return ok ? 0 : 1;
    }

    /// <summary>The settings of a SQLite data folder other than the configured one (a restored or unpacked backup).</summary>
    private static IConfiguration FolderConfiguration(string dataDirectory) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SamePage:DataDirectory"] = dataDirectory,
            ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
        }).Build();

    private static async Task<int> UsageAsync(TextWriter errors)
    {
        await errors.WriteLineAsync("Usage: backup FILE | restore FILE | check [FILE]");
        return 2;
    }
}
