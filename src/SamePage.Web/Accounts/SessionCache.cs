using System.Collections.Concurrent;

namespace SamePage.Web.Accounts;

/// <summary>
/// This node's memory of sign-in checks (<see cref="SessionRecords.FindAsync"/>), so a signed-in
/// request pays no query when the same session was checked in the last <see cref="Lifetime"/>
/// (10 seconds unless `SamePage:SignInCheckSeconds` says otherwise; 0 turns it off). Ending a session on
/// this node (signing out, the quick exit, "sign out everywhere else", a new passphrase, recovery,
/// deleting the account) forgets it here at once, so it is refused on the next request. Another
/// node may still accept it until its own memory of it runs out: at most <see cref="Lifetime"/>
/// (docs/SECURITY.md, "Sessions", and decision 0019). Nothing here is stored or logged.
/// </summary>
public sealed class SessionCache(TimeProvider clock, IConfiguration configuration)
{
    public const int DefaultSeconds = 10;

    /// <summary>More entries than this and the expired ones are swept; if none were, all are dropped.</summary>
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private long _version;

    public TimeSpan Lifetime { get; } = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("SamePage:SignInCheckSeconds", DefaultSeconds)));

    /// <summary>Moves on at every forgetting: a check that began before it is not kept (it may have read a session being ended).</summary>
    public long Version => Interlocked.Read(ref _version);

    public SessionFound? Find(Guid sessionId, Guid accountId) =>
        _entries.TryGetValue(sessionId, out var entry) && entry.AccountId == accountId && clock.GetUtcNow() < entry.Until ? entry.Found : null;

    /// <summary>Keeps what a check found, unless something was forgotten since <paramref name="version"/> was read.</summary>
    public void Keep(Guid sessionId, Guid accountId, SessionFound found, long version)
    {
        if (Lifetime <= TimeSpan.Zero)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            Sweep();
        }

        _entries[sessionId] = new Entry(accountId, found, clock.GetUtcNow() + Lifetime);
        if (Version != version)
        {
            _entries.TryRemove(sessionId, out _); // ended meanwhile, or may have been: the next request asks the database
        }
    }

    public void Forget(Guid sessionId)
    {
        Interlocked.Increment(ref _version);
        _entries.TryRemove(sessionId, out _);
    }

    /// <summary>Forgets every session of the account (its sessions ended, or its settings changed).</summary>
    public void ForgetAccount(Guid accountId)
    {
        Interlocked.Increment(ref _version);
        foreach (var (id, entry) in _entries)
        {
            if (entry.AccountId == accountId)
            {
                _entries.TryRemove(id, out _);
            }
        }
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, entry) in _entries)
        {
            if (entry.Until <= now)
            {
                _entries.TryRemove(id, out _);
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
    }

    private sealed record Entry(Guid AccountId, SessionFound Found, DateTimeOffset Until);
}
