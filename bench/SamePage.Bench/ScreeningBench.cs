using System.Diagnostics;
using System.Globalization;
using SamePage.Core.Safety;
using SamePage.Meaning;

/// <summary>
/// `-- screening`: what the clause screener's reader by meaning costs on the machine at hand: loading
/// the model, learning the shipped examples, the memory it holds, and screening clauses of about
/// 2,000 characters that it has not seen (so nothing comes from the kept results), wall time and CPU time.
/// </summary>
internal static class ScreeningBench
{
    private const int Runs = 30;

    public static void Run()
    {
        var content = Path.Combine(AppContext.BaseDirectory, "content", "en");
        var rules = ScreeningRulesParser.Parse(File.ReadAllText(Path.Combine(content, "safety.yaml")), "safety.yaml");
        var examples = SafetyExamples.Parse(File.ReadAllText(Path.Combine(content, "safety-examples.tsv")), "safety-examples.tsv");
        var model = new MiniLmEmbedder();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SamePage screening benchmark: {examples.Count} examples, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        Console.WriteLine();

        var before = Resident();
        var watch = Stopwatch.StartNew();
        model.Embed(["We cook together on Sundays."]);
        var load = watch.Elapsed.TotalMilliseconds;
        var loaded = Resident();
        watch.Restart();
        var meaning = new MeaningScreener(model, examples);
        _ = meaning.Model;
        var learn = watch.Elapsed.TotalMilliseconds;
        var learned = Resident();
        var screener = new ClauseScreener(rules, meaning);

        var sentences = examples.Select(e => e.Text.TrimEnd('.')).Where(t => t.Length < 120).ToArray();
        var random = new Random(16);
        var numbered = 0;

        // Every sentence is new (numbered), so neither a kept result nor a kept sentence vector is used.
        string Clause()
        {
            var text = new List<string>();
            while (text.Sum(s => s.Length + 1) < 2001)
            {
                text.Add(string.Create(CultureInfo.InvariantCulture, $"{sentences[random.Next(sentences.Length)]} ({++numbered})."));
            }

            return string.Join(' ', text)[..2000];
        }

        for (var i = 0; i < 3; i++)
        {
            screener.Screen(Clause());
        }

        var wall = new double[Runs];
        var cpu = new double[Runs];
        var process = Process.GetCurrentProcess();
        var sentencesPerClause = 0;
        for (var i = 0; i < Runs; i++)
        {
            var clause = Clause();
            sentencesPerClause += MeaningScreener.Sentences(clause).Count;
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            watch.Restart();
            screener.Screen(clause);
            wall[i] = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        }

        // A clause edited in one sentence: the others' vectors are kept.
        var edited = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var clause = Clause();
            screener.Screen(clause);
            var cut = clause.IndexOf(". ", 900, StringComparison.Ordinal) + 2;
            var changed = string.Concat(clause.AsSpan(0, cut), "We also agree on something new here. ", clause.AsSpan(cut));
            watch.Restart();
            screener.Screen(changed);
            edited[i] = watch.Elapsed.TotalMilliseconds;
        }

        var seen = Clause();
        screener.Screen(seen);
        var kept = Measure(() => screener.Screen(seen), 1000);
        var rulesOnly = Measure(() => screener.ScreenRules(seen), 100);

        var peak = Resident();
        model.Release();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var released = Resident();

        Console.WriteLine("| Step | Median | p95 |");
        Console.WriteLine("|---|---|---|");
        Row($"Screen an unseen 2,000-character clause ({sentencesPerClause / Runs} sentences), wall time", wall);
        Row("The same, CPU time of the process", cpu);
        Row("Screen the same clause again with one sentence added (an edit)", edited);
        Row("Screen a text already screened (a page view)", kept);
        Row("The rules alone on a 2,000-character clause", rulesOnly);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Loading the model (first sentence): {load:F0} ms; learning the {examples.Count} examples (embedding them, training the layer): {learn:F0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Resident memory: {before:F0} MB before, {loaded:F0} MB with the model, {learned:F0} MB after learning, {peak:F0} MB after screening, {released:F0} MB after releasing the model"));
    }

    private static double[] Measure(Action action, int runs)
    {
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        return times;
    }

    private static void Row(string step, double[] times)
    {
        Array.Sort(times);
        var median = times[times.Length / 2];
        var p95 = times[(int)Math.Ceiling(times.Length * 0.95) - 1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {Format(median)} | {Format(p95)} |"));
    }

    private static string Format(double ms) => ms >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{ms:F1} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{ms * 1000:F1} µs");

    private static double Resident()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64 / 1e6;
    }
}
