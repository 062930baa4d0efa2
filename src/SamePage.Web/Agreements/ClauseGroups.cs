using SamePage.Core.Catalogue;

namespace SamePage.Web.Agreements;

/// <summary>One clause in reading order: its number counts across every group, 1…n, the same on screen and in every copy.</summary>
public sealed record NumberedClause<T>(int Number, T Clause);

/// <summary>The clauses of one category (or "Other", with no category id), in the order the circle put them.</summary>
public sealed record ClauseGroup<T>(string? CategoryId, string Title, IReadOnlyList<NumberedClause<T>> Clauses);

/// <summary>
/// Clauses shown by group: the catalogue's categories in questionnaire order, then "Other"; order within
/// a group kept. The one numbering of clauses: the draft, a version, the print page, Markdown and PDF
/// all number them here, so "clause 3" is the same clause wherever a couple reads it.
/// </summary>
public static class ClauseGroups
{
    public static IReadOnlyList<ClauseGroup<T>> Of<T>(
        IReadOnlyList<T> clauses, Func<T, string?> categoryOf, BehaviourCatalogue catalogue, string otherTitle)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(categoryOf);
        ArgumentNullException.ThrowIfNull(catalogue);
        var number = 0;
        var groups = new List<ClauseGroup<T>>();
        IReadOnlyList<NumberedClause<T>> Numbered(IEnumerable<T> inGroup) => [.. inGroup.Select(c => new NumberedClause<T>(++number, c))];

        foreach (var category in catalogue.Categories)
        {
            var inGroup = clauses.Where(c => categoryOf(c) == category.Id).ToList();
            if (inGroup.Count > 0)
            {
                groups.Add(new ClauseGroup<T>(category.Id, category.Title, Numbered(inGroup)));
            }
        }

        var other = clauses.Where(c => categoryOf(c) is not { } id || catalogue.FindCategory(id) is null).ToList();
        if (other.Count > 0)
        {
            groups.Add(new ClauseGroup<T>(null, otherTitle, Numbered(other)));
        }

        return groups;
    }
}
