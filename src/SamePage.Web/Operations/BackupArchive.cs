using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SamePage.Data;

namespace SamePage.Web.Operations;

/// <summary>What a backup says about itself (<c>manifest.json</c> in the archive).</summary>
public sealed record BackupManifest(int Format, DateTimeOffset CreatedUtc, string SamePageVersion, string Schema);

/// <summary>
/// One backup file: a zip archive holding <c>manifest.json</c>, a consistent copy of the SQLite database
/// made with SQLite's online backup API while the server keeps writing, and the Data Protection key ring
/// (<c>keys/*.xml</c>). Nothing else goes in, and restoring takes nothing else out.
/// </summary>
public static class BackupArchive
{
    public const int Format = 1;
    private const string ManifestEntry = "manifest.json";
    private const string DatabaseEntry = DatabaseSettings.DatabaseFileName;
    private const string KeysFolder = "keys";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes the backup to <paramref name="file"/> (replacing it only once the new one is complete).</summary>
    public static async Task<BackupManifest> WriteAsync(DatabaseSettings settings, string file, TimeProvider clock)
    {
        var databaseFile = Path.Combine(settings.DataDirectory, DatabaseSettings.DatabaseFileName);
        if (!File.Exists(databaseFile))
        {
            throw new BackupException($"There is no database at {databaseFile} to back up. Check SamePage:DataDirectory.");
        }

        var scratch = Directory.CreateTempSubdirectory("samepage-backup-");
        try
        {
            var copy = Path.Combine(scratch.FullName, DatabaseEntry);
            CopyDatabase(settings.ConnectionString, copy);
            var manifest = new BackupManifest(Format, clock.GetUtcNow(), Version, await SchemaOfAsync(copy));

            // The key ring after the database: every key the copy's data could need was written before it.
            var keys = Path.Combine(settings.DataDirectory, KeysFolder);
            var partial = $"{Path.GetFullPath(file)}.partial";
            await using (var stream = NewPrivateFile(partial))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                await using (var entry = await zip.CreateEntry(ManifestEntry).OpenAsync())
                {
                    await JsonSerializer.SerializeAsync(entry, manifest, Json);
                }

                await zip.CreateEntryFromFileAsync(copy, DatabaseEntry);
                foreach (var key in Directory.Exists(keys) ? Directory.GetFiles(keys, "*.xml") : [])
                {
                    await zip.CreateEntryFromFileAsync(key, $"{KeysFolder}/{Path.GetFileName(key)}");
                }
            }

            File.Move(partial, file, overwrite: true);
            return manifest;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>Unpacks a backup into <paramref name="dataDirectory"/>, which must be empty or missing.</summary>
    public static async Task<BackupManifest> ExtractAsync(string file, string dataDirectory)
    {
        if (!File.Exists(file))
        {
            throw new BackupException($"There is no backup at {file}.");
        }

        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            throw new BackupException(
                $"The data folder {dataDirectory} is not empty, so nothing was restored (restore never overwrites). " +
                "Point SamePage:DataDirectory at a new, empty folder and run restore again.");
        }

        try
        {
            await using var stream = File.OpenRead(file);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var manifest = await ReadManifestAsync(zip);
            if (zip.GetEntry(DatabaseEntry) is not { } database)
            {
                throw new BackupException($"{file} holds no database.");
            }

            CreatePrivateDirectory(dataDirectory);
            CreatePrivateDirectory(Path.Combine(dataDirectory, KeysFolder));
            await ExtractPrivateAsync(database, Path.Combine(dataDirectory, DatabaseEntry));
            foreach (var entry in zip.Entries)
            {
                // Only keys/<name>.xml: no other path, nothing that could climb out of the folder.
                var parts = entry.FullName.Split('/');
                if (parts is [KeysFolder, var name] && name.EndsWith(".xml", StringComparison.Ordinal) && name == Path.GetFileName(name))
                {
                    await ExtractPrivateAsync(entry, Path.Combine(dataDirectory, KeysFolder, name));
                }
            }

            return manifest;
        }
        catch (Exception e) when (e is InvalidDataException or JsonException)
        {
            throw new BackupException($"{file} is not a SamePage backup, or it is damaged ({e.Message}).");
        }
    }

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip)
    {
        if (zip.GetEntry(ManifestEntry) is not { } entry)
        {
            throw new BackupException("The file has no manifest: it is not a SamePage backup.");
        }

        await using var stream = await entry.OpenAsync();
        var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json)
            ?? throw new BackupException("The backup's manifest is empty.");
        return manifest.Format == Format
            ? manifest
            : throw new BackupException($"The backup has format {manifest.Format}; this SamePage reads format {Format}. Restore it with the version that made it.");
    }

    private static void CopyDatabase(string connectionString, string destination)
    {
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var from = new SqliteConnection(source.ConnectionString);
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ConnectionString);
        from.Open();
        to.Open();
        from.BackupDatabase(to);
        using var journal = to.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode = DELETE;"; // one self-contained file, no -wal beside it
        journal.ExecuteNonQuery();
    }

    private static async Task<string> SchemaOfAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" DESC LIMIT 1""";
        return await command.ExecuteScalarAsync() as string ?? "none";
    }

    private static string Version =>
        typeof(BackupArchive).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>A new file only its owner may read: a backup is as sensitive as the data folder.</summary>
    private static FileStream NewPrivateFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    private static async Task ExtractPrivateAsync(ZipArchiveEntry entry, string path)
    {
        await using var from = await entry.OpenAsync();
        await using var to = NewPrivateFile(path);
        await from.CopyToAsync(to);
    }

    private static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}

/// <summary>A backup or restore that cannot go ahead, with what the operator should do.</summary>
public sealed class BackupException(string message) : Exception(message);
