namespace SamePage.Core.Demo;

/// <summary>
/// Checks a translated <c>demo.yaml</c> against the reference one, as LocaleConsistency does for the
/// catalogue: a translation changes the sample partner's words (its names, the circle's name, its
/// check-in texts), never what it answers, guesses or scores, so a demo compares the same in every language.
/// </summary>
public static class DemoConsistency
{
    /// <returns>Every difference, in plain words; empty when the translation matches.</returns>
    public static IReadOnlyList<string> Compare(SampleScript reference, SampleScript translation, string locale)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(translation);
        var problems = new List<string>();
        if (reference.DefaultAnswer != translation.DefaultAnswer)
        {
            problems.Add($"{locale}: demo.yaml's default answer is '{translation.DefaultAnswer}', not '{reference.DefaultAnswer}'.");
        }

        Same(problems, locale, "category answer", reference.CategoryAnswers, translation.CategoryAnswers);
        Same(problems, locale, "behaviour answer", reference.BehaviourAnswers, translation.BehaviourAnswers);
        Same(problems, locale, "guess", reference.Guesses, translation.Guesses);
        Same(problems, locale, "style answer", reference.Styles, translation.Styles);
        Same(problems, locale, "check-in score", reference.CheckInScores, translation.CheckInScores);
        return problems;
    }

    private static void Same<T>(List<string> problems, string locale, string what, IReadOnlyDictionary<string, T> reference, IReadOnlyDictionary<string, T> translation)
    {
        foreach (var (id, value) in reference)
        {
            if (!translation.TryGetValue(id, out var translated))
            {
                problems.Add($"{locale}: demo.yaml has no {what} for '{id}'.");
            }
            else if (!EqualityComparer<T>.Default.Equals(value, translated))
            {
                problems.Add($"{locale}: demo.yaml's {what} for '{id}' is '{translated}', not '{value}'.");
            }
        }

        problems.AddRange(translation.Keys.Where(id => !reference.ContainsKey(id)).Select(id => $"{locale}: demo.yaml has a {what} for '{id}', which the reference has not."));
    }
}
