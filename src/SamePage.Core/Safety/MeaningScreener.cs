namespace SamePage.Core.Safety;

/// <summary>What the model made of one sentence: how controlling its nearest examples are (0 to 1), and their kind.</summary>
public sealed record MeaningVerdict(double Score, ControlKind? Kind)
{
    public static MeaningVerdict Healthy { get; } = new(0, null);
}

/// <summary>How the model decides. The defaults were chosen by cross-validation over the shipped examples (docs/SAFETY.md).</summary>
public sealed record MeaningSettings(int Neighbours = 5, double Threshold = 0.6, double Floor = 0.45)
{
    public static MeaningSettings Default { get; } = new();
}

/// <summary>
/// Labelled examples as vectors, and the nearest-neighbour reading of a sentence against them: of the
/// <see cref="MeaningSettings.Neighbours"/> most similar examples, the share of similarity that belongs
/// to controlling ones is the score; the kind with most similarity among them is the kind.
/// </summary>
public sealed class ExemplarIndex
{
    private readonly float[][] _vectors;
    private readonly ControlKind?[] _kinds;
    private readonly MeaningSettings _settings;

    public ExemplarIndex(IReadOnlyList<float[]> vectors, IReadOnlyList<ControlKind?> kinds, MeaningSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(kinds);
        if (vectors.Count != kinds.Count)
        {
            throw new ArgumentException("one kind per vector", nameof(kinds));
        }

        _vectors = [.. vectors];
        _kinds = [.. kinds];
        _settings = settings ?? MeaningSettings.Default;
    }

    public int Count => _vectors.Length;

    public MeaningSettings Settings => _settings;

    public MeaningVerdict Read(float[] sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var k = Math.Min(_settings.Neighbours, _vectors.Length);
        if (k == 0)
        {
            return MeaningVerdict.Healthy;
        }

        // The k best by cosine similarity (vectors have unit norm), kept in a small sorted array.
        var best = new (float Similarity, int Index)[k];
        Array.Fill(best, (float.MinValue, -1));
        for (var i = 0; i < _vectors.Length; i++)
        {
            var s = Dot(sentence, _vectors[i]);
            if (s <= best[k - 1].Similarity)
            {
                continue;
            }

            var at = k - 1;
            while (at > 0 && best[at - 1].Similarity < s)
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = (s, i);
        }

        double all = 0, control = 0, nearestControl = 0;
        var byKind = new double[Enum.GetValues<ControlKind>().Length];
        foreach (var (similarity, index) in best)
        {
            var weight = Math.Max(similarity, 0);
            all += weight;
            if (_kinds[index] is { } kind)
            {
                control += weight;
                byKind[(int)kind] += weight;
                nearestControl = Math.Max(nearestControl, similarity);
            }
        }

        if (control == 0 || nearestControl < _settings.Floor)
        {
            return new MeaningVerdict(0, null);
        }

        var top = Array.IndexOf(byKind, byKind.Max());
        return new MeaningVerdict(control / all, (ControlKind)top);
    }

    /// <summary>The most controlling reading among a text's sentences.</summary>
    public MeaningVerdict ReadAll(IEnumerable<float[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var verdict = MeaningVerdict.Healthy;
        foreach (var sentence in sentences)
        {
            var read = Read(sentence);
            if (read.Score > verdict.Score)
            {
                verdict = read;
            }
        }

        return verdict;
    }

    public bool Flags(MeaningVerdict verdict) => verdict.Kind is not null && verdict.Score >= _settings.Threshold;

    private static float Dot(float[] a, float[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        var sum = 0f;
        for (var i = 0; i < n; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}

/// <summary>
/// The semantic half of the clause screener: each sentence of a text, as a vector from the locale's
/// model, read against the locale's labelled examples. The examples are turned into vectors once, at
/// the first text that needs screening, and kept (a few hundred kilobytes) even when the model itself
/// is released.
/// </summary>
public sealed class MeaningScreener
{
    private readonly ISentenceEmbedder _embedder;
    private readonly Lazy<ExemplarIndex> _index;

    public MeaningScreener(ISentenceEmbedder embedder, IReadOnlyList<SafetyExample> examples, MeaningSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(examples);
        _embedder = embedder;
        Examples = examples;
        _index = new Lazy<ExemplarIndex>(
            () => new ExemplarIndex(embedder.Embed([.. examples.Select(e => e.Text)]), [.. examples.Select(e => e.Kind)], settings),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<SafetyExample> Examples { get; }

    /// <summary>The kind the model reads in a text, or null when it reads none.</summary>
    public ControlKind? Screen(string? text)
    {
        var sentences = Sentences(text);
        if (sentences.Count == 0)
        {
            return null;
        }

        var index = _index.Value;
        var verdict = index.ReadAll(_embedder.Embed(sentences));
        return index.Flags(verdict) ? verdict.Kind : null;
    }

    /// <summary>
    /// The sentences the model reads: split after . ! ? ; and at line breaks, trimmed, keeping those of
    /// two words or more. The text is kept as written: the model has its own tokenizer.
    /// </summary>
    public static IReadOnlyList<string> Sentences(string? text)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return sentences;
        }

        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length
                || text[i] is '\n' or '\r' or ';'
                || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!end)
            {
                continue;
            }

            var sentence = text[start..Math.Min(i + 1, text.Length)].Trim();
            if (sentence.Any(char.IsWhiteSpace))
            {
                sentences.Add(sentence);
            }

            start = i + 1;
        }

        return sentences;
    }
}
