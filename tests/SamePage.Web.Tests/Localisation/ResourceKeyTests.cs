using System.Text.RegularExpressions;
using SamePage.Localisation;

namespace SamePage.Web.Tests.Localisation;

/// <summary>
/// Issue 19: every text the pages pass to the localiser is translated in every language, the
/// translations hold the same keys, and each keeps its placeholders (a lost "{0}" would drop a name;
/// a stray "{2}" would break the page). The keys come from scripts/localisation-keys.cs, the same
/// extraction a translator runs.
/// </summary>
public sealed partial class ResourceKeyTests
{
    public static TheoryData<string> Translations => ["es", "de"];

    private static readonly string Root = LocalisationKeys.FindRoot(AppContext.BaseDirectory);

    [Theory, MemberData(nameof(Translations))]
    public void Every_key_the_code_uses_is_translated(string language)
    {
        var used = LocalisationKeys.Extract(Root);
        var resources = LocalisationKeys.ReadResx(LocalisationKeys.ResxPath(Root, language));
        var missing = used.Where(k => !resources.ContainsKey(LocalisationKeys.ResourceName(k.Key, used))).Select(k => $"{k.Value}: {k.Key}").ToList();

        Assert.True(used.Count > 1000, $"The extraction found only {used.Count} keys; it no longer sees the pages.");
        Assert.True(missing.Count == 0,
            $"{missing.Count} of {used.Count} keys have no {language} translation (dotnet run scripts/localisation-keys.cs -- --missing {language}):\n"
            + string.Join('\n', missing.Take(40)));
    }

    [Fact]
    public void Every_language_has_the_same_keys()
    {
        var spanish = LocalisationKeys.ReadResx(LocalisationKeys.ResxPath(Root, "es"));
        var german = LocalisationKeys.ReadResx(LocalisationKeys.ResxPath(Root, "de"));

        var onlySpanish = spanish.Keys.Except(german.Keys).ToList();
        var onlyGerman = german.Keys.Except(spanish.Keys).ToList();
        Assert.True(onlySpanish.Count == 0, "Only in es:\n" + string.Join('\n', onlySpanish.Take(40)));
        Assert.True(onlyGerman.Count == 0, "Only in de:\n" + string.Join('\n', onlyGerman.Take(40)));
    }

    [Theory, MemberData(nameof(Translations))]
    public void Every_translation_keeps_the_placeholders_of_its_key_and_says_something(string language)
    {
        var resources = LocalisationKeys.ReadResx(LocalisationKeys.ResxPath(Root, language));
        var wrong = resources
            .Where(r => string.IsNullOrWhiteSpace(r.Value) || !Placeholders(r.Key).SetEquals(Placeholders(r.Value)))
            .Select(r => $"{r.Key}  →  {r.Value}")
            .ToList();

        Assert.True(wrong.Count == 0, $"{wrong.Count} {language} translations are empty or lose or add a placeholder:\n" + string.Join('\n', wrong.Take(40)));
    }

    [Theory, MemberData(nameof(Translations))]
    public void No_two_names_differ_only_in_case_since_the_resource_compiler_would_keep_one(string language)
    {
        var resources = LocalisationKeys.ReadResx(LocalisationKeys.ResxPath(Root, language));
        var merged = resources.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.True(merged.Count == 0, "Names that differ only in case (give the lower-case one its prefix, LocalisationKeys.ResourceName):\n" + string.Join('\n', merged));
    }

    [Fact]
    public void The_extraction_finds_keys_in_razor_in_classes_and_handed_to_helpers()
    {
        var used = LocalisationKeys.Extract(Root);

        Assert.Contains("Skip to content", used.Keys); // _Layout.cshtml
        Assert.Contains("Agreement, version {0}", used.Keys); // ExportWords.cs
        Assert.Contains("{0} clauses added", used.Keys); // Compare.cshtml, through Part(…)
        Assert.Contains("Change language", used.Keys);
    }

    /// <summary>The placeholder numbers of a format string ("{0}", "{1:d MMMM yyyy}" → 0, 1), ignoring escaped braces.</summary>
    private static HashSet<int> Placeholders(string format) =>
        [.. Placeholder().Matches(format.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
