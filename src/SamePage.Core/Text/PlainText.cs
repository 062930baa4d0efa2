using System.Globalization;
using System.Text;

namespace SamePage.Core.Text;

/// <summary>How SamePage treats short texts people type or write in content: one form, nothing invisible.</summary>
public static class PlainText
{
    /// <summary>Trimmed and Unicode-composed (NFC), so "Zoë" typed two ways is one name.</summary>
    public static string Normalize(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Control characters, zero-width spaces, direction overrides and other format characters.</summary>
    public static bool HasInvisibleCharacters(string text) =>
        text.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format);
}
