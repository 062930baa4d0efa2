using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// The Nu HTML Checker (vnu.jar, from npm's vnu-jar) run with the machine's Java over the HTML the
/// server sent. vnu refuses local addresses, so the pages are written to a temporary folder (as
/// page-001.html, …: no content in the names) and checked in one run, since Java is slow to start.
/// The folder is removed afterwards.
/// </summary>
public static class HtmlValidator
{
    /// <summary>Set by scripts/test.sh to the jar it installed.</summary>
    public const string JarVariable = "SAMEPAGE_VNU_JAR";

    /// <summary>Where scripts/test.sh installs it, relative to the repository's root.</summary>
    private static readonly string[] InstalledJar = [".tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar"];

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>The jar: from <see cref="JarVariable"/>, else the one scripts/test.sh installs. Fails (never skips) when there is none.</summary>
    public static string JarPath()
    {
        if (Environment.GetEnvironmentVariable(JarVariable) is { Length: > 0 } configured)
        {
            Assert.True(File.Exists(configured), $"{JarVariable} names {configured}, which does not exist. Run scripts/test.sh to install the Nu HTML Checker.");
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. InstalledJar]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"The Nu HTML Checker (vnu.jar) was not found. Run the tests with scripts/test.sh, which installs it into .tools/vnu, or set {JarVariable} to a vnu.jar (npm install vnu-jar).");
        return string.Empty;
    }

    /// <summary>Checks every page; returns the errors vnu reports, each with the page's name.</summary>
    public static async Task<IReadOnlyList<HtmlError>> ValidateAsync(IReadOnlyList<ServedPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            return [];
        }

        var jar = JarPath();
        var folder = Directory.CreateTempSubdirectory("samepage-vnu-");
        try
        {
            var byFile = new Dictionary<string, ServedPage>(StringComparer.Ordinal);
            for (var i = 0; i < pages.Count; i++)
            {
                var file = Path.Combine(folder.FullName, string.Create(CultureInfo.InvariantCulture, $"page-{i + 1:D3}.html"));
                await File.WriteAllTextAsync(file, pages[i].Html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                byFile[Path.GetFileName(file)] = pages[i];
            }

            var report = await RunAsync(jar, ["--errors-only", "--format", "json", "--stdout", .. byFile.Keys.Select(f => Path.Combine(folder.FullName, f))]);
            return Parse(report, byFile);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Checks one document given as text.</summary>
    public static Task<IReadOnlyList<HtmlError>> ValidateAsync(string name, string html) => ValidateAsync([new ServedPage(name, html)]);

    private static List<HtmlError> Parse(string report, Dictionary<string, ServedPage> byFile)
    {
        using var json = ParseJson(report);
        var errors = new List<HtmlError>();
        foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "info")
            {
                continue; // --errors-only leaves none; warnings are not errors
            }

            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? string.Empty : string.Empty;
            var file = url[(url.LastIndexOf('/') + 1)..]; // file:/tmp/samepage-vnu-…/page-001.html
            var page = byFile.TryGetValue(file, out var p) ? p.Name : "(the checker itself)";
            var text = message.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
            int? line = message.TryGetProperty("lastLine", out var l) && l.TryGetInt32(out var n) ? n : null;
            var extract = message.TryGetProperty("extract", out var e) ? e.GetString()?.ReplaceLineEndings(" ") : null;
            errors.Add(new HtmlError(page, type ?? "error", line, text, extract));
        }

        return errors;
    }

    private static JsonDocument ParseJson(string report)
    {
        try
        {
            return JsonDocument.Parse(report);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException("The Nu HTML Checker did not answer with JSON: " + report, ex);
        }
    }

    private static async Task<string> RunAsync(string jar, IReadOnlyList<string> arguments)
    {
        var java = Environment.GetEnvironmentVariable("SAMEPAGE_JAVA") is { Length: > 0 } configured ? configured : "java";
        var start = new ProcessStartInfo(java)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-jar", jar, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {java}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The Nu HTML Checker did not finish within {Patience.TotalMinutes} minutes.");
        }

        var report = await output;
        // 0: no errors, 1: errors found (reported as JSON). Anything else, or no report, is the checker failing.
        if (process.ExitCode is not (0 or 1) || report.Trim().Length == 0)
        {
            throw new InvalidOperationException($"The Nu HTML Checker exited with {process.ExitCode}: {await errors}");
        }

        return report;
    }
}

/// <summary>One error the checker found: on which page, its line in the HTML sent, vnu's message and the code around it.</summary>
public sealed record HtmlError(string Page, string Type, int? Line, string Message, string? Extract)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Page}: {(Line is { } n ? $"line {n}: " : string.Empty)}{Message}{(Extract is { Length: > 0 } x ? $" «{x.Trim()}»" : string.Empty)}");
}
