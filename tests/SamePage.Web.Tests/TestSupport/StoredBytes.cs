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

    /// <summary>True if the text appears in UTF-8 or UTF-16 (either byte order).</summary>
    public bool Contains(string text) =>
        TextEncodings.Any(encoding => _bytes.AsSpan().IndexOf(encoding.GetBytes(text)) >= 0);

    /// <summary>Which of the texts appear.</summary>
    public IReadOnlyList<string> Found(IEnumerable<string> texts) => [.. texts.Where(Contains)];
}
