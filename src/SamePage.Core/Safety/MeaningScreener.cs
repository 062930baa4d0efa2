using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace SamePage.Core.Safety;

/// <summary>What the model made of one sentence: how controlling its nearest examples are (0 to 1), and their kind.</summary>
public sealed record MeaningVerdict(double Score, ControlKind? Kind)
{
    public static MeaningVerdict Healthy { get; } = new(0, null);
}

/// <summary>
/// How the model decides. <see cref="Threshold"/>: the probability of control at which the model flags
/// on its own; <see cref="Veto"/>: below this probability the model overrules a rule's match as a false
/// alarm; <see cref="GramWeight"/>: how much a sentence's words weigh beside its vector (0: the vector
/// alone). The defaults were chosen by cross-validation over the shipped examples (docs/SAFETY.md).
/// </summary>
public sealed record MeaningSettings(double Threshold = 0.68, double Veto = 0.2, double Regularisation = 1e-5, int Rounds = 600, double GramWeight = 2)
{
    public static MeaningSettings Default { get; } = new();
}

/// <summary>
/// A small logistic layer over sentence vectors and the sentence's words (<see cref="WordGrams"/>),
/// trained on the labelled examples when first needed: seven classes (healthy and the six kinds), so
/// one reading gives both the probability that a sentence describes control and its most likely kind.
/// Trained by full-batch gradient descent from zero, so the same examples always give the same model.
/// </summary>
public sealed class MeaningModel
{
    private static readonly int Kinds = Enum.GetValues<ControlKind>().Length;
    private readonly float[][] _weights;
    private readonly float[][] _gramWeights;
    private readonly float[] _bias;

    /// <param name="vectors">One vector per example.</param>
    /// <param name="kinds">Each example's kind, or null for a healthy one.</param>
    /// <param name="settings">How to train and decide.</param>
    /// <param name="texts">Each example's text, for its words; without them the layer reads vectors alone.</param>
    public MeaningModel(IReadOnlyList<float[]> vectors, IReadOnlyList<ControlKind?> kinds, MeaningSettings? settings = null, IReadOnlyList<string>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(kinds);
        if (vectors.Count != kinds.Count || (texts is not null && texts.Count != vectors.Count))
        {
            throw new ArgumentException("one kind and one text per vector", nameof(kinds));
        }

        Settings = settings ?? MeaningSettings.Default;
        UsesWords = texts is not null && Settings.GramWeight > 0;
        var classes = Kinds + 1;
        var dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        _weights = [.. Enumerable.Range(0, classes).Select(_ => new float[dimensions])];
        _gramWeights = [.. Enumerable.Range(0, classes).Select(_ => UsesWords ? new float[WordGrams.Buckets] : [])];
        _bias = new float[classes];
        var grams = UsesWords ? texts!.Select(t => WordGrams.Of(t, Settings.GramWeight)).ToArray() : [.. vectors.Select(_ => WordGrams.None)];
        Train(vectors, grams, [.. kinds.Select(k => k is { } kind ? (int)kind + 1 : 0)], dimensions);
    }

    public MeaningSettings Settings { get; }

    /// <summary>Whether the layer reads a sentence's words beside its vector.</summary>
    public bool UsesWords { get; }

    /// <summary>The probability of control (any kind) and the likeliest kind, for a sentence's vector and, when the layer reads words, its text.</summary>
    public MeaningVerdict Read(float[] sentence, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var p = Probabilities(sentence, UsesWords ? WordGrams.Of(text, Settings.GramWeight) : WordGrams.None);
        var kind = 1;
        for (var c = 2; c < p.Length; c++)
        {
            kind = p[c] > p[kind] ? c : kind;
        }

        return new MeaningVerdict(1 - p[0], (ControlKind)(kind - 1));
    }

    /// <summary>The most controlling reading among a text's sentences (vectors alone).</summary>
    public MeaningVerdict ReadAll(IEnumerable<float[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Most(sentences.Select(v => Read(v)));
    }

    /// <summary>The most controlling reading among a text's sentences: their vectors, and their texts in the same order.</summary>
    public MeaningVerdict ReadAll(IReadOnlyList<float[]> vectors, IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(sentences);
        return Most(vectors.Select((v, i) => Read(v, sentences[i])));
    }

    private static MeaningVerdict Most(IEnumerable<MeaningVerdict> readings)
    {
        var verdict = MeaningVerdict.Healthy;
        foreach (var read in readings)
        {
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

    private double[] Probabilities(float[] x, WordGrams grams)
    {
        var p = new double[_bias.Length];
        for (var c = 0; c < p.Length; c++)
        {
            var sum = _bias[c] + Dot(_weights[c], x);
            var words = _gramWeights[c];
            foreach (var slot in grams.Slots)
            {
                sum += words[slot] * grams.Value;
            }

            p[c] = sum;
        }

        var max = p.Max();
        var total = 0.0;
        for (var c = 0; c < p.Length; c++)
        {
            p[c] = Math.Exp(p[c] - max);
            total += p[c];
        }

        for (var c = 0; c < p.Length; c++)
        {
            p[c] /= total;
        }

        return p;
    }

    private void Train(IReadOnlyList<float[]> x, WordGrams[] grams, int[] y, int dimensions)
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
        var gramGradient = new double[classes][];
        for (var c = 0; c < classes; c++)
        {
            gradient[c] = new double[dimensions];
            gramGradient[c] = new double[_gramWeights[c].Length];
        }

        var biasGradient = new double[classes];
        for (var round = 0; round < Settings.Rounds; round++)
        {
            foreach (var g in gradient.Concat(gramGradient))
            {
                Array.Clear(g);
            }

            Array.Clear(biasGradient);
            for (var i = 0; i < x.Count; i++)
            {
                var p = Probabilities(x[i], grams[i]);
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

                    var gw = gramGradient[c];
                    foreach (var slot in grams[i].Slots)
                    {
                        gw[slot] += error * grams[i].Value;
                    }
                }
            }

            for (var c = 0; c < classes; c++)
            {
                Descend(_weights[c], gradient[c], x.Count);
                Descend(_gramWeights[c], gramGradient[c], x.Count);
                _bias[c] -= (float)(Step * biasGradient[c] / x.Count);
            }
        }

        void Descend(float[] weights, double[] g, int n)
        {
            for (var d = 0; d < weights.Length; d++)
            {
                if (g[d] != 0 || weights[d] != 0)
                {
                    weights[d] -= (float)(Step * ((g[d] / n) + (Settings.Regularisation * weights[d])));
                }
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
/// is released. Sentence vectors are kept too (by a digest of the sentence, not its words), so a
/// clause edited in one sentence costs the model one sentence.
/// </summary>
public sealed class MeaningScreener
{
    /// <summary>How many sentence vectors are kept (1.5 KB each).</summary>
    public const int RememberedSentences = 4096;

    /// <summary>A sentence longer than this many words is read in overlapping windows of this many words.</summary>
    public const int WindowWords = 40;

    private readonly ISentenceEmbedder _embedder;
    private readonly Lazy<MeaningModel> _model;
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

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

    /// <summary>How many sentences the model has encoded for texts (kept vectors do not count).</summary>
    public int SentencesEncoded => _encoded;

    private int _encoded;

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
        var sentences = Sentences(text).Distinct(StringComparer.Ordinal).ToList();
        if (sentences.Count == 0)
        {
            return MeaningVerdict.Healthy;
        }

        var model = Model;
        return model.ReadAll(Vectors(sentences), sentences);
    }

    /// <summary>Each sentence's vector: kept ones from memory, the others from the model, in one call.</summary>
    private float[][] Vectors(List<string> sentences)
    {
        var keys = sentences.Select(s => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s)))).ToArray();
        var vectors = new float[sentences.Count][];
        var missing = new List<int>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (_vectors.TryGetValue(keys[i], out var known))
            {
                vectors[i] = known;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            var encoded = _embedder.Embed([.. missing.Select(i => sentences[i])]);
            Interlocked.Add(ref _encoded, missing.Count);
            if (_vectors.Count + missing.Count > RememberedSentences)
            {
                _vectors.Clear();
            }

            for (var j = 0; j < missing.Count; j++)
            {
                vectors[missing[j]] = encoded[j];
                _vectors[keys[missing[j]]] = encoded[j];
            }
        }

        return vectors;
    }

    /// <summary>
    /// Trains on every example as a whole, and on each sentence of a healthy example of several
    /// sentences (each of them is healthy too; a controlling example's bad sentence is not marked).
    /// </summary>
    public static MeaningModel Train(ISentenceEmbedder embedder, IReadOnlyList<SafetyExample> examples, MeaningSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        var (texts, kinds) = TrainingSet(examples);
        return new MeaningModel(embedder.Embed(texts), kinds, settings, texts);
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
    /// two words or more. The text is kept as written: the model has its own tokenizer. A sentence of
    /// more than <see cref="WindowWords"/> words (a clause written without full stops) is read in
    /// windows of that many words, each overlapping the next by a quarter, so a bad phrase in the
    /// middle of a long run is read on its own and the model never cuts it off at its token limit.
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
                sentences.AddRange(Windows(sentence));
            }

            start = i + 1;
        }

        return sentences;
    }

    private static IEnumerable<string> Windows(string sentence)
    {
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= WindowWords)
        {
            yield return sentence;
            yield break;
        }

        const int Stride = WindowWords * 3 / 4;
        for (var from = 0; ; from += Stride)
        {
            yield return string.Join(' ', words.Skip(from).Take(WindowWords));
            if (from + WindowWords >= words.Length)
            {
                yield break;
            }
        }
    }
}
