using System.Net;
using AngleSharp.Html.Dom;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>The private journal of a round: opening it, writing, sharing and un-sharing answers.</summary>
public sealed partial class Person
{
    /// <summary>Opens this person's journal for a round and returns its form, as their browser would post it.</summary>
    public async Task<JournalForm> OpenJournalAsync(Guid circle, int round)
    {
        var page = await GetAsync(Paths.Journal(circle, round));
        Assert.True(page.Status == HttpStatusCode.OK, $"Opening the journal answered {page}");
        return JournalForm.From(page);
    }

    /// <summary>Presses Save on a journal form (perhaps one loaded a while ago, as in another tab).</summary>
    public Task<WebPage> SaveJournalAsync(Guid circle, int round, JournalForm form) =>
        PostFormAsync(Paths.Journal(circle, round), [.. form.Fields()]);

    /// <summary>Opens the journal, writes these answers (the others stay as they are) and saves.</summary>
    public async Task<WebPage> WriteJournalAsync(Guid circle, int round, params (string Prompt, string Text)[] answers)
    {
        var form = await OpenJournalAsync(circle, round);
        foreach (var (prompt, text) in answers)
        {
            form.Answers[prompt] = text;
        }

        return await SaveJournalAsync(circle, round, form);
    }

    /// <summary>Opens the journal, ticks (or unticks) "Share this answer with the circle" for one prompt, and saves.</summary>
    public async Task<WebPage> ShareReflectionAsync(Guid circle, int round, string prompt, bool share = true)
    {
        var form = await OpenJournalAsync(circle, round);
        Assert.True(form.SharingOffered, "The journal offers no choice to share.");
        if (share)
        {
            form.Share.Add(prompt);
        }
        else
        {
            form.Share.Remove(prompt);
        }

        return await SaveJournalAsync(circle, round, form);
    }

    public Task<WebPage> StopSharingReflectionAsync(Guid circle, int round, string prompt) =>
        ShareReflectionAsync(circle, round, prompt, share: false);
}

/// <summary>The fields of a journal page's form, as a browser would post them; change them, then post.</summary>
public sealed class JournalForm
{
    public Dictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Bases { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Share { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the page offered the sharing checkboxes.</summary>
    public bool SharingOffered { get; set; }

    public static JournalForm From(WebPage page)
    {
        var form = page.Find("form#journal-form");
        Assert.True(form is not null, $"No journal form on {page}: {page.Text}");
        var read = new JournalForm();
        foreach (var textarea in form.QuerySelectorAll("textarea").Cast<IHtmlTextAreaElement>())
        {
            read.Answers[Key(textarea.Name!, "Answers")] = textarea.Value;
        }

        foreach (var input in form.QuerySelectorAll("input").Cast<IHtmlInputElement>())
        {
            switch (input.Name)
            {
                case { } name when name.StartsWith("Bases[", StringComparison.Ordinal):
                    read.Bases[Key(name, "Bases")] = input.Value;
                    break;
                case "Share" when input.IsChecked:
                    read.Share.Add(input.Value);
                    break;
                case "SharingOffered":
                    read.SharingOffered = input.Value == "true";
                    break;
            }
        }

        return read;
    }

    public IEnumerable<(string Name, string Value)> Fields()
    {
        foreach (var (prompt, text) in Answers)
        {
            yield return ($"Answers[{prompt}]", text);
        }

        foreach (var (prompt, fingerprint) in Bases)
        {
            yield return ($"Bases[{prompt}]", fingerprint);
        }

        if (SharingOffered)
        {
            yield return ("SharingOffered", "true");
        }

        foreach (var prompt in Share)
        {
            yield return ("Share", prompt);
        }
    }

    private static string Key(string name, string field) => name[(field.Length + 1)..^1];
}
