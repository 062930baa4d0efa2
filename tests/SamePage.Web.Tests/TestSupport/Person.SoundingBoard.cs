using System.Net;
using AngleSharp.Html.Dom;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>Sounding-board links: making one from the journal, reading one as a supporter with no account.</summary>
public sealed partial class Person
{
    public const string SoundingBoardPath = "/account/sounding-board";
    public const string NewSoundingLinkPath = "/account/sounding-board/new";

    /// <summary>Opens "A link for someone you trust", ticks the answers whose text contains one of <paramref name="containing"/>, and makes the link; returns its page.</summary>
    public async Task<WebPage> MakeSoundingLinkAsync(IEnumerable<string> containing, string? label = null, int hours = 72, int opens = 5)
    {
        var form = await GetAsync(NewSoundingLinkPath);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var wanted = containing.ToList();
        var fields = new List<(string, string)>();
        foreach (var box in form.FindAll("input[name=Chosen]").Cast<IHtmlInputElement>())
        {
            var text = form.Find($"#{box.Id}-text")!.TextContent;
            if (wanted.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                fields.Add(("Chosen", box.Value));
            }
        }

        fields.Add(("Label", label ?? string.Empty));
        fields.Add(("Hours", hours.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        fields.Add(("Opens", opens.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return await PostFormAsync(NewSoundingLinkPath, [.. fields]);
    }

    /// <summary>Makes a link and returns its address (path only), as shown once on the page.</summary>
    public async Task<string> SoundingLinkAsync(IEnumerable<string> containing, string? label = null, int hours = 72, int opens = 5)
    {
        var made = await MakeSoundingLinkAsync(containing, label, hours, opens);
        Assert.True(made.Status == HttpStatusCode.OK, $"Making a link answered {made}");
        var link = made.Find("#sounding-link")?.TextContent ?? throw new InvalidOperationException($"No link was shown: {made.Text}");
        return new Uri(link.Trim()).PathAndQuery;
    }

    /// <summary>The code in a link's address (<c>/s?code=…</c>).</summary>
    public static string SoundingCode(string path) => path[(path.IndexOf("code=", StringComparison.Ordinal) + 5)..];

    /// <summary>As a supporter: opens the address, then presses "Read them now" (which spends an open); returns the page that follows.</summary>
    public async Task<WebPage> ReadSoundingLinkAsync(string path)
    {
        var welcome = await GetAsync(path);
        if (welcome.Find("#read-now") is null)
        {
            return welcome;
        }

        return await PostWithoutTokenAsync(path, ("Action", "open"), (TokenField, TokenIn(welcome)!));
    }

    /// <summary>As a supporter who has the reading page: sends a note back through its form.</summary>
    public Task<WebPage> LeaveSoundingNoteAsync(string path, WebPage reading, string note) =>
        PostWithoutTokenAsync(path, ("Action", "note"), ("Note", note), (TokenField, TokenIn(reading)!));
}
