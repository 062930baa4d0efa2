using System.Text;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// The raw bytes of a SQLite database as they lie on disk: the main file and its write-ahead log
/// and shared-memory files, searched for text in the encodings SQLite can store it in.
/// </summary>
public sealed class StoredBytes
{
    private static readonly Encoding[] TextEncodings = [Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode];

    private readonly byte[] _bytes;

    private StoredBytes(byte[] bytes, IReadOnlyList<string> files)
    {
        _bytes = bytes;
        Files = files;
    }

    public IReadOnlyList<string> Files { get; }

    public int Length => _bytes.Length;

    public static StoredBytes OfSqlite(string databaseFile)
    {
        var files = new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm", databaseFile + "-journal" }.Where(File.Exists).ToList();
        using var all = new MemoryStream();
        foreach (var file in files)
        {
            // The app may still have the database open.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.CopyTo(all);
        }

        return new StoredBytes(all.ToArray(), files);
    }

    /// <summary>Every file given, as they lie on disk (any may be open by the app).</summary>
    public static StoredBytes OfFiles(IEnumerable<string> paths)
    {
        var files = paths.ToList();
        using var all = new MemoryStream();
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.CopyTo(all);
        }

        return new StoredBytes(all.ToArray(), files);
    }

    public static StoredBytes OfText(string text) => new(Encoding.UTF8.GetBytes(text), []);

    /// <summary>
    /// Which texts appear in UTF-8, UTF-16 or base64 (of their UTF-8 bytes, at any of the three
    /// alignments a base64 stream can put them in, case as written).
    /// </summary>
    public IReadOnlyList<string> FoundInAnyEncoding(IEnumerable<string> texts) =>
        [.. texts.Where(text => Contains(text) || Base64Forms(text).Any(form => _bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(form)) >= 0))];

    /// <summary>The base64 characters that depend only on the text's bytes, for each alignment.</summary>
    public static IEnumerable<string> Base64Forms(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var shift = 0; shift < 3; shift++)
        {
            var encoded = Convert.ToBase64String([.. new byte[shift], .. bytes]);
            var start = (shift * 8 + 5) / 6;
            var end = (shift + bytes.Length) * 8 / 6;
            yield return encoded[start..end];
        }
    }

    /// <summary>True if the text appears in UTF-8 or UTF-16 (either byte order).</summary>
    public bool Contains(string text) =>
        TextEncodings.Any(encoding => _bytes.AsSpan().IndexOf(encoding.GetBytes(text)) >= 0);

    /// <summary>Which of the texts appear.</summary>
    public IReadOnlyList<string> Found(IEnumerable<string> texts) => [.. texts.Where(Contains)];
}
