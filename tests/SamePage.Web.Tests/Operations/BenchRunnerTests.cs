using System.Diagnostics;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Operations;

/// <summary>
/// `bench/run.sh --smoke` (docs/BENCHMARKS.md): seeds a few circles, serves them and prints every
/// row of the table. Nothing about the figures is asserted (they mean nothing at this size), only
/// that the runner works from seeding to the last row.
/// </summary>
public sealed class BenchRunnerTests
{
    [Fact]
    public async Task The_runner_smoke_prints_every_row_of_the_table()
    {
        var root = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("samepage-bench-smoke-").FullName;
        try
        {
            var start = new ProcessStartInfo("bash", [Path.Combine(root, "bench", "run.sh"), "--smoke"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["BENCH_WORK"] = work, ["BENCH_PORT"] = AppNode.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture) },
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, $"run.sh --smoke failed:\n{await output}\n{await errors}");
            var rows = (await output).Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
            foreach (var measure in new[] { "circle list p50", "comparison req/s", "/health signed in", "server CPU per comparison", "bytes on the wire", "resident memory", "200 connections", "autosave", "starvation", "SQL commands per request" })
            {
                Assert.Contains(rows, row => row.Contains(measure, StringComparison.Ordinal));
            }

            var sql = rows.Single(row => row.Contains("SQL commands per request", StringComparison.Ordinal));
            Assert.Matches(@"comparison \d+, autosave \d+", sql); // the counts were read, the pages answered
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SamePage.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Not inside the repository.");
    }
}
