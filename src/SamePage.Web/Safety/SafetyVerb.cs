using System.Globalization;
using SamePage.Core.Catalogue;
using SamePage.Core.Safety;
using SamePage.Web.Content;

namespace SamePage.Web.Safety;

/// <summary>
/// `safety screen FILE`: screens a file of clauses, one a line (`text` or `label&lt;TAB&gt;text`; blank
/// lines and lines starting with '#' are skipped), and prints `flag|ok&lt;TAB&gt;kinds&lt;TAB&gt;text` for each.
/// When the lines carry `control:&lt;kind&gt;` / `healthy` labels, a summary (recall, false alarms) goes
/// to the error stream, so the output stays one line per clause.
/// </summary>
public static class SafetyVerb
{
    public const string Usage = "Usage: safety screen FILE | safety eval FILE   (one clause a line, or label<TAB>clause; '#' starts a comment)";

    public static async Task<int> RunAsync(string[] args, ContentLibrary content, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (args is not [("screen" or "eval") and var action, var file])
        {
            await errors.WriteLineAsync(args is ["screen" or "eval"] ? $"Which file? {Usage}" : Usage);
            return 2;
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(Locate(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await errors.WriteLineAsync($"Cannot read '{file}': {e.Message}");
            return 2;
        }

        ClauseScreener screener;
        try
        {
            screener = content.LoadScreener();
        }
        catch (CatalogueException e)
        {
            await errors.WriteLineAsync($"SamePage cannot screen: {e.Message}");
            return 1;
        }

        if (action == "eval")
        {
            return await EvaluateAsync(Path.GetFileName(file), ClauseLines.Parse(text), screener, content, output, errors);
        }

        var screened = new List<(string? Label, ScreenResult Result)>();
        foreach (var line in ClauseLines.Parse(text))
        {
            var result = screener.Screen(line.Text);
            screened.Add((line.Label, result));
            await output.WriteLineAsync(Format(line.Text, result));
        }

        var score = ScreeningScore.Of(screened);
        if (score.HasLabels)
        {
            await errors.WriteLineAsync($"# {Path.GetFileName(file)}: {score}");
        }

        return 0;
    }

    /// <summary>
    /// `safety eval FILE`: recall, false alarms and recall per kind for the rules alone, the model alone
    /// and both, on the labelled lines of FILE (all examples as exemplars), then the same by 5-fold
    /// stratified cross-validation over the examples.
    /// </summary>
    private static async Task<int> EvaluateAsync(string name, IReadOnlyList<ClauseLine> lines, ClauseScreener screener, ContentLibrary content, TextWriter output, TextWriter errors)
    {
        if (screener.Meaning is null || content.Model is not { } model)
        {
            await errors.WriteLineAsync("This locale has no sentence model or no examples: only the rules screen (safety screen FILE shows them).");
            return 1;
        }

        var labelled = lines.Where(l => l.Label is not null).ToList();
        var examples = screener.Meaning.Examples;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"# {name}: {labelled.Count} labelled clauses, exemplars: {examples.Count} examples ({ContentLibrary.SafetyExamplesFile})"));
        await output.WriteAsync(ScreeningEvaluation.OnLines(screener, labelled).Table());
        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"# 5-fold stratified cross-validation over the {examples.Count} examples"));
        await output.WriteAsync(ScreeningEvaluation.CrossValidated(screener.Rules, model, examples).Table());
        return 0;
    }

    /// <summary>
    /// A relative path is read from the current directory or, when it is not there, from the directory
    /// the command was typed in: `dotnet run --project src/SamePage.Web` runs the app in the project's
    /// folder, while the shell's PWD still names the folder the person is in.
    /// </summary>
    private static string Locate(string file)
    {
        if (Path.IsPathRooted(file) || File.Exists(file))
        {
            return file;
        }

        var typedIn = Environment.GetEnvironmentVariable("PWD");
        var there = string.IsNullOrEmpty(typedIn) ? null : Path.Combine(typedIn, file);
        return there is not null && File.Exists(there) ? there : file;
    }

    /// <summary>`flag&lt;TAB&gt;monitoring,isolation&lt;TAB&gt;text` or `ok&lt;TAB&gt;&lt;TAB&gt;text`.</summary>
    public static string Format(string text, ScreenResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var kinds = string.Join(',', result.Kinds.Select(k => k.ToString().ToLowerInvariant()));
        return $"{(result.Flagged ? "flag" : "ok")}\t{kinds}\t{text}";
    }
}
