using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamePage.Web.Accounts;

/// <summary>Which copy of "everything of mine" to download.</summary>
public enum ExportFormat
{
    /// <summary>A zip file with both the readable page and the JSON file.</summary>
    Both,
    Html,
    Json,
}

/// <summary>One file to hand to the browser.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Bytes);

/// <summary>
/// Turns a <see cref="PersonalExport"/> into the files people download. The names say only the date,
/// never the username, since a file name shows in download lists and folders.
/// </summary>
public static class PersonalExportFiles
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        // Readable accents, apostrophes and emoji for the person opening it; the file is sent as an
        // attachment with its own type and nosniff, never shown as a page, so HTML escaping isn't needed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(PersonalExport export) => JsonSerializer.Serialize(export, Json);

    /// <param name="prefix">How file names start: "samepage", or a neutral word in discreet mode.</param>
    public static ExportFile For(ExportFormat format, PersonalExport export, PersonalExportWords words, string prefix = "samepage")
    {
        ArgumentNullException.ThrowIfNull(export);
        var name = $"{prefix}-{export.ExportedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var html = new ExportFile($"{name}.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(PersonalExportDocument.Render(export, words)));
        var json = new ExportFile($"{name}.json", "application/json; charset=utf-8", Encoding.UTF8.GetBytes(ToJson(export)));
        return format switch
        {
            ExportFormat.Html => html,
            ExportFormat.Json => json,
            _ => new ExportFile($"{name}.zip", "application/zip", Zip(export.ExportedAtUtc, html, json)),
        };
    }

    private static byte[] Zip(DateTime atUtc, params ExportFile[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = zip.CreateEntry(file.FileName, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc));
                using var stream = entry.Open();
                stream.Write(file.Bytes);
            }
        }

        return buffer.ToArray();
    }
}
