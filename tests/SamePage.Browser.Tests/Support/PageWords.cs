using System.Collections.Concurrent;
using System.Xml.Linq;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// The words a page shows in a language, read from the app's own resources (the English text is the
/// key, as the pages pass it to their localizer), so one path through SamePage can be walked by a
/// person reading English, Spanish or German.
/// </summary>
public static class PageWords
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Languages = new(StringComparer.Ordinal);

    /// <summary>What the pages say for <paramref name="english"/> in <paramref name="language"/>; English stays as it is.</summary>
    public static string In(string language, string english)
    {
        if (language == "en")
        {
            return english;
        }

        var words = Languages.GetOrAdd(language, Read);
        return words.TryGetValue(english, out var translated)
            ? translated
            : throw new KeyNotFoundException($"SharedResource.{language}.resx has no \"{english}\"");
    }

    private static Dictionary<string, string> Read(string language)
    {
        var file = Path.Combine(RepositoryRoot.Path, "src", "SamePage.Web", "Resources", $"SharedResource.{language}.resx");
        return XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
    }
}

/// <summary>The folder holding SamePage.slnx, found from where the tests run.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SamePage.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (SamePage.slnx) was not found.");
    }
}
