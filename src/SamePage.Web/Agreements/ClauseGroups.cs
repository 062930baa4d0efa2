using SamePage.Core.Catalogue;

namespace SamePage.Web.Agreements;

/// <summary>Clauses shown by group: the catalogue's categories in questionnaire order, then "Other"; order within a group kept.</summary>
public static class ClauseGroups
{
    public static IReadOnlyList<(string Title, IReadOnlyList<T> Clauses)> Of<T>(
        IReadOnlyList<T> clauses, Func<T, string?> categoryOf, BehaviourCatalogue catalogue, string otherTitle)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(categoryOf);
        ArgumentNullException.ThrowIfNull(catalogue);
        var groups = new List<(string, IReadOnlyList<T>)>();
        foreach (var category in catalogue.Categories)
        {
            var inGroup = clauses.Where(c => categoryOf(c) == category.Id).ToList();
            if (inGroup.Count > 0)
            {
                groups.Add((category.Title, inGroup));
            }
        }

        var other = clauses.Where(c => categoryOf(c) is not { } id || catalogue.FindCategory(id) is null).ToList();
        if (other.Count > 0)
        {
            groups.Add((otherTitle, other));
        }

        return groups;
    }
}
