using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.Web.Operations.Seeding;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Operations;

/// <summary>
/// The benchmark's `seed` verb (docs/BENCHMARKS.md) on a few circles: shapes as the runner needs
/// them, everything sealed as the app seals it, and cookies a server on the same data accepts.
/// </summary>
public sealed class SeederTests
{
    [Theory, Providers]
    public async Task Seeding_three_circles_makes_lived_in_circles_and_cookies_that_sign_in(DatabaseProvider provider)
    {
        await using var app = new AppFactory(provider);
        app.Start();
        var cookies = Path.Combine(app.DataDirectory, "cookies.tsv");
        var output = new StringWriter();

        var code = await Seeder.RunAsync(["3", "cookies", cookies, "samples", "2", "batch", "2", "cheap-kdf"], app.Services, output, TextWriter.Null);

        Assert.Equal(0, code);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();
            Assert.Equal(3, await db.Circles.CountAsync());
            var sizes = await db.Memberships.GroupBy(m => m.CircleId).Select(g => g.Count()).ToListAsync();
            Assert.All(sizes, size => Assert.InRange(size, 2, 8));
            var rounds = await db.Rounds.GroupBy(r => r.CircleId).Select(g => new { Count = g.Count(), Revealed = g.Count(r => r.Revealed) }).ToListAsync();
            Assert.All(rounds, r => Assert.True(r.Count >= 2 && r.Revealed == r.Count - 1, "one to three revealed rounds and an open one"));
            Assert.True(await db.RoundResponses.CountAsync(r => r.Submitted) >= sizes.Sum());
            Assert.Equal(sizes.Sum(), await db.Users.CountAsync(a => a.KeyCost == SyntheticPeople.Cheap.ToString()) - await LeaversAsync(db));
            // Answers are sealed like any member's: no stance name is stored in the clear.
            var sealedAnswers = await db.RoundResponses.Select(r => r.SealedAnswers).ToListAsync();
            Assert.All(sealedAnswers, bytes => Assert.DoesNotContain("Fine", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal));
        }

        var lines = await File.ReadAllLinesAsync(cookies);
        Assert.Equal(2, lines.Length);
        var fields = lines[0].Split('\t');
        using var member = app.NewPerson();
        var (name, value) = (fields[0][..fields[0].IndexOf('=', StringComparison.Ordinal)], fields[0][(fields[0].IndexOf('=', StringComparison.Ordinal) + 1)..]);
        member.Cookies.Add(new Uri("http://localhost"), new System.Net.Cookie(name, value));
        var comparison = await member.GetAsync($"/circles/{fields[1]}/rounds/{fields[2]}/comparison");
        Assert.Equal(HttpStatusCode.OK, comparison.Status);
        var answer = await member.GetAsync($"/circles/{fields[1]}/rounds/{fields[3]}/answer/{fields[4]}");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.NotNull(answer.Find($"input[name='Answers[{fields[5]}]']"));
    }

    [Fact]
    public async Task Seeding_again_with_the_same_seed_says_so_and_changes_nothing()
    {
        await using var app = new AppFactory(DatabaseProvider.Sqlite);
        app.Start();
        Assert.Equal(0, await Seeder.RunAsync(["1", "cheap-kdf"], app.Services, TextWriter.Null, TextWriter.Null));
        var errors = new StringWriter();

        Assert.Equal(1, await Seeder.RunAsync(["1", "cheap-kdf"], app.Services, TextWriter.Null, errors));

        Assert.Contains("another seed", errors.ToString(), StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<SamePageDb>().Circles.CountAsync());
    }

    /// <summary>People who joined and left keep their account; they are in no circle now.</summary>
    private static async Task<int> LeaversAsync(SamePageDb db) =>
        await db.Users.CountAsync(a => !db.Memberships.Any(m => m.AccountId == a.Id));
}
