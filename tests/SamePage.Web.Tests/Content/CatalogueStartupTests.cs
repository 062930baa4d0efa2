using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Content;

/// <summary>An invalid content file stops the app at start-up, saying which file, which line and what is wrong.</summary>
public sealed class CatalogueStartupTests : IDisposable
{
    private const string DuplicateId = """
        categories:
          - id: time-together
            title: Time together
            description: How time is shared.
        behaviours:
          - id: late-night-chatting
            category: time-together
            label: Chats late at night with someone else
            clarification: Long conversations after midnight.
          - id: late-night-chatting
            category: time-together
            label: Chats late at night again
            clarification: The same id a second time.
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("samepage-content-").FullName;

    private string ContentDirectory => Path.Combine(_folder, "content");

    private string CatalogueFile => Path.Combine(ContentDirectory, "en", "behaviours.yaml");

    private string GuidesFile => Path.Combine(ContentDirectory, "en", "guides.yaml");

    private static readonly string[] GuideKinds = ["hot-spot", "talk-about-it", "close", "unsure", "blind-spot"];

    /// <summary>A guide of every kind for the one category of these tests; 'leave out' drops a kind.</summary>
    private static string Guides(string? leaveOut = null) =>
        "general:\n  - \"Listen first.\"\nguides:\n" + string.Concat(
            GuideKinds
                .Where(kind => kind != leaveOut)
                .Select(kind => $"  - kind: {kind}\n    category: time-together\n    openings: [\"I'd like to hear how you see it.\"]\n    questions: [\"What matters to you here?\", \"What would help?\", \"How does it feel?\"]\n"));

    [Fact]
    public async Task A_duplicate_behaviour_id_stops_the_app_naming_the_file_the_line_and_the_problem()
    {
        Write(DuplicateId);

        var outcome = await StartAsync();

        Assert.Equal(1, outcome.ExitCode);
        var message = Assert.Single(outcome.Errors.Split('\n'), line => line.StartsWith("SamePage cannot start:", StringComparison.Ordinal));
        Assert.Equal($"SamePage cannot start: {CatalogueFile}, line 10: the behaviour id 'late-night-chatting' is used twice.", message.TrimEnd());
    }

    [Fact]
    public async Task A_behaviour_in_an_unknown_category_stops_the_app_naming_the_line()
    {
        Write(DuplicateId.Replace("late-night-chatting\n    category: time-together\n    label: Chats late at night again", "second-item\n    category: nowhere\n    label: Chats late at night again", StringComparison.Ordinal));

        var outcome = await StartAsync();

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{CatalogueFile}, line 11:", outcome.Errors);
        Assert.Contains("'nowhere'", outcome.Errors);
    }

    [Fact]
    public async Task A_missing_catalogue_stops_the_app_naming_the_file()
    {
        var outcome = await StartAsync();

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"SamePage cannot start: {CatalogueFile}", outcome.Errors);
        Assert.Contains("does not exist", outcome.Errors);
    }

    [Fact]
    public async Task A_guides_file_missing_a_kind_stops_the_app_naming_the_file_and_the_gap()
    {
        Write(DuplicateId[..DuplicateId.LastIndexOf("  - id: late-night-chatting", StringComparison.Ordinal)]);
        File.WriteAllText(GuidesFile, Guides(leaveOut: "unsure"));

        var outcome = await StartAsync();

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"SamePage cannot start: {GuidesFile}, line 3: there is no 'unsure' guide for the category 'time-together'", outcome.Errors);
    }

    [Fact]
    public void An_invalid_catalogue_stops_the_app_in_tests_too()
    {
        Write(DuplicateId);
        using var app = App();

        Assert.ThrowsAny<Exception>(app.Start);
    }

    [Fact]
    public async Task A_valid_catalogue_of_ones_own_is_used()
    {
        Write(DuplicateId[..DuplicateId.LastIndexOf("  - id: late-night-chatting", StringComparison.Ordinal)]);
        await using var app = App();
        using var person = await app.SignUpAsync();
        var circle = await person.CreateCircleAsync();

        var page = await person.GetAsync(Paths.Answer(circle, 1));

        Assert.Equal("Time together", page.Find("h1")!.TextContent.Trim());
        Assert.Single(page.FindAll("fieldset.behaviour"));
    }

    private void Write(string yaml)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CatalogueFile)!);
        File.WriteAllText(CatalogueFile, yaml.ReplaceLineEndings("\n"));
        File.WriteAllText(GuidesFile, Guides());
    }

    private Task<AppProcess.Outcome> StartAsync() => AppProcess.RunAsync(new Dictionary<string, string>
    {
        ["SamePage:ContentDirectory"] = ContentDirectory,
        ["SamePage:DataDirectory"] = Path.Combine(_folder, "data"),
    });

    private AppFactory App() => new(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["SamePage:ContentDirectory"] = ContentDirectory });

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
