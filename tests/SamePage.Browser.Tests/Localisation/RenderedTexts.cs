using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Localisation;

/// <summary>
/// What a page says, as pieces of text: every text node of the body, the title, and the names people
/// hear but may not see (aria-label, title, placeholder, alt, a button's value). A translated page is
/// compared with the English rendering of the same address: a piece with letters in it that reads
/// exactly as in English is still English, unless it is something people typed, a name, a code, a
/// language's own name, a text whose translation is deliberately the same word (the resources say
/// so: "Version {0}" in German), or, while a language has no content folder of its own yet, text that
/// comes from the English content (catalogue, guides).
/// </summary>
public static partial class RenderedTexts
{
    private const string Script = """
        () => {
          const out = [document.title];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest('script,style,template,noscript,textarea')) continue;
            out.push(node.textContent);
          }
          for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],img[alt],input[type=submit][value],input[type=button][value]')) {
            for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
              if (el.hasAttribute(name)) out.push(el.getAttribute(name));
            }
            if (el.matches('input[type=submit],input[type=button]')) out.push(el.value);
          }
          return out;
        }
        """;

    public static async Task<IReadOnlySet<string>> OfAsync(IPage page)
    {
        var pieces = await page.EvaluateAsync<string[]>(Script);
        return pieces.Select(Normal).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    public static string Normal(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The pieces of <paramref name="translated"/> that are still the English of <paramref name="english"/>.</summary>
    public static IReadOnlyList<string> StillEnglish(IReadOnlySet<string> english, IReadOnlySet<string> translated, Allowed allowed) =>
        [.. translated.Where(t => english.Contains(t) && Letter().IsMatch(t) && !allowed.Permits(t)).Order(StringComparer.Ordinal)];

    /// <summary>What may read the same in every language.</summary>
    public sealed class Allowed
    {
        private readonly HashSet<string> _exact = new(StringComparer.Ordinal) { "SamePage", "English", "Español", "Deutsch", "UTC" };
        private readonly List<Regex> _patterns = [];
        private readonly string _content = string.Empty;

        public Allowed(string root, string language, IEnumerable<string> typed)
        {
            foreach (var text in typed)
            {
                _exact.Add(Normal(text));
            }

            var resources = Path.Combine(root, "src", "SamePage.Web", "Resources", $"SharedResource.{language}.resx");
            foreach (var data in XDocument.Load(resources).Root!.Elements("data"))
            {
                var key = (string)data.Attribute("name")!;
                if (key == (string?)data.Element("value"))
                {
                    _patterns.Add(new Regex("^" + Placeholder().Replace(Regex.Escape(key).Replace("\\ ", " ", StringComparison.Ordinal), ".+") + "$"));
                }
            }

            // Until content/<language>/ exists, the catalogue, guides and helplines (issue 19, items 3
            // and 4) are English for everyone.
            if (!File.Exists(Path.Combine(root, "content", language, "behaviours.yaml")))
            {
                var helplines = SamePage.Web.Safety.ResourceDirectory.Defaults.Countries
                    .SelectMany(c => c.Lines.SelectMany(l => new[] { l.Name, l.Note ?? string.Empty }).Append(c.Name));
                _content = Normal(string.Join(' ', Directory.EnumerateFiles(Path.Combine(root, "content", "en")).Select(File.ReadAllText).Concat(helplines)));
            }
        }

        public bool Permits(string piece) =>
            _exact.Contains(piece)
            || !Letter().IsMatch(_exact.Where(t => t.Length > 3).OrderByDescending(t => t.Length)
                .Aggregate(piece, (rest, t) => rest.Replace(t, string.Empty, StringComparison.Ordinal))) // "Tess and Uma · SamePage"
            || !Lowercase().IsMatch(piece) // codes, fingerprints, initials
            || Address().IsMatch(piece)
            || _patterns.Any(p => p.IsMatch(piece))
            || (_content.Length > 0 && _content.Contains(Unquoted(piece), StringComparison.Ordinal));

        private static string Unquoted(string piece) => piece.Trim('“', '”', '"', '„', '«', '»', ' ', '.', ':');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letter();

    [GeneratedRegex(@"\p{Ll}")]
    private static partial Regex Lowercase();

    /// <summary>A web address as a page shows it ("www.thehotline.org").</summary>
    [GeneratedRegex(@"^(https?://)?[\w-]+(\.[\w-]+)+(/\S*)?$")]
    private static partial Regex Address();

    [GeneratedRegex(@"\\\{\d+(?:[,:][^}]*)?}")]
    private static partial Regex Placeholder();
}
