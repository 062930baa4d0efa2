namespace SamePage.Web.Infrastructure;

/// <summary>
/// Saves of the same thing on this node take turns: one person's autosaves of one draft, fired from
/// several tabs or a burst of key presses, queue here instead of racing each other's row version in
/// the database, where each loser reads, decides and saves again and, after a few losses, gives up
/// with "busy" (a 409). Waiting holds no thread. Saves of different things never wait for each other,
/// and across nodes the row version still settles who was first (<see cref="SamePage.Data.Conflicts"/>).
/// </summary>
public sealed class SaveTurns
{
    private readonly Dictionary<(Guid, Guid), Turn> turns = [];

    /// <summary>Waits for the turn of (<paramref name="first"/>, <paramref name="second"/>); disposing the answer ends it.</summary>
    public async Task<IDisposable> TakeAsync(Guid first, Guid second, CancellationToken cancellationToken = default)
    {
        var key = (first, second);
        Turn turn;
        lock (turns)
        {
            if (!turns.TryGetValue(key, out turn!))
            {
                turn = new Turn(key);
                turns.Add(key, turn);
            }

            turn.Holders++;
        }

        try
        {
            await turn.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(turn);
            throw;
        }

        return new Release(this, turn);
    }

    /// <summary>How many things have saves under way or waiting (for tests: it returns to zero).</summary>
    internal int Count
    {
        get
        {
            lock (turns)
            {
                return turns.Count;
            }
        }
    }

    private void Leave(Turn turn)
    {
        lock (turns)
        {
            if (--turn.Holders == 0)
            {
                turns.Remove(turn.Key);
                turn.Gate.Dispose();
            }
        }
    }

    private sealed class Turn((Guid, Guid) key)
    {
        public (Guid, Guid) Key { get; } = key;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Guarded by the owner's lock.</summary>
        public int Holders { get; set; }
    }

    private sealed class Release(SaveTurns owner, Turn turn) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                turn.Gate.Release();
                owner.Leave(turn);
            }
        }
    }
}
