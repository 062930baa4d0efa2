namespace SamePage.Core.Tests.TestSupport;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class RepoRoot
{
    public static string Directory { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Directory, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SamePage.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains SamePage.slnx.");
    }
}
