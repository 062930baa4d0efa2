using System.Globalization;

namespace SamePage.Web.Localisation;

/// <summary>
/// The languages SamePage speaks: English (the neutral resources, and the last resort), Spanish and
/// German. A person's language is a plain two-letter code; each page is rendered in its reader's
/// language, so partners who read different ones each see shared pages in their own.
/// </summary>
public static class Languages
{
    public const string English = "en";

    /// <summary>The codes, in the order the picker lists them.</summary>
    public static IReadOnlyList<string> Codes { get; } = [English, "es", "de"];

    public static IReadOnlyList<CultureInfo> Cultures { get; } = [.. Codes.Select(CultureInfo.GetCultureInfo)];

    /// <summary>A language as its own speakers call it, so anyone can find theirs whatever the page is in.</summary>
    public static string NativeName(string code) => code switch
    {
        "es" => "Español",
        "de" => "Deutsch",
        _ => "English",
    };

    /// <summary>One of the codes, from what a form or a cookie sent ("es", "ES", "es-MX"); null for anything else.</summary>
    public static string? Canonical(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 16)
        {
            return null;
        }

        var language = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return Codes.Contains(language, StringComparer.Ordinal) ? language : null;
    }

    /// <summary>The language of this request ("en", "es", "de").</summary>
    public static string Current => Canonical(CultureInfo.CurrentUICulture.Name) ?? English;

    /// <summary>How a day is written in the reader's language: "1 December 2026", "1 de diciembre de 2026", "1. Dezember 2026".</summary>
    public static string DayPattern => Current switch
    {
        "es" => "d 'de' MMMM 'de' yyyy",
        "de" => "d. MMMM yyyy",
        _ => "d MMMM yyyy",
    };

    /// <summary>A day and a time of day: "1 December 2026, 09:15".</summary>
    public static string MomentPattern => DayPattern + ", HH:mm";

    public static string Day(DateOnly day) => day.ToString(DayPattern, CultureInfo.CurrentCulture);

    public static string Day(DateTime moment) => moment.ToString(DayPattern, CultureInfo.CurrentCulture);

    public static string Moment(DateTime moment) => moment.ToString(MomentPattern, CultureInfo.CurrentCulture);
}
