using Microsoft.EntityFrameworkCore;

namespace SamePage.Data;

/// <summary>
/// What a write does when another write landed first. Every write of shared state reads, decides and
/// saves in one attempt; a row version that moved on (<see cref="DbUpdateConcurrencyException"/>) or
/// a unique key taken meanwhile (<see cref="DbUpdateException"/>) means someone else's write won, so
/// the attempt starts again from a clean change tracker and decides again on what is there now.
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
            catch (DbUpdateException) when (tried < Attempts)
            {
                await Task.Delay(Pause(tried));
            }
            catch (DbUpdateException) when (exhausted is not null)
            {
                db.ChangeTracker.Clear();
                return await exhausted();
            }
        }
    }

    /// <summary>The pause after the given failed try: random, so two writers that collided do not collide again, and growing.</summary>
    public static TimeSpan Pause(int tried) => TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25 * Math.Max(1, tried)));
}
