using Microsoft.Extensions.Localization;

namespace SamePage.Web.Circles;

/// <summary>Names joined the way people write them: "Bea", "Bea and Cy", "Bea, Cy and Dev".</summary>
public static class NameList
{
    public static string Join(IStringLocalizer l, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(names);
        return names.Count switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => l["{0} and {1}", string.Join(", ", names.Take(names.Count - 1)), names[^1]],
        };
    }
}
