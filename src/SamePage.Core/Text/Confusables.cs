using System.Globalization;
using System.Reflection;
using System.Text;

namespace SamePage.Core.Text;

/// <summary>
/// Texts that read alike: the confusable skeleton of Unicode Technical Standard #39, so "Аnna" with a
/// Cyrillic "А" and "Anna" with a Latin one have the same skeleton. The table (`confusables.tsv`,
/// made by `scripts/confusables-table.py` from Unicode's own data) ships inside this assembly.
/// </summary>
public static class Confusables
{
    private static readonly Lazy<Dictionary<int, string>> Table = new(Load);

    /// <summary>UTS #39's skeleton: decomposed (NFD), each character replaced by its prototype, decomposed again.</summary>
    public static string Skeleton(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = Table.Value;
        var mapped = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (table.TryGetValue(rune.Value, out var prototype))
            {
                mapped.Append(prototype);
            }
            else
            {
                mapped.Append(rune.ToString());
            }
        }

        return mapped.ToString().Normalize(NormalizationForm.FormD);
    }

    /// <summary>
    /// Whether two texts read as the same: the same skeleton as typed or once both are in lower case
    /// ("АNNA" and "anna"). Lower case is compared as well as the text as typed, because lowering first
    /// would hide a look-alike that only works in capitals ("Ivy" and "lvy").
    /// </summary>
    public static bool LookAlike(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.Equals(Skeleton(a), Skeleton(b), StringComparison.Ordinal)
            || string.Equals(Skeleton(a.ToLowerInvariant()), Skeleton(b.ToLowerInvariant()), StringComparison.Ordinal);
    }

    private static Dictionary<int, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SamePage.Core.Text.confusables.tsv")
            ?? throw new InvalidOperationException("The table of confusable characters is missing from SamePage.Core.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            var target = new StringBuilder();
            foreach (var point in parts[1].Split(' '))
            {
                target.Append(char.ConvertFromUtf32(int.Parse(point, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = target.ToString();
        }

        return table;
    }
}
