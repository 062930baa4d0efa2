namespace SamePage.Core.Text;

/// <summary>
/// How a language joins a list, as patterns with {0} and {1} (like CLDR's list patterns): two items
/// ("{0} and {1}"), the items before the last two ("{0}, {1}"), and the last two of three or more
/// ("{0} and {1}"). A translation only changes the patterns.
/// </summary>
public sealed record ListPattern(string Two, string Middle, string End)
{
    /// <summary>English, without a serial comma: "Sam and Kai", "Sam, Kai and Alex".</summary>
    public static ListPattern English { get; } = new("{0} and {1}", "{0}, {1}", "{0} and {1}");
}

/// <summary>A list of names as a sentence says it: "Sam", "Sam and you", "Sam, Kai and you".</summary>
public static class NameList
{
    public static string Join(IEnumerable<string> items, ListPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(pattern);
        var list = items.ToList();
        switch (list.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return list[0];
            case 2:
                return Fill(pattern.Two, list[0], list[1]);
        }

        var joined = Fill(pattern.End, list[^2], list[^1]);
        for (var i = list.Count - 3; i >= 0; i--)
        {
            joined = Fill(pattern.Middle, list[i], joined);
        }

        return joined;
    }

    /// <summary>
    /// People named in a sentence: the others in the order given, then the reader, always last and as
    /// the word the sentence uses for them mid-sentence (English "you", lower case).
    /// </summary>
    public static string People<T>(IEnumerable<T> people, Func<T, bool> isReader, Func<T, string> nameOf, string you, ListPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(isReader);
        ArgumentNullException.ThrowIfNull(nameOf);
        var list = people.ToList();
        var names = list.Where(p => !isReader(p)).Select(nameOf).ToList();
        if (list.Any(isReader))
        {
            names.Add(you);
        }

        return Join(names, pattern);
    }

    // Plain replacement rather than string.Format: a name may itself contain braces.
    private static string Fill(string pattern, string first, string second)
    {
        var at0 = pattern.IndexOf("{0}", StringComparison.Ordinal);
        var at1 = pattern.IndexOf("{1}", StringComparison.Ordinal);
        if (at0 < 0 || at1 < 0)
        {
            throw new FormatException("A list pattern needs both {0} and {1}.");
        }

        return at0 < at1
            ? pattern[..at0] + first + pattern[(at0 + 3)..at1] + second + pattern[(at1 + 3)..]
            : pattern[..at1] + second + pattern[(at1 + 3)..at0] + first + pattern[(at0 + 3)..];
    }
}
