using Microsoft.Extensions.Localization;

namespace SamePage.Web.Rounds;

/// <summary>The pages of a revealed round, as tabs at the top of each.</summary>
public sealed record RoundTabs(string RoundPath, int Number, string Current)
{
    public const string Comparison = "comparison";
    public const string BlindSpots = "blind-spots";
    public const string Changes = "changes";
    public const string Reflections = "reflections";
    public const string Journal = "journal";

    public IEnumerable<(string Key, string Href, string Text)> Links(IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        yield return (Comparison, $"{RoundPath}/comparison", l["Where you agree and differ"]);
        yield return (BlindSpots, $"{RoundPath}/blind-spots", l["Blind spots"]);
        if (Number > 1)
        {
            yield return (Changes, $"{RoundPath}/changes", l["What changed"]);
        }

        yield return (Reflections, $"{RoundPath}/reflections", l["Shared reflections"]);
        yield return (Journal, $"{RoundPath}/journal", l["Your private journal"]);
    }
}
