using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace SamePage.Web.Infrastructure;

/// <summary>Only ever returns to a page of SamePage itself, never to another site.</summary>
public static class SafeReturn
{
    public static string Url(string? returnUrl, IUrlHelper url) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? Encoded(returnUrl) : "/circles";

    /// <summary>
    /// A Location header carries ASCII only: every character outside printable ASCII (an "ü", a space,
    /// a control character) is written as the percent-encoded bytes of its UTF-8, which is what a
    /// browser sends for it anyway. What is already ASCII, percent signs included, is left alone.
    /// </summary>
    public static string Encoded(string address)
    {
        if (address.All(c => c is > ' ' and < (char)0x7F))
        {
            return address;
        }

        var encoded = new StringBuilder(address.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in address.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F)
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
