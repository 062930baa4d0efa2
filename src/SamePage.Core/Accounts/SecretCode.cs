using System.Security.Cryptography;
using System.Text;

namespace SamePage.Core.Accounts;

/// <summary>
/// Random codes people can read aloud and type: groups of five characters from an alphabet without
/// look-alikes (Crockford's base 32). Used for invite codes and recovery codes.
/// </summary>
public static class SecretCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int GroupLength = 5;

    /// <summary>A new code of <paramref name="groups"/> groups (5 bits of randomness per character).</summary>
    public static string Create(int groups)
    {
        var chars = new char[groups * GroupLength];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return Format(new string(chars));
    }

    /// <summary>
    /// The canonical form of a typed code (upper case, no spaces or dashes, look-alikes mapped),
    /// or null if it cannot be a code of <paramref name="groups"/> groups.
    /// </summary>
    public static string? Normalize(string? typed, int groups)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > groups * (GroupLength + 3) + 8)
        {
            return null;
        }

        var canonical = new StringBuilder(groups * GroupLength);
        foreach (var c in typed.ToUpperInvariant())
        {
            if (c is ' ' or '-' or '\t')
            {
                continue;
            }

            var mapped = c switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                _ => c,
            };
            if (!Alphabet.Contains(mapped, StringComparison.Ordinal))
            {
                return null;
            }

            canonical.Append(mapped);
        }

        return canonical.Length == groups * GroupLength ? canonical.ToString() : null;
    }

    /// <summary>Groups a canonical code for display: ABCDE-FGHJK-...</summary>
    public static string Format(string canonical) =>
        string.Join('-', canonical.Chunk(GroupLength).Select(chunk => new string(chunk)));

    /// <summary>A fast one-way hash for high-entropy codes, so that stored codes cannot be used.</summary>
    public static string Hash(string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
}
