namespace SamePage.Core.Safety;

/// <summary>What the model made of one sentence: how controlling its nearest examples are (0 to 1), and their kind.</summary>
public sealed record MeaningVerdict(double Score, ControlKind? Kind)
{
    public static MeaningVerdict Healthy { get; } = new(0, null);
}

/// <summary>
/// How the model decides. <see cref="Threshold"/>: the probability of control at which the model flags
/// on its own; <see cref="Veto"/>: below this probability the model overrules a rule's match as a false
/// alarm. The defaults were chosen by cross-validation over the shipped examples (docs/SAFETY.md).
/// </summary>
public sealed record MeaningSettings(double Threshold = 0.77, double Veto = 0.2, double Regularisation = 1e-4, int Rounds = 300)
{
    public static MeaningSettings Default { get; } = new();
}

/// <summary>
/// A small logistic layer over sentence vectors, trained on the labelled examples when first needed:
/// seven classes (healthy and the six kinds), so one reading gives both the probability that a
/// sentence describes control and its most likely kind. Trained by full-batch gradient descent from
/// zero, so the same examples always give the same model.
/// </summary>
public sealed class MeaningModel
{
    private static readonly int Kinds = Enum.GetValues<ControlKind>().Length;
    private readonly float[][] _weights;
    private readonly float[] _bias;

    public MeaningModel(IReadOnlyList<float[]> vectors, IReadOnlyList<ControlKind?> kinds, MeaningSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(kinds);
        if (vectors.Count != kinds.Count)
        {
            throw new ArgumentException("one kind per vector", nameof(kinds));
        }

        Settings = settings ?? MeaningSettings.Default;
        var classes = Kinds + 1;
        var dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        _weights = [.. Enumerable.Range(0, classes).Select(_ => new float[dimensions])];
        _bias = new float[classes];
        Train(vectors, [.. kinds.Select(k => k is { } kind ? (int)kind + 1 : 0)], dimensions);
    }

    public MeaningSettings Settings { get; }

    /// <summary>The probability of control (any kind) and the likeliest kind.</summary>
    public MeaningVerdict Read(float[] sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var p = Probabilities(sentence);
        var kind = 1;
        for (var c = 2; c < p.Length; c++)
        {
            kind = p[c] > p[kind] ? c : kind;
        }

        return new MeaningVerdict(1 - p[0], (ControlKind)(kind - 1));
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

    /// <summary>The model flags on its own.</summary>
    public bool Flags(MeaningVerdict verdict) => verdict is { Kind: not null } && verdict.Score >= Settings.Threshold;

    /// <summary>Rules and model together: the model's own flag, or the rules' unless the model is sure the text is healthy.</summary>
    public ScreenResult Combine(ScreenResult byRules, MeaningVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(byRules);
        ArgumentNullException.ThrowIfNull(verdict);
        if (Flags(verdict) && verdict.Kind is { } kind)
        {
            return byRules.WithMeaning(kind);
        }

        return byRules.Flagged && verdict.Score >= Settings.Veto ? byRules : ScreenResult.Clear;
    }

    private double[] Probabilities(float[] x)
    {
        var p = new double[_bias.Length];
        for (var c = 0; c < p.Length; c++)
        {
            p[c] = _bias[c] + Dot(_weights[c], x);
        }

        var max = p.Max();
        var sum = 0.0;
        for (var c = 0; c < p.Length; c++)
        {
            p[c] = Math.Exp(p[c] - max);
            sum += p[c];
        }

        for (var c = 0; c < p.Length; c++)
        {
            p[c] /= sum;
        }

        return p;
    }

    private void Train(IReadOnlyList<float[]> x, int[] y, int dimensions)
    {
        if (x.Count == 0)
        {
            return;
        }

        // Sentence vectors have unit norm and small components: a large step suits them.
        const double Step = 4.0;
        var classes = _bias.Length;
        var counts = new double[classes];
        foreach (var label in y)
        {
            counts[label]++;
        }

        // Healthy examples weigh as much in all as controlling ones, and the six kinds weigh alike.
        var weightOf = counts.Select((n, c) => n == 0 ? 0 : x.Count / (2 * n * (c == 0 ? 1 : classes - 1))).ToArray();
        var gradient = new double[classes][];
        for (var c = 0; c < classes; c++)
        {
            gradient[c] = new double[dimensions];
        }

        var biasGradient = new double[classes];
        for (var round = 0; round < Settings.Rounds; round++)
        {
            foreach (var g in gradient)
            {
                Array.Clear(g);
            }

            Array.Clear(biasGradient);
            for (var i = 0; i < x.Count; i++)
            {
                var p = Probabilities(x[i]);
                var w = weightOf[y[i]];
                for (var c = 0; c < classes; c++)
                {
                    var error = w * (p[c] - (c == y[i] ? 1 : 0));
                    if (error == 0)
                    {
                        continue;
                    }

                    biasGradient[c] += error;
                    var g = gradient[c];
                    var xi = x[i];
                    for (var d = 0; d < dimensions; d++)
                    {
                        g[d] += error * xi[d];
                    }
                }
            }

            for (var c = 0; c < classes; c++)
            {
                var weights = _weights[c];
                for (var d = 0; d < dimensions; d++)
                {
                    weights[d] -= (float)(Step * ((gradient[c][d] / x.Count) + (Settings.Regularisation * weights[d])));
                }

                _bias[c] -= (float)(Step * biasGradient[c] / x.Count);
            }
        }
    }

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
    private readonly Lazy<MeaningModel> _model;

    public MeaningScreener(ISentenceEmbedder embedder, IReadOnlyList<SafetyExample> examples, MeaningSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(examples);
        _embedder = embedder;
        Examples = examples;
        _model = new Lazy<MeaningModel>(() => Train(embedder, examples, settings), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<SafetyExample> Examples { get; }

    /// <summary>The model, trained at first use (this waits for the training when it is under way).</summary>
    public MeaningModel Model => _model.Value;

    /// <summary>Whether the examples have been learned, so that reading a text costs milliseconds, not seconds.</summary>
    public bool IsReady => _model.IsValueCreated;

    /// <summary>
    /// Starts learning the examples in the background, if not done yet: a page with a form that may be
    /// screened calls it, so that the post usually finds the model ready.
    /// </summary>
    public void Prepare()
    {
        if (!_model.IsValueCreated)
        {
            _ = Task.Run(() => _model.Value);
        }
    }

    /// <summary>The model's reading of a text: its most controlling sentence.</summary>
    public MeaningVerdict Read(string? text)
    {
        var sentences = Sentences(text);
        return sentences.Count == 0 ? MeaningVerdict.Healthy : Model.ReadAll(_embedder.Embed(sentences));
    }

    /// <summary>
    /// Trains on every example as a whole, and on each sentence of a healthy example of several
    /// sentences (each of them is healthy too; a controlling example's bad sentence is not marked).
    /// </summary>
    public static MeaningModel Train(ISentenceEmbedder embedder, IReadOnlyList<SafetyExample> examples, MeaningSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        var (texts, kinds) = TrainingSet(examples);
        return new MeaningModel(embedder.Embed(texts), kinds, settings);
    }

    /// <summary>The texts the model learns from, and their kinds (see <see cref="Train"/>).</summary>
    public static (IReadOnlyList<string> Texts, IReadOnlyList<ControlKind?> Kinds) TrainingSet(IEnumerable<SafetyExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var texts = new List<string>();
        var kinds = new List<ControlKind?>();
        foreach (var example in examples)
        {
            texts.Add(example.Text);
            kinds.Add(example.Kind);
            var sentences = Sentences(example.Text);
            if (example.Kind is null && sentences.Count > 1)
            {
                texts.AddRange(sentences);
                kinds.AddRange(sentences.Select(_ => (ControlKind?)null));
            }
        }

        return (texts, kinds);
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
