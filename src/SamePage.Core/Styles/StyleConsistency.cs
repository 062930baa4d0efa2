namespace SamePage.Core.Styles;

/// <summary>
/// Checks a translated "How I connect" file against the reference one, as LocaleConsistency does for
/// the catalogue: a translation changes words, never the ids, their order, groups, scales or relations.
/// </summary>
public static class StyleConsistency
{
    /// <returns>Every difference, in plain words; empty when the translation matches.</returns>
    public static IReadOnlyList<string> Compare(StyleBook reference, StyleBook translation, string locale)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(translation);
        var problems = new List<string>();
        if (!reference.Groups.Select(g => g.Id).SequenceEqual(translation.Groups.Select(g => g.Id)))
        {
            problems.Add($"{locale}: styles.yaml has other groups, or in another order, than the reference.");
        }

        foreach (var group in reference.Groups)
        {
            if (translation.FindGroup(group.Id) is { } translated && !translated.RelatedCategories.SequenceEqual(group.RelatedCategories))
            {
                problems.Add($"{locale}: the style group '{group.Id}' relates to other categories than the reference.");
            }
        }

        foreach (var item in reference.Items)
        {
            var translated = translation.Find(item.Id);
            if (translated is null)
            {
                problems.Add($"{locale}: the style item '{item.Id}' is missing.");
            }
            else if (translated.GroupId != item.GroupId || translated.Scale != item.Scale)
            {
                problems.Add($"{locale}: the style item '{item.Id}' has another group or scale than the reference.");
            }
        }

        problems.AddRange(translation.Items
            .Where(i => reference.Find(i.Id) is null)
            .Select(i => $"{locale}: the style item '{i.Id}' is not in the reference."));
        return problems;
    }
}
