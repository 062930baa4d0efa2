using Microsoft.Extensions.Localization;
using SamePage.Core.Styles;

namespace SamePage.Web.Rounds;

/// <summary>The words of the "How I connect" scales: a frequency, or a lean towards one of two ends.</summary>
public sealed class StyleWords(IStringLocalizer<SharedResource> l)
{
    public static IReadOnlyList<int> Steps { get; } = [.. Enumerable.Range(0, StyleBook.MaxStep + 1)];

    /// <summary>The few words on a segment.</summary>
    public string Segment(StyleItem item, int step)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Scale == StyleScale.Frequency
            ? step switch
            {
                0 => l["Rarely"],
                1 => l["At times"],
                2 => l["Often"],
                3 => l["A lot"],
                _ => l["Always"],
            }
            : step switch
            {
                0 or 4 => l["Clearly"],
                1 or 3 => l["Mostly"],
                _ => l["Between"],
            };
    }

    /// <summary>The whole answer in words, for screen readers and for the comparison: "Mostly: within minutes".</summary>
    public string Full(StyleItem item, int step)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Scale == StyleScale.Frequency)
        {
            return Segment(item, step);
        }

        return step switch
        {
            0 => l["Clearly: {0}", item.Left!],
            1 => l["Mostly: {0}", item.Left!],
            2 => l["Somewhere between the two"],
            3 => l["Mostly: {0}", item.Right!],
            _ => l["Clearly: {0}", item.Right!],
        };
    }

    /// <summary>The words under a preference's two ends; a frequency's segments say it all, so it has none.</summary>
    public (string Left, string Right)? Ends(StyleItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Scale == StyleScale.Preference ? (item.Left!, item.Right!) : null;
    }
}
