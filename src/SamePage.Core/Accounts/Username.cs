using System.Text.RegularExpressions;
using SamePage.Core.Text;

namespace SamePage.Core.Accounts;

public enum UsernameProblem
{
    None,
    Empty,
    TooShort,
    TooLong,
    InvalidCharacters,
}

/// <summary>A sign-in name that need not say who you are: letters, digits, dots, dashes and underscores.</summary>
public static partial class Username
{
    public const int MinimumLength = 3;
    public const int MaximumLength = 32;

    [GeneratedRegex(@"^[\p{L}\p{Nd}._-]+$")]
    private static partial Regex Allowed();

    public static UsernameProblem Check(string? username)
    {
        var value = Normalize(username);
        return value.Length switch
        {
            0 => UsernameProblem.Empty,
            < MinimumLength => UsernameProblem.TooShort,
            > MaximumLength => UsernameProblem.TooLong,
            _ when !Allowed().IsMatch(value) => UsernameProblem.InvalidCharacters,
            _ => UsernameProblem.None,
        };
    }

    /// <summary>The form a username is checked and stored in: trimmed, Unicode-composed (NFC).</summary>
    public static string Normalize(string? username) => PlainText.Normalize(username);
}
