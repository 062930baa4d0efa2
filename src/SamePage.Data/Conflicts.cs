using Microsoft.EntityFrameworkCore;

namespace SamePage.Data;

/// <summary>
/// What a write does when another write landed first. Every write of shared state reads, decides and
/// saves in one attempt; a row version that moved on (<see cref="DbUpdateConcurrencyException"/>) or
/// a unique key taken meanwhile (<see cref="DbUpdateException"/>) means someone else's write won, so
/// the attempt starts again from a clean change tracker and decides again on what is there now.
/// Inside a transaction (<see cref="AtomicAsync{T}"/>) a conflict is not retried where it happens: it
/// ends the whole transaction, and the retry around the transaction starts all of it again, so a
/// multi-step write is either all done, on what is there now, or not at all.
/// </summary>
public static class Conflicts
{
    /// <summary>
    /// How many times a write is tried. Two people (or two tabs) saving at once settle within two or
    /// three attempts; six leaves room for a busy moment without keeping a request waiting for long
    /// (the back-off below adds at most about 0.4 s in all).
    /// </summary>
    public const int Attempts = 6;

    /// <summary>
    /// Runs <paramref name="attempt"/> until it returns without a conflict, at most <see cref="Attempts"/>
    /// times, with a short jittered pause between tries. When every attempt conflicted,
    /// <paramref name="exhausted"/> gives the answer (for example "busy, your text is kept"); without
    /// it the last conflict is thrown.
    /// </summary>
    public static async Task<T> RetryAsync<T>(this SamePageDb db, Func<Task<T>> attempt, Func<Task<T>>? exhausted = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(attempt);
        for (var tried = 1; ; tried++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return await attempt();
            }
            catch (DbUpdateException) when (tried < Attempts && db.Database.CurrentTransaction is null)
            {
                await Task.Delay(Pause(tried));
            }
            catch (DbUpdateException) when (exhausted is not null && db.Database.CurrentTransaction is null)
            {
                db.ChangeTracker.Clear();
                return await exhausted();
            }
        }
    }

    /// <inheritdoc cref="RetryAsync{T}(SamePageDb, Func{Task{T}}, Func{Task{T}}?)"/>
    public static Task RetryAsync(this SamePageDb db, Func<Task> attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return db.RetryAsync(async () =>
        {
            await attempt();
            return true;
        });
    }

    /// <summary>
    /// Runs several writes as one: in a new transaction committed at the end, or, when one is already
    /// open, as part of it (so steps that are atomic on their own can also be steps of a larger whole).
    /// Anything thrown rolls the whole transaction back. Wrap it in <see cref="RetryAsync{T}"/> to start
    /// again after a conflict.
    /// </summary>
    public static async Task<T> AtomicAsync<T>(this SamePageDb db, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await work();
        await transaction.CommitAsync();
        return result;
    }

    /// <inheritdoc cref="AtomicAsync{T}(SamePageDb, Func{Task{T}})"/>
    public static Task AtomicAsync(this SamePageDb db, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return db.AtomicAsync(async () =>
        {
            await work();
            return true;
        });
    }

    /// <summary>The pause after the given failed try: random, so two writers that collided do not collide again, and growing.</summary>
    public static TimeSpan Pause(int tried) => TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25 * Math.Max(1, tried)));
}
