using SamePage.Core.Text;

namespace SamePage.Core.Agreements;

public enum ClauseProblem
{
    None,
    Empty,
    TooLong,
    NotesTooLong,
    InvalidCharacters,
    NotAMember,
}

/// <summary>The limits of an agreement and its clauses (issue 4, "Bad input").</summary>
public static class AgreementRules
{
    public const int MaxClauseLength = 2000;
    public const int MaxNotesLength = 2000;
    public const int MaxClauses = 200;

    /// <summary>The default time until an active agreement is reviewed.</summary>
    public static readonly int DefaultReviewMonths = 3;

    /// <summary>Text as it is kept: trimmed, composed (NFC), line endings made "\n".</summary>
    public static string Normalize(string? text) =>
        PlainText.Normalize(text?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));

    public static int Length(string? text) => Normalize(text).EnumerateRunes().Count();

    /// <summary>Checks a clause's text, notes and the members it names against the circle's current members.</summary>
    public static ClauseProblem Check(string? text, string? notes, IEnumerable<Guid> appliesTo, IReadOnlySet<Guid> members)
    {
        ArgumentNullException.ThrowIfNull(appliesTo);
        ArgumentNullException.ThrowIfNull(members);
        var value = Normalize(text);
        if (value.Length == 0)
        {
            return ClauseProblem.Empty;
        }

        if (value.EnumerateRunes().Count() > MaxClauseLength)
        {
            return ClauseProblem.TooLong;
        }

        if (Length(notes) > MaxNotesLength)
        {
            return ClauseProblem.NotesTooLong;
        }

        if (HasInvisible(value) || HasInvisible(Normalize(notes)))
        {
            return ClauseProblem.InvalidCharacters;
        }

        return appliesTo.All(members.Contains) ? ClauseProblem.None : ClauseProblem.NotAMember;
    }

    /// <summary>The first review date: <see cref="DefaultReviewMonths"/> after activation.</summary>
    public static DateOnly DefaultReviewDate(DateOnly activatedOn) => activatedOn.AddMonths(DefaultReviewMonths);

    /// <summary>Line breaks and the joiner inside emoji are allowed in clauses; other control and format characters are not.</summary>
    private static bool HasInvisible(string text) =>
        text.Any(c => c != '\n' && c != '\u200D' && (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format));
}
