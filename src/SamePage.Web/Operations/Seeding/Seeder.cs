using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Accounts;
using SamePage.Web.Agreements;
using SamePage.Web.CheckIns;
using SamePage.Web.Circles;
using SamePage.Web.Rounds;

namespace SamePage.Web.Operations.Seeding;

/// <summary>What `seed` was asked for (docs/BENCHMARKS.md).</summary>
public sealed record SeedRequest(int Circles, string? CookieFile, bool CheapKdf, int RandomSeed, int Samples, int BatchSize)
{
    public const string Usage = "Usage: seed COUNT [cookies FILE] [samples K] [seed S] [batch B] [cheap-kdf]";

    /// <summary>Reads the verb's own words; null when they do not make sense.</summary>
    public static SeedRequest? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return null;
        }

        var request = new SeedRequest(count, null, false, 17, 16, 50);
        for (var i = 1; i < args.Count; i++)
        {
            int Number() => i + 1 < args.Count && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : -1;
            request = args[i] switch
            {
                "cheap-kdf" => request with { CheapKdf = true },
                "cookies" when i + 1 < args.Count => request with { CookieFile = args[++i] },
                "samples" => request with { Samples = Number() },
                "seed" => request with { RandomSeed = Number() },
                "batch" => request with { BatchSize = Number() },
                _ => null,
            };
            if (request is null || request.Samples < 0 || request.RandomSeed < 0 || request.BatchSize < 0)
            {
                return null;
            }
        }

        return request;
    }
}

/// <summary>
/// The `seed` verb: fills the configured database (SQLite or PostgreSQL) with synthetic circles for
/// the benchmark, through the app's own desks (<see cref="SeededCircle"/>), a batch of circles per
/// transaction where the desks allow it, and writes sign-in cookies for sample members.
/// </summary>
public static class Seeder
{
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (SeedRequest.Parse(args) is not { } request)
        {
            await errors.WriteLineAsync(SeedRequest.Usage);
            return 2;
        }

        await services.MigrateSamePageDbAsync();
        var people = new SyntheticPeople(services.GetRequiredService<AccountKeys>(), request.CheapKdf);
        var samples = new List<SeededSample>();
        var clock = Stopwatch.StartNew();
        var made = 0;
        for (var start = 0; start < request.Circles; start += request.BatchSize)
        {
            var count = Math.Min(request.BatchSize, request.Circles - start);
            try
            {
                made += await BatchAsync(services, people, request, start, count, samples);
            }
            catch (SeedCollisionException)
            {
                await errors.WriteLineAsync($"This database already has the circles of seed {request.RandomSeed}: use another seed or an empty database.");
                return 1;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{start + count} circles ({made} people) in {clock.Elapsed.TotalSeconds:F1} s"));
        }

        if (request.CookieFile is { } file)
        {
            await File.WriteAllLinesAsync(file, samples.Select(SeedCookies.Line));
            await output.WriteLineAsync($"Sign-in cookies of {samples.Count} sample members are in {Path.GetFullPath(file)} (valid for {SignInLifetime.Idle.TotalHours:F0} hours; keep it private).");
        }

        return 0;
    }

    private static async Task<int> BatchAsync(IServiceProvider root, SyntheticPeople people, SeedRequest request, int start, int count, List<SeededSample> samples)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var context = new DefaultHttpContext { RequestServices = services };
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        var db = services.GetRequiredService<SamePageDb>();
        var users = services.GetRequiredService<UserManager<Account>>();
        var shape = new SeededCircle(context, services.GetRequiredService<CircleAccess>(), services.GetRequiredService<CircleInvites>(),
            services.GetRequiredService<RoundDesk>(), services.GetRequiredService<DraftDesk>(),
            services.GetRequiredService<AgreementDraftDesk>(), services.GetRequiredService<AgreementSigningDesk>(), services.GetRequiredService<AgreementVersionDesk>(), services.GetRequiredService<CheckInDesk>());

        // The whole batch is one transaction: the desks' own atomic steps (joining, leaving, saving,
        // signing) join it as steps of a larger whole (Conflicts.AtomicAsync), so a batch is either all
        // stored or not at all, and the database commits once per batch instead of once per step.
        // On SQLite the bulk load also skips the wait for the disk at each commit (this connection only,
        // while seeding: a crash mid-seed can lose the seed, never the served app's data).
        await db.Database.OpenConnectionAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = OFF;");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();

        // The people of the batch, and who of them will join only to leave.
        var circles = new List<(int Number, Random Random, List<SeededPerson> Members, SeededPerson? Leaver)>();
        for (var n = start; n < start + count; n++)
        {
            var random = new Random(unchecked((request.RandomSeed * 1_000_003) + n));
            var size = random.Next(2, 9);
            var leaves = size < 8 && random.Next(4) == 0;
            var members = new List<SeededPerson>();
            for (var j = 0; j < size + (leaves ? 1 : 0); j++)
            {
                var person = people.Make(string.Create(CultureInfo.InvariantCulture, $"s{request.RandomSeed}c{n}m{j}"), users.PasswordHasher);
                if (!(await users.CreateAsync(person.Account)).Succeeded)
                {
                    throw new SeedCollisionException();
                }

                members.Add(person);
            }

            circles.Add((n, random, leaves ? members[..size] : members, leaves ? members[^1] : null));
        }

        db.ChangeTracker.Clear();
        var ids = new List<Guid>();
        foreach (var circle in circles)
        {
            ids.Add(await shape.MakeAsync(circle.Members, circle.Number + 1));
            db.ChangeTracker.Clear();
        }

        for (var i = 0; i < circles.Count; i++)
        {
            var sample = await shape.FillAsync(ids[i], circles[i].Members, circles[i].Random);
            if (samples.Count < request.Samples && request.CookieFile is not null)
            {
                samples.Add(await SeedCookies.SignInAsync(services, context, sample));
            }

            db.ChangeTracker.Clear();
        }

        for (var i = 0; i < circles.Count; i++)
        {
            if (circles[i].Leaver is { } leaver)
            {
                await shape.JoinAndLeaveAsync(ids[i], circles[i].Members[0], leaver);
                db.ChangeTracker.Clear();
            }
        }

        await transaction.CommitAsync();
        return circles.Sum(c => c.Members.Count + (c.Leaver is null ? 0 : 1));
    }

    private sealed class SeedCollisionException : Exception;
}
