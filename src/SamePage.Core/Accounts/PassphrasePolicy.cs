using System.Reflection;

namespace SamePage.Core.Accounts;

public enum PassphraseProblem
{
    None,
    TooShort,
    TooLong,
    Common,
    ContainsUsername,
    Repetitive,
}

/// <summary>
/// What makes a passphrase acceptable: long enough, not absurdly long, and not one that attackers
/// try first. Length beats complexity rules, so there are none of those.
/// </summary>
public static class PassphrasePolicy
{
    public const int MinimumLength = 12;

    /// <summary>Generous, so that long passphrases and password managers are welcome.</summary>
    public const int MaximumLength = 512;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public static PassphraseProblem Check(string? passphrase, string? username = null)
    {
        // Counted in characters as people see them (an emoji is one), without surrounding spaces.
        if (string.IsNullOrEmpty(passphrase) || passphrase.Trim().EnumerateRunes().Count() < MinimumLength)
        {
            return PassphraseProblem.TooShort;
        }

        if (passphrase.Length > MaximumLength)
        {
            return PassphraseProblem.TooLong;
        }

        var folded = passphrase.Trim().ToLowerInvariant();
        if (Common.Value.Contains(folded) || Common.Value.Contains(folded.Replace(" ", string.Empty, StringComparison.Ordinal)))
        {
            return PassphraseProblem.Common;
        }

        if (!string.IsNullOrWhiteSpace(username) && username.Length >= 3
            && folded.Contains(username.Trim().ToLowerInvariant(), StringComparison.Ordinal)
            && folded.Length - username.Trim().Length < MinimumLength)
        {
            return PassphraseProblem.ContainsUsername;
        }

        if (folded.Distinct().Count() <= 3)
        {
            return PassphraseProblem.Repetitive;
        }

        return PassphraseProblem.None;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SamePage.Core.Accounts.common-passphrases.txt")
            ?? throw new InvalidOperationException("The list of common passphrases is missing from SamePage.Core.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#'))
            {
                set.Add(entry.ToLowerInvariant());
            }
        }

        return set;
    }
}
