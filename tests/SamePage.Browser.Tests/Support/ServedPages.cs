using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Support;

/// <summary>An HTML document exactly as the server sent it, named for reports.</summary>
public sealed record ServedPage(string Name, string Html);

/// <summary>
/// Collects the HTML documents the server sends to people (the bodies of their navigations, not the
/// DOM as scripts left it), each named by the step of the flow and its address with ids masked, to be
/// checked afterwards (see <see cref="HtmlValidator"/>). Hand it to a <see cref="Person"/> as <see cref="Person.Served"/>.
/// </summary>
public sealed partial class ServedPages
{
    private readonly List<ServedPage> _pages = [];

    /// <summary>What the flow is doing now ("questionnaire", "agreement draft"): the first part of each page's name.</summary>
    public string Step { get; set; } = "start";

    public IReadOnlyList<ServedPage> All => _pages;

    /// <summary>The distinct addresses seen (ids masked), to tell which pages the flow reached.</summary>
    public IReadOnlySet<string> Paths { get; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>Keeps the document of a navigation's response when it is HTML (a PDF or a download is not).</summary>
    public async Task AddAsync(IResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (await response.HeaderValueAsync("content-type") is not { } type || !type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        Add(response.Request.Method, response.Url, response.Status, await response.TextAsync());
    }

    /// <summary>Keeps the document of a response fetched outside a page (a form posted by a test).</summary>
    public async Task AddAsync(string method, IAPIResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Add(method, response.Url, response.Status, await response.TextAsync());
    }

    private void Add(string method, string url, int status, string html)
    {
        var path = Masked(new Uri(url).AbsolutePath);
        ((SortedSet<string>)Paths).Add(path);
        _pages.Add(new ServedPage(string.Create(CultureInfo.InvariantCulture, $"{Step} — {method} {path} ({status})"), html));
    }

    /// <summary>Circle, concern and clause ids become {id}: names stay readable and carry no data (queries are dropped).</summary>
    private static string Masked(string path) => Guid().Replace(path, "{id}");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Guid();
}
