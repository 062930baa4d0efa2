using System.Diagnostics;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// The app started as its own process, exactly as an operator starts it (`dotnet SamePage.Web.dll`),
/// for what only a real start shows: the exit code and what it tells the operator.
/// </summary>
public static class AppProcess
{
    public sealed record Outcome(int? ExitCode, string Output, string Errors);

    /// <summary>Starts the app with these settings (as environment variables) and waits for it to stop, at most a minute.</summary>
    public static Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> settings) =>
        RunAsync(["--urls", "http://127.0.0.1:0"], settings);

    /// <summary>
    /// Runs the executable with these arguments (an admin verb, say) and settings, and waits for it to
    /// stop: at most a minute, or <paramref name="limit"/> (a guard against a hang, not a timing: a verb
    /// that loads the sentence model and learns the examples takes far longer on a busy CI machine).
    /// </summary>
    public static async Task<Outcome> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> settings, TimeSpan? limit = null)
    {
        var app = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { app },
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Outcome(null, await output, await errors);
        }

        return new Outcome(process.ExitCode, await output, await errors);
    }
}
