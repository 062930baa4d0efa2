using SamePage.Core.Text;

namespace SamePage.Core.Circles;

public enum DisplayNameProblem
{
    None,
    Empty,
    TooLong,
    InvalidCharacters,
    Taken,

    /// <summary>Reads as the name of someone already in the circle (a look-alike letter from another script).</summary>
    LooksLikeAnother,
}

/// <summary>The rules of a circle: 2 to 8 members, each with a name chosen for it.</summary>
public static class CircleRules
{
    public const int MaxMembers = 8;
    public const int MaxDisplayNameLength = 40;
    public const int MaxCircleNameLength = 60;
    public const int InviteCodeGroups = 4;
    public static readonly TimeSpan DefaultInviteLifetime = TimeSpan.FromDays(7);

    /// <summary>Invites of one circle that can be open at once: enough to invite a few people, too few to scatter codes.</summary>
    public const int MaxOpenInvites = 5;

    public static bool IsFull(int memberCount) => memberCount >= MaxMembers;

    /// <summary>Checks a circle's name: not empty, not too long, no invisible characters.</summary>
    public static DisplayNameProblem CheckCircleName(string? name)
    {
        var value = NormalizeName(name);
        return value.Length switch
        {
            0 => DisplayNameProblem.Empty,
            > MaxCircleNameLength => DisplayNameProblem.TooLong,
            _ when PlainText.HasInvisibleCharacters(value) => DisplayNameProblem.InvalidCharacters,
            _ => DisplayNameProblem.None,
        };
    }

    /// <summary>Checks a display name against the names already used in the circle (case-insensitive, and by how it reads).</summary>
    public static DisplayNameProblem CheckDisplayName(string? name, IEnumerable<string> takenInCircle)
    {
        var value = NormalizeName(name);
        if (value.Length == 0)
        {
            return DisplayNameProblem.Empty;
        }

        if (value.Length > MaxDisplayNameLength)
        {
            return DisplayNameProblem.TooLong;
        }

        if (PlainText.HasInvisibleCharacters(value))
        {
            return DisplayNameProblem.InvalidCharacters;
        }

        var taken = takenInCircle.Select(NormalizeName).ToList();
        if (taken.Any(t => string.Equals(t, value, StringComparison.OrdinalIgnoreCase)))
        {
            return DisplayNameProblem.Taken;
        }

        // "Аnna" with a Cyrillic "А" beside "Anna": different letters, the same name to the eye.
        return taken.Any(t => Confusables.LookAlike(t, value)) ? DisplayNameProblem.LooksLikeAnother : DisplayNameProblem.None;
    }

    /// <summary>The form a display name is stored and compared in: trimmed, Unicode-composed (NFC).</summary>
    public static string NormalizeName(string? name) => PlainText.Normalize(name);

}
