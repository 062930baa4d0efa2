using System.Globalization;
using System.Text;

namespace SamePage.Core.Text;

/// <summary>How SamePage treats short texts people type or write in content: one form, nothing invisible.</summary>
public static class PlainText
{
    private const int ZeroWidthJoiner = 0x200D;
    private const int EmojiPresentation = 0xFE0F;
    private const int CombiningKeycap = 0x20E3;
    private const int CancelTag = 0xE007F;

    /// <summary>Trimmed and Unicode-composed (NFC), so "Zoë" typed two ways is one name.</summary>
    public static string Normalize(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Control characters, zero-width spaces, direction overrides and other format characters, except
    /// where they are part of an emoji: a zero-width joiner between two emoji (🏳️‍🌈, 👩‍❤️‍👩,
    /// 🧑🏽‍🤝‍🧑🏿) and the tag characters of a subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿). A joiner anywhere
    /// else, at the start or end, or between letters, is still invisible and still refused.
    /// </summary>
    public static bool HasInvisibleCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runes = text.EnumerateRunes().ToArray();
        var afterEmoji = false;
        for (var i = 0; i < runes.Length; i++)
        {
            var value = runes[i].Value;
            if (IsEmoji(value))
            {
                afterEmoji = true;
                continue;
            }

            if (value is EmojiPresentation or CombiningKeycap || IsSkinTone(value))
            {
                // Shapes the emoji before it; on its own it is a mark, not a hidden character.
                continue;
            }

            if (value == ZeroWidthJoiner)
            {
                if (!afterEmoji || i + 1 >= runes.Length || !IsEmoji(runes[i + 1].Value))
                {
                    return true;
                }

                afterEmoji = false;
                continue;
            }

            if (value is >= 0xE0020 and <= CancelTag)
            {
                if (!afterEmoji)
                {
                    return true;
                }

                continue;
            }

            afterEmoji = false;
            if (Rune.IsControl(runes[i]) || Rune.GetUnicodeCategory(runes[i]) == UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSkinTone(int value) => value is >= 0x1F3FB and <= 0x1F3FF;

    /// <summary>
    /// The pictographs emoji sequences are made of (Unicode's Extended_Pictographic, approximated by
    /// its blocks, which .NET does not expose): enough to tell a joiner inside an emoji from a stray one.
    /// </summary>
    private static bool IsEmoji(int value) =>
        !IsSkinTone(value) && value is
            (>= 0x1F000 and <= 0x1FAFF and not (>= 0x1F1E6 and <= 0x1F1FF)) or (>= 0x1FC00 and <= 0x1FFFD)
            or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF) or (>= 0x2190 and <= 0x21FF)
            or (>= 0x2300 and <= 0x23FF) or (>= 0x25A0 and <= 0x25FF) or (>= 0x2934 and <= 0x2935)
            or 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or 0x24C2 or 0x3030 or 0x303D or 0x3297 or 0x3299;
}
