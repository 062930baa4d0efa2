using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// What a screen reader is told about a page, read from Chromium's own accessibility tree (the
/// DevTools protocol's Accessibility.getFullAXTree): every control has a name, the page has exactly
/// one main landmark with a banner and a footer (contentinfo) beside it, exactly one level-1 heading,
/// and its headings go down one level at a time (h1, then h2, then h3; back up freely).
/// </summary>
public static class PageStructure
{
    /// <summary>Roles a person operates: each needs a name to be announced by.</summary>
    private static readonly HashSet<string> ControlRoles =
    [
        "button", "link", "textbox", "searchbox", "checkbox", "radio", "combobox", "listbox", "option",
        "spinbutton", "slider", "switch", "menuitem", "tab", "DisclosureTriangle", "PopUpButton", "ToggleButton",
    ];

    public static async Task AssertSoundAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        try
        {
            var tree = await cdp.SendAsync("Accessibility.getFullAXTree");
            var nodes = tree!.Value.GetProperty("nodes").EnumerateArray()
                .Where(n => !(n.TryGetProperty("ignored", out var ignored) && ignored.GetBoolean()))
                .Select(n => new Node(Text(n, "role"), Text(n, "name"), Level(n), n.TryGetProperty("backendDOMNodeId", out var id) ? id.GetInt32() : 0))
                .ToList();
            var problems = new List<string>();

            foreach (var control in nodes.Where(n => ControlRoles.Contains(n.Role) && string.IsNullOrWhiteSpace(n.Name)))
            {
                problems.Add($"a {control.Role} without an accessible name: {await DescribeAsync(cdp, control.DomNode)}");
            }

            var mains = nodes.Count(n => n.Role == "main");
            if (mains != 1)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{mains} main landmarks, not one"));
            }

            foreach (var landmark in new[] { "banner", "contentinfo" })
            {
                var count = nodes.Count(n => n.Role == landmark);
                if (count != 1)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {landmark} landmarks, not one"));
                }
            }

            var headings = nodes.Where(n => n.Role == "heading").ToList();
            var h1s = headings.Count(h => h.Level == 1);
            var domH1s = await page.Locator("h1").CountAsync();
            if (h1s != 1 || domH1s != 1)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{h1s} level-1 headings in the tree and {domH1s} h1 elements, not one: {string.Join(" | ", headings.Where(h => h.Level == 1).Select(h => h.Name))}"));
            }

            if (headings.Count > 0 && headings[0].Level != 1)
            {
                problems.Add($"the first heading is \"{headings[0].Name}\" at level {headings[0].Level}, before the page's h1");
            }

            for (var i = 1; i < headings.Count; i++)
            {
                if (headings[i].Level > headings[i - 1].Level + 1)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture,
                        $"the heading \"{headings[i].Name}\" (h{headings[i].Level}) follows \"{headings[i - 1].Name}\" (h{headings[i - 1].Level}), skipping a level"));
                }
            }

            if (problems.Count > 0)
            {
                var report = new StringBuilder().Append(CultureInfo.InvariantCulture, $"The structure of {new Uri(page.Url).AbsolutePath} is not sound:");
                foreach (var problem in problems)
                {
                    report.AppendLine().Append("- ").Append(problem);
                }

                report.AppendLine().Append("Headings: ").AppendJoin(" / ", headings.Select(h => string.Create(CultureInfo.InvariantCulture, $"h{h.Level} {h.Name}")));
                Assert.Fail(report.ToString());
            }
        }
        finally
        {
            await cdp.DetachAsync();
        }
    }

    private static string Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.TryGetProperty("value", out var text) ? text.ToString() : string.Empty;

    private static int Level(JsonElement node)
    {
        if (!node.TryGetProperty("properties", out var properties))
        {
            return 0;
        }

        foreach (var property in properties.EnumerateArray())
        {
            if (property.GetProperty("name").GetString() == "level")
            {
                return property.GetProperty("value").GetProperty("value").GetInt32();
            }
        }

        return 0;
    }

    /// <summary>The element behind a tree node, as its tag and attributes.</summary>
    private static async Task<string> DescribeAsync(ICDPSession cdp, int backendNodeId)
    {
        if (backendNodeId == 0)
        {
            return "(no element)";
        }

        var described = await cdp.SendAsync("DOM.describeNode", new Dictionary<string, object> { ["backendNodeId"] = backendNodeId });
        var node = described!.Value.GetProperty("node");
        var text = new StringBuilder("<").Append(node.GetProperty("localName").GetString());
        if (node.TryGetProperty("attributes", out var attributes))
        {
            var pairs = attributes.EnumerateArray().Select(a => a.GetString()).ToList();
            for (var i = 0; i + 1 < pairs.Count; i += 2)
            {
                text.Append(' ').Append(pairs[i]).Append("=\"").Append(pairs[i + 1]).Append('"');
            }
        }

        return text.Append('>').ToString();
    }

    private sealed record Node(string Role, string Name, int Level, int DomNode);
}
