using System.Globalization;
using System.Text;

namespace SamePage.Core.Safety;

/// <summary>One reader's figures on labelled clauses: the overall score and recall per labelled kind.</summary>
public sealed record ReaderScore(string Reader, ScreeningScore Score, IReadOnlyDictionary<ControlKind, (int Caught, int Control)> PerKind)
{
    public static ReaderScore Of(string reader, IReadOnlyList<(string? Label, ScreenResult Result)> screened)
    {
        ArgumentNullException.ThrowIfNull(screened);
        var perKind = Enum.GetValues<ControlKind>().ToDictionary(
            kind => kind,
            kind =>
            {
                var lines = screened.Where(s => s.Label is not null && ScreeningScore.KindOf(s.Label) == kind).ToList();
                return (lines.Count(s => s.Result.Flagged), lines.Count);
            });
        return new ReaderScore(reader, ScreeningScore.Of(screened), perKind);
    }

    /// <summary>Recall on control lines of one kind (0 when there are none).</summary>
    public double Recall(ControlKind kind) => PerKind[kind] is { Control: > 0 } k ? (double)k.Caught / k.Control : 0;
}

/// <summary>Rules alone, the model alone, and the two together (flagged when either notices), on the same clauses.</summary>
public sealed record Evaluation(ReaderScore Rules, ReaderScore Model, ReaderScore Combined)
{
    public IEnumerable<ReaderScore> Readers => [Rules, Model, Combined];

    /// <summary>A small table for people, one reader a line.</summary>
    public string Table()
    {
        var text = new StringBuilder();
        var kinds = Enum.GetValues<ControlKind>();
        text.Append(CultureInfo.InvariantCulture, $"{"reader",-9} {"recall",-17} {"false alarms",-17} {"right kind",-10}");
        foreach (var kind in kinds)
        {
            text.Append(CultureInfo.InvariantCulture, $" {kind.ToString().ToLowerInvariant(),11}");
        }

        text.AppendLine();
        foreach (var reader in Readers)
        {
            var s = reader.Score;
            text.Append(CultureInfo.InvariantCulture, $"{reader.Reader,-9} {$"{s.Recall:F3} ({s.Caught}/{s.Control})",-17} {$"{s.FalsePositiveRate:F3} ({s.FalseAlarms}/{s.Healthy})",-17} {s.KindAccuracy,-10:F3}");
            foreach (var kind in kinds)
            {
                var (caught, control) = reader.PerKind[kind];
                text.Append(CultureInfo.InvariantCulture, $" {$"{caught}/{control}",11}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}

/// <summary>
/// How the screener does, honestly: on a labelled file with every example as exemplar, and by
/// stratified k-fold cross-validation over the examples themselves (each kind, and the healthy lines,
/// dealt in turn into the folds in file order; each fold is screened with exemplars from the others only).
/// </summary>
public static class ScreeningEvaluation
{
    /// <summary>Each labelled line read by the rules, by the model, and by both.</summary>
    public static Evaluation OnLines(ClauseScreener screener, IReadOnlyList<ClauseLine> lines)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(lines);
        var rules = new List<(string?, ScreenResult)>();
        var model = new List<(string?, ScreenResult)>();
        var both = new List<(string?, ScreenResult)>();
        foreach (var line in lines)
        {
            var byRules = screener.ScreenRules(line.Text);
            var verdict = screener.Meaning?.Read(line.Text) ?? MeaningVerdict.Healthy;
            var reader = screener.Meaning?.Model;
            rules.Add((line.Label, byRules));
            model.Add((line.Label, reader is not null && reader.Flags(verdict) && verdict.Kind is { } kind ? new ScreenResult([kind], [], kind) : ScreenResult.Clear));
            both.Add((line.Label, reader?.Combine(byRules, verdict) ?? byRules));
        }

        return new Evaluation(ReaderScore.Of("rules", rules), ReaderScore.Of("model", model), ReaderScore.Of("combined", both));
    }

    /// <summary>The fold (0 to folds-1) of each example: within each label, the n-th example goes to fold n mod folds.</summary>
    public static IReadOnlyList<int> Folds(IReadOnlyList<SafetyExample> examples, int folds)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            var label = examples[i].Label;
            var n = seen.GetValueOrDefault(label);
            seen[label] = n + 1;
            result[i] = n % folds;
        }

        return result;
    }

    /// <summary>Stratified cross-validation of rules, model and both over the examples.</summary>
    public static Evaluation CrossValidated(ScreeningRules rules, ISentenceEmbedder embedder, IReadOnlyList<SafetyExample> examples, int folds = 5, MeaningSettings? settings = null)
    {
        var vectors = Vectors(embedder, examples);
        return CrossValidated(rules, vectors, examples, folds, settings);
    }

    /// <summary>Every example's text and sentences as vectors, each distinct string embedded once.</summary>
    public static IReadOnlyDictionary<string, float[]> Vectors(ISentenceEmbedder embedder, IReadOnlyList<SafetyExample> examples)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(examples);
        var strings = examples.SelectMany(e => MeaningScreener.Sentences(e.Text).Prepend(e.Text)).Distinct(StringComparer.Ordinal).ToList();
        var embedded = embedder.Embed(strings);
        return strings.Zip(embedded).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    /// <summary>Cross-validation over vectors already computed (see <see cref="Vectors"/>), so settings can be compared cheaply.</summary>
    public static Evaluation CrossValidated(ScreeningRules rules, IReadOnlyDictionary<string, float[]> vectors, IReadOnlyList<SafetyExample> examples, int folds = 5, MeaningSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(examples);
        var rulesOnly = new ClauseScreener(rules);
        var fold = Folds(examples, folds);
        var byRules = new (string?, ScreenResult)[examples.Count];
        var byModel = new (string?, ScreenResult)[examples.Count];
        var both = new (string?, ScreenResult)[examples.Count];
        for (var f = 0; f < folds; f++)
        {
            var (texts, kinds) = MeaningScreener.TrainingSet(Enumerable.Range(0, examples.Count).Where(i => fold[i] != f).Select(i => examples[i]));
            var index = new MeaningModel([.. texts.Select(t => vectors[t])], kinds, settings, texts);
            foreach (var i in Enumerable.Range(0, examples.Count).Where(i => fold[i] == f))
            {
                var example = examples[i];
                var ruled = rulesOnly.ScreenRules(example.Text);
                var sentences = MeaningScreener.Sentences(example.Text);
                var verdict = index.ReadAll([.. sentences.Select(s => vectors[s])], sentences);
                var modelled = index.Flags(verdict) && verdict.Kind is { } kind ? new ScreenResult([kind], [], kind) : ScreenResult.Clear;
                byRules[i] = (example.Label, ruled);
                byModel[i] = (example.Label, modelled);
                both[i] = (example.Label, index.Combine(ruled, verdict));
            }
        }

        return new Evaluation(ReaderScore.Of("rules", byRules), ReaderScore.Of("model", byModel), ReaderScore.Of("combined", both));
    }
}
