using SamePage.Core.Catalogue;

namespace SamePage.Core.Safety;

/// <summary>One labelled clause of a locale's examples: the kind of control it describes, or none for a healthy clause.</summary>
public sealed record SafetyExample(ControlKind? Kind, string Text)
{
    public bool Controlling => Kind is not null;

    /// <summary>The label as written in an examples file: `control:&lt;kind&gt;` or `healthy`.</summary>
    public string Label => Kind is { } kind ? ScreeningScore.ControlPrefix + kind.ToString().ToLowerInvariant() : ScreeningScore.HealthyLabel;
}

/// <summary>
/// Reads `content/&lt;locale&gt;/safety-examples.tsv`: one clause a line, `label&lt;TAB&gt;text`, where the
/// label is `control:&lt;kind&gt;` or `healthy`; blank lines and lines starting with '#' are skipped.
/// </summary>
public static class SafetyExamples
{
    /// <exception cref="CatalogueException">A line has no label, an unknown label, or no text.</exception>
    public static IReadOnlyList<SafetyExample> Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var examples = new List<SafetyExample>();
        foreach (var line in ClauseLines.Parse(text))
        {
            if (line.Label is not { } label || line.Text.Length == 0)
            {
                throw new CatalogueException(path, line.LineNumber, "each line needs a label, a tab and a clause.");
            }

            if (label == ScreeningScore.HealthyLabel)
            {
                examples.Add(new SafetyExample(null, line.Text));
            }
            else if (ScreeningScore.KindOf(label) is { } kind)
            {
                examples.Add(new SafetyExample(kind, line.Text));
            }
            else
            {
                throw new CatalogueException(path, line.LineNumber, $"'{label}' is not a label: use healthy or control:<kind> (monitoring, isolation, economic, support, coercion, appearance).");
            }
        }

        return examples;
    }
}
