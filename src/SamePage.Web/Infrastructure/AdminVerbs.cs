using SamePage.Data;
using SamePage.Meaning;
using SamePage.Web.Content;
using SamePage.Web.Operations;
using SamePage.Web.Safety;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// The admin verbs of the SamePage executable: `dotnet run --project src/SamePage.Web -- migrate`,
/// `... -- safety screen FILE`. A verb's own arguments follow it; settings (`--Key=value`) come after.
/// </summary>
public static class AdminVerbs
{
    private static readonly HashSet<string> Known = ["migrate", "safety", "seed", .. DataVerbs.Names];

    /// <summary>Verbs that read only configuration and content: they start no server and open no database.</summary>
    private static readonly HashSet<string> ContentOnly = ["safety"];

    /// <summary>The verb, its own arguments (up to the first `--setting`), and the rest for the host.</summary>
    public static (string? Verb, string[] VerbArgs, string[] HostArgs) Split(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || !Known.Contains(args[0]))
        {
            return (null, [], args);
        }

        var own = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        return (args[0], own, args[(1 + own.Length)..]);
    }

    /// <summary>
    /// Whether a verb needs the app's services and database (`migrate`). `backup`, `restore` and `check`
    /// open the data themselves, without the app, so they too go through the configuration-only path.
    /// </summary>
    public static bool NeedsDatabase(string verb) => !ContentOnly.Contains(verb) && !DataVerbs.Names.Contains(verb);

    /// <summary>Runs a verb that needs only configuration (see <see cref="NeedsDatabase"/>).</summary>
    public static Task<int> RunAsync(string verb, string[] verbArgs, IConfiguration configuration) => verb switch
    {
        "safety" => SafetyVerb.RunAsync(verbArgs, new ContentLibrary(configuration, MiniLmEmbedder.Shared), Console.Out, Console.Error),
        _ when DataVerbs.Names.Contains(verb) => DataVerbs.RunAsync(verb, verbArgs, configuration, Console.Out, Console.Error),
        _ => UnknownAsync(verb),
    };

    public static async Task<int> RunAsync(string verb, WebApplication app, string[]? verbArgs = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        switch (verb)
        {
            case "migrate":
                await app.Services.MigrateSamePageDbAsync();
                await Console.Out.WriteLineAsync("The database is up to date.");
                return 0;
            case "seed": // the benchmark's synthetic circles (docs/BENCHMARKS.md)
                return await Operations.Seeding.Seeder.RunAsync(verbArgs ?? [], app.Services, Console.Out, Console.Error);
            default:
                return await UnknownAsync(verb);
        }
    }

    private static async Task<int> UnknownAsync(string verb)
    {
        await Console.Error.WriteLineAsync($"Unknown verb '{verb}'.");
        return 2;
    }
}
