using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Agreements;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Agreements;

public enum CompareProblem
{
    None,

    /// <summary>There are not yet two versions to compare.</summary>
    TooFewVersions,

    /// <summary>The address names a version this circle does not have (or something that is not a number).</summary>
    UnknownVersion,

    /// <summary>Both sides name the same version.</summary>
    SameVersion,
}

/// <summary>
/// What changed between two versions of the circle's agreement (issue 4, "Versions and diffs"): by default
/// the version before the latest against the latest; any two can be picked with a plain GET form.
/// </summary>
public sealed class CompareModel(CircleAccess circles, AgreementVersionDesk versions) : AgreementPageModel(circles)
{
    /// <summary>Longest part of an unknown version number that is repeated back on the page.</summary>
    private const int MaxEcho = 20;

    /// <summary>Every version, newest first.</summary>
    public IReadOnlyList<VersionView> Versions { get; private set; } = [];

    public VersionView? From { get; private set; }

    public VersionView? To { get; private set; }

    public AgreementDiff? Diff { get; private set; }

    public CompareProblem Problem { get; private set; }

    /// <summary>What the address asked for that is not a version here, as typed (shortened).</summary>
    public string? Unknown { get; private set; }

    /// <summary>The earlier-numbered version is on the right: the diff reads back in time.</summary>
    public bool IsBackwards => From is not null && To is not null && From.Number > To.Number;

    public async Task<IActionResult> OnGetAsync(Guid id, string? from, string? to)
    {
        if (!await OpenCircleAsync(id))
        {
            return NotFound();
        }

        Versions = await versions.VersionsAsync(Circle);
        if (Versions.Count < 2)
        {
            Problem = CompareProblem.TooFewVersions;
            return Page();
        }

        var (askedFrom, foundFrom) = Find(from);
        var (askedTo, foundTo) = Find(to);
        To = foundTo ?? Versions[0];
        From = foundFrom ?? Versions.FirstOrDefault(v => v.Number < To.Number) ?? Versions.First(v => v.Number != To.Number);
        if ((askedFrom && foundFrom is null) || (askedTo && foundTo is null))
        {
            Problem = CompareProblem.UnknownVersion;
            Unknown = Shorten(askedFrom && foundFrom is null ? from! : to!);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (From.Number == To.Number)
        {
            Problem = CompareProblem.SameVersion;
            return Page();
        }

        Diff = AgreementDiff.Between(From.Document, To.Document);
        return Page();
    }

    /// <summary>Whether the address named a version, and the version if this circle has it.</summary>
    private (bool Asked, VersionView? Found) Find(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (false, null);
        }

        return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (true, Versions.FirstOrDefault(v => v.Number == number))
            : (true, null);
    }

    private static string Shorten(string value)
    {
        var text = new StringInfo(value.Trim());
        return text.LengthInTextElements <= MaxEcho ? text.String : text.SubstringByTextElements(0, MaxEcho) + "…";
    }
}
