using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SamePage.Data;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// The real SamePage app, in memory, on a real database: a SQLite file in a temporary data directory,
/// or a fresh database on the test PostgreSQL server. Protections stay on (CSP, antiforgery, rate limits).
/// Tests act through <see cref="Person"/>s, one cookie jar each.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    /// <summary>Generous enough for a whole test class to sign up and sign in many people.</summary>
    public const int GenerousPermitLimit = 1000;

    private static readonly string[] RateLimitPolicies = ["SignIn", "SignUp", "Recovery", "Invite", "Writes", "Autosave", "SoundingBoard"];

    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;

    /// <param name="settings">Extra configuration; overrides the defaults below (e.g. a low rate limit).</param>
    /// <param name="clock">Replaces the app's clock (e.g. a FakeTimeProvider to age invites).</param>
    public AppFactory(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        Provider = provider;
        DataDirectory = Directory.CreateTempSubdirectory("samepage-webtests-").FullName;
        _clock = clock;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["SamePage:DataDirectory"] = DataDirectory,
            ["Database:Provider"] = provider.ToString(),
        };
        if (provider == DatabaseProvider.Postgres)
        {
            ConnectionString = TestPostgres.NewDatabase();
            _settings["ConnectionStrings:SamePage"] = ConnectionString;
        }
        else
        {
            ConnectionString = $"Data Source={SqliteFile}";
        }

        foreach (var policy in RateLimitPolicies)
        {
            _settings[$"SamePage:RateLimits:{policy}:PermitLimit"] = GenerousPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _settings[$"SamePage:RateLimits:{policy}:WindowSeconds"] = "3600";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The same app started again on the same data (data directory, database, settings), as after a restart.</summary>
    private AppFactory(AppFactory previous)
    {
        Provider = previous.Provider;
        DataDirectory = previous.DataDirectory;
        ConnectionString = previous.ConnectionString;
        _clock = previous._clock;
        Logs = previous.Logs;
        TestServices = previous.TestServices;
        _settings = new Dictionary<string, string?>(previous._settings, StringComparer.OrdinalIgnoreCase);
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The `SamePage:PublicUrl` this app was given, if any.</summary>
    public string? PublicUrl => _settings.TryGetValue("SamePage:PublicUrl", out var url) && !string.IsNullOrEmpty(url) ? url : null;

    /// <summary>Receives every log message of the app at every level (the app's own rules for what must never be logged still apply).</summary>
    public CapturedLogs? Logs { get; init; }

    /// <summary>Changes to the app's services for one test (e.g. a start-up filter standing in for the network).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>True keeps the data directory and the database after the app is disposed, for a test to inspect or restart.</summary>
    public bool KeepDataOnDispose { get; set; }

    public string DataDirectory { get; }

    public string ConnectionString { get; }

    /// <summary>Where the app keeps its SQLite database (when the provider is SQLite).</summary>
    public string SqliteFile => Path.Combine(DataDirectory, DatabaseSettings.DatabaseFileName);

    /// <summary>Stops this app, keeping its data, and returns it started again on that data.</summary>
    public async Task<AppFactory> RestartAsync()
    {
        KeepDataOnDispose = true;
        await DisposeAsync();
        var restarted = new AppFactory(this);
        restarted.Start();
        return restarted;
    }

    /// <summary>Boots the app now (start-up runs the catalogue check and the migrations).</summary>
    public void Start() => _ = Server;

    /// <summary>Someone with a browser of their own (a cookie jar), not signed in; over https if the address says so.</summary>
    public Person NewPerson(Uri? address = null, params DelegatingHandler[] handlers) => new(this, address, handlers);

    /// <summary>A new account, signed in, with its recovery code saved.</summary>
    public async Task<Person> SignUpAsync(string? username = null, string? passphrase = null)
    {
        var person = NewPerson();
        await person.SignUpAsync(username ?? Names.Username(), passphrase ?? Names.Passphrase());
        return person;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Environment.GetEnvironmentVariable("SAMEPAGE_TEST_LOGS") != "1")
        {
            // Quiet by default; SAMEPAGE_TEST_LOGS=1 shows the app's log (e.g. the exception behind a 500).
            builder.ConfigureLogging(logging => logging.ClearProviders());
        }
        if (Logs is not null)
        {
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(Logs);
                logging.AddFilter<CapturedLogs>(category: null, LogLevel.Trace);
            });
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }

        if (_clock is not null)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_clock);
            });
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
        }

        if (KeepDataOnDispose)
        {
            return;
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            await TestPostgres.DropAsync(ConnectionString);
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the temporary folder is cleaned up by the system.
        }
    }
}
