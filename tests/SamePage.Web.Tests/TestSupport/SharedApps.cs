using System.Collections.Concurrent;
using SamePage.Data;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// One running app per provider, shared by the tests of a collection (each test makes fresh
/// accounts, so they never see each other's data). Created on first use, disposed at the end.
/// </summary>
public sealed class SharedApps : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<AppFactory>> _apps = new();

    public AppFactory For(DatabaseProvider provider)
    {
        var app = _apps.GetOrAdd(provider, p => new Lazy<AppFactory>(() => new AppFactory(p))).Value;
        app.Start();
        return app;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await app.Value.DisposeAsync();
        }
    }
}

/// <summary>Tests about accounts, circles and the app's defences, sharing one app per provider.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAppForAccounts : ICollectionFixture<SharedApps>
{
    public const string Name = "Shared app: accounts, circles, infrastructure";
}

/// <summary>Tests about rounds, sharing one app per provider (in parallel with the other collection).</summary>
[CollectionDefinition(Name)]
public sealed class SharedAppForRounds : ICollectionFixture<SharedApps>
{
    public const string Name = "Shared app: rounds";
}
