using SamePage.Data;

namespace SamePage.Web.Infrastructure;

/// <summary>The admin verbs of the SamePage executable: `dotnet run --project src/SamePage.Web -- migrate`.</summary>
public static class AdminVerbs
{
    private static readonly HashSet<string> Known = ["migrate"];

    public static (string? Verb, string[] HostArgs) Split(string[] args) =>
        args.Length > 0 && Known.Contains(args[0]) ? (args[0], args[1..]) : (null, args);

    public static async Task<int> RunAsync(string verb, WebApplication app)
    {
        switch (verb)
        {
            case "migrate":
                await app.Services.MigrateSamePageDbAsync();
                await Console.Out.WriteLineAsync("The database is up to date.");
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown verb '{verb}'.");
                return 2;
        }
    }
}
