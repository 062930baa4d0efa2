using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>The one rule for writes that collide: try again on what is there now, a bounded number of times, and never halfway inside a transaction.</summary>
public sealed class ConflictsTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "samepage-conflicts-" + Guid.NewGuid().ToString("N"));
    private SqliteSamePageDb _db = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _db = Databases.Sqlite($"Data Source={Path.Combine(_directory, "c.db")}");
        await _db.Database.OpenConnectionAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_conflict_is_tried_again_until_it_goes_through()
    {
        var tries = 0;
        var result = await _db.RetryAsync(() => ++tries < 3 ? throw new DbUpdateConcurrencyException("moved on") : Task.FromResult("saved"));

        Assert.Equal("saved", result);
        Assert.Equal(3, tries);
    }

    [Fact]
    public async Task After_the_documented_number_of_tries_the_answer_is_the_exhausted_one_or_the_conflict()
    {
        var tries = 0;
        var busy = await _db.RetryAsync(() => { tries++; return Task.FromException<string>(new DbUpdateException("taken")); }, () => Task.FromResult("busy"));
        Assert.Equal("busy", busy);
        Assert.Equal(Conflicts.Attempts, tries);

        await Assert.ThrowsAsync<DbUpdateException>(() => _db.RetryAsync(() => Task.FromException<string>(new DbUpdateException("taken"))));
    }

    [Fact]
    public async Task Other_failures_are_never_retried()
    {
        var tries = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _db.RetryAsync(() => { tries++; return Task.FromException<int>(new InvalidOperationException()); }));
        Assert.Equal(1, tries);
    }

    [Fact]
    public async Task Inside_a_transaction_a_conflict_ends_the_whole_transaction_and_the_outer_retry_starts_it_again()
    {
        var outer = 0;
        var inner = 0;
        var result = await _db.RetryAsync(() => _db.AtomicAsync(async () =>
        {
            outer++;
            Assert.NotNull(_db.Database.CurrentTransaction);
            return await _db.RetryAsync(() => ++inner == 1 ? throw new DbUpdateConcurrencyException("moved on") : Task.FromResult(inner));
        }));

        Assert.Equal(2, result);
        Assert.Equal(2, outer); // the inner conflict was not retried where it happened
        Assert.Null(_db.Database.CurrentTransaction);
    }

    [Fact]
    public async Task A_step_that_is_atomic_on_its_own_joins_the_transaction_around_it()
    {
        await using var transaction = await _db.Database.BeginTransactionAsync();
        var seen = await _db.AtomicAsync(() => Task.FromResult(_db.Database.CurrentTransaction));

        Assert.Same(transaction, seen);
    }
}
