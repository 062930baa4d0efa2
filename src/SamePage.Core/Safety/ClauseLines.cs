namespace SamePage.Core.Safety;

/// <summary>One clause of a clause file: its line number, its label if the line had one, and its text.</summary>
public sealed record ClauseLine(int LineNumber, string? Label, string Text);

/// <summary>
/// A file of clauses to screen, one a line: either the text alone or `label&lt;TAB&gt;text` (the last
/// field is the text). Blank lines and lines starting with '#' are skipped.
/// </summary>
public static class ClauseLines
{
    public static IReadOnlyList<ClauseLine> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<ClauseLine>();
        var number = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            var label = fields.Length > 1 ? fields[0].Trim() : null;
            lines.Add(new ClauseLine(number, string.IsNullOrEmpty(label) ? null : label, fields[^1].Trim()));
        }

        return lines;
    }
}
