namespace SamePage.Core.Catalogue;

/// <summary>
/// Checks a translated catalogue against the reference one: a translation changes words, never
/// which behaviours exist, their ids, their categories or their flags.
/// </summary>
public static class LocaleConsistency
{
    /// <returns>Every difference, in plain words; empty when the translation matches.</returns>
    public static IReadOnlyList<string> Compare(BehaviourCatalogue reference, BehaviourCatalogue translation, string locale)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(translation);
        var problems = new List<string>();

        var referenceCategories = reference.Categories.Select(c => c.Id).ToList();
        var translatedCategories = translation.Categories.Select(c => c.Id).ToList();
        problems.AddRange(referenceCategories.Except(translatedCategories).Select(id => $"{locale}: the category '{id}' is missing."));
        problems.AddRange(translatedCategories.Except(referenceCategories).Select(id => $"{locale}: the category '{id}' is not in the reference catalogue."));
        if (problems.Count == 0 && !referenceCategories.SequenceEqual(translatedCategories))
        {
            problems.Add($"{locale}: the categories are in a different order from the reference catalogue.");
        }

        foreach (var behaviour in reference.Behaviours)
        {
            var translated = translation.Find(behaviour.Id);
            if (translated is null)
            {
                problems.Add($"{locale}: the behaviour '{behaviour.Id}' is missing.");
            }
            else if (translated.CategoryId != behaviour.CategoryId)
            {
                problems.Add($"{locale}: the behaviour '{behaviour.Id}' is in '{translated.CategoryId}', not '{behaviour.CategoryId}'.");
            }
            else if (translated.Autonomy != behaviour.Autonomy)
            {
                problems.Add($"{locale}: the behaviour '{behaviour.Id}' has autonomy: {translated.Autonomy.ToString().ToLowerInvariant()}, not {behaviour.Autonomy.ToString().ToLowerInvariant()}.");
            }
        }

        problems.AddRange(translation.Behaviours
            .Where(b => reference.Find(b.Id) is null)
            .Select(b => $"{locale}: the behaviour '{b.Id}' is not in the reference catalogue."));
        return problems;
    }
}
