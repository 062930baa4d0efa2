// Lists the English texts SamePage's pages and classes pass to the localiser, and which of them a
// language's resources lack:
//
//   dotnet run scripts/localisation-keys.cs                 every key, one a line
//   dotnet run scripts/localisation-keys.cs -- --missing es  keys used in the code that SharedResource.es.resx lacks
//   dotnet run scripts/localisation-keys.cs -- --unused de   keys SharedResource.de.resx has that no code uses
//
// A key is the English text itself (docs/ARCHITECTURE.md, "Languages"). The Web tests compile the
// same extraction (LOCALISATION_KEYS_LIBRARY), so what this lists is what the key tests check.
#if !LOCALISATION_KEYS_LIBRARY
using SamePage.Localisation;

var root = LocalisationKeys.FindRoot(Directory.GetCurrentDirectory());
var used = LocalisationKeys.Extract(root);
string Show(string key) => key.Replace("\n", "\\n", StringComparison.Ordinal);
if (args is ["--missing", var language])
{
    var resources = LocalisationKeys.ReadResx(LocalisationKeys.ResxPath(root, language));
    var missing = used.Keys.Where(k => !resources.ContainsKey(LocalisationKeys.ResourceName(k, used))).ToList();
    missing.ForEach(k => Console.WriteLine(Show(k)));
    Console.Error.WriteLine($"{missing.Count} of {used.Count} keys are missing from {language}.");
    return missing.Count == 0 ? 0 : 1;
}

if (args is ["--unused", var unusedIn])
{
    var resources = LocalisationKeys.ReadResx(LocalisationKeys.ResxPath(root, unusedIn));
    var names = used.Keys.Select(k => LocalisationKeys.ResourceName(k, used)).ToHashSet(StringComparer.Ordinal);
    var unused = resources.Keys.Where(k => !names.Contains(k)).ToList();
    unused.ForEach(k => Console.WriteLine(Show(k)));
    Console.Error.WriteLine($"{unused.Count} keys of {unusedIn} are used nowhere.");
    return 0;
}

foreach (var (key, where) in used)
{
    Console.WriteLine($"{Show(key)}\t{where}");
}

return 0;
#endif

namespace SamePage.Localisation
{
    using System.Text;
    using System.Text.RegularExpressions;
    using System.Xml.Linq;

    /// <summary>Finds every localiser key in the web project's sources, and reads a .resx file.</summary>
    public static partial class LocalisationKeys
    {
        public const string WebProject = "src/SamePage.Web";

        /// <summary>Every key (the English text) used in a .cshtml or .cs file of the web project, with the first file that uses it.</summary>
        public static SortedDictionary<string, string> Extract(string root)
        {
            var keys = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var web = Path.Combine(root, WebProject);
            var files = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                foreach (Match match in Indexer().Matches(text))
                {
                    keys.TryAdd(Unescape(match.Groups["text"].Value), relative);
                }

                // Texts handed to a local helper that passes them on to the localiser
                // (Agreements/Compare: Part(n, "1 clause added", "{0} clauses added", "{0} added")).
                foreach (Match call in Forwarded().Matches(text))
                {
                    foreach (Match literal in Literal().Matches(call.Value))
                    {
                        keys.TryAdd(Unescape(literal.Groups["text"].Value), relative);
                    }
                }
            }

            return keys;
        }

        /// <summary>
        /// The name a key has in the .resx files: the key itself, except for a key starting with a
        /// lower-case letter whose capitalised twin is also used ("notes" and "Notes"), which the
        /// resource compiler would merge: it gets the prefix SharedLocalizer looks it up by.
        /// </summary>
        public static string ResourceName(string key, IReadOnlyDictionary<string, string> used)
        {
            ArgumentNullException.ThrowIfNull(key);
            ArgumentNullException.ThrowIfNull(used);
            var twin = used.Keys.Any(k => k != key && string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            return twin && key.Length > 0 && char.IsLower(key[0]) ? LowercasePrefix + key : key;
        }

        /// <summary>The same as SamePage.Web.Localisation.SharedLocalizer.LowercasePrefix.</summary>
        public const string LowercasePrefix = "lowercase: ";

        public static string ResxPath(string root, string language) =>
            Path.Combine(root, WebProject, "Resources", $"SharedResource.{language}.resx");

        /// <summary>A .resx file's names and values.</summary>
        public static Dictionary<string, string> ReadResx(string path) =>
            XDocument.Load(path).Root!.Elements("data")
                .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

        /// <summary>The repository's root: the nearest folder above <paramref name="start"/> with the solution in it.</summary>
        public static string FindRoot(string start)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SamePage.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException($"No SamePage.slnx above {start}.");
        }

        private static string Unescape(string literal)
        {
            if (!literal.Contains('\\', StringComparison.Ordinal))
            {
                return literal;
            }

            var text = new StringBuilder(literal.Length);
            for (var i = 0; i < literal.Length; i++)
            {
                if (literal[i] != '\\' || i + 1 == literal.Length)
                {
                    text.Append(literal[i]);
                    continue;
                }

                var next = literal[++i];
                switch (next)
                {
                    case 'n': text.Append('\n'); break;
                    case 't': text.Append('\t'); break;
                    case 'u':
                        text.Append((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16));
                        i += 4;
                        break;
                    default: text.Append(next); break;
                }
            }

            return text.ToString();
        }

        /// <summary><c>L["…"]</c> and <c>l["…"]</c>: the localiser's indexer with a literal key.</summary>
        [GeneratedRegex("""(?<![\w.])[Ll]\[\s*"(?<text>(?:[^"\\]|\\.)*)"\s*[,\]]""")]
        private static partial Regex Indexer();

        /// <summary>A call of a helper whose literal arguments are keys.</summary>
        [GeneratedRegex("""\bPart\([^;\n]*\);""")]
        private static partial Regex Forwarded();

        [GeneratedRegex("""
            "(?<text>(?:[^"\\]|\\.)*)"
            """)]
        private static partial Regex Literal();
    }
}
