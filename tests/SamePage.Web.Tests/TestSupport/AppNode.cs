using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// The app serving as its own process (`dotnet SamePage.Web.dll`) on a loopback port of its own, as
/// an operator runs it: for what only a real process shows (SIGKILL, SIGTERM, several nodes behind a proxy).
/// </summary>
public sealed class AppNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private AppNode(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Port => Address.Port;

    /// <summary>What the app wrote to its console so far, for a failing test's message.</summary>
    public string Log => string.Join('\n', _log);

    public bool HasExited => _process.HasExited;

    /// <summary>The app's process id, for what only /proc shows (its mapped files).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts the app with these settings (environment variables) on a free port and waits until `/health/ready` answers.</summary>
    public static async Task<AppNode> StartAsync(IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        var node = Launch(settings, port ?? FreePort());
        await node.WaitUntilReadyAsync();
        return node;
    }

    /// <summary>Starts the app without waiting for it (for several starts at the same moment).</summary>
    public static AppNode Launch(IReadOnlyDictionary<string, string> settings, int port)
    {
        var app = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { app, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var policy in new[] { "SignIn", "SignUp", "Recovery", "Invite" })
        {
            start.Environment[$"SamePage__RateLimits__{policy}__PermitLimit"] = AppFactory.GenerousPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment[$"SamePage__RateLimits__{policy}__WindowSeconds"] = "3600";
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start };
        var node = new AppNode(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => node.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => node.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Someone with a browser of their own, talking to this node over the loopback network.</summary>
    public Person NewPerson() => new(Address, new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    public async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode} before it was ready:\n{Log}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The app was not ready within a minute:\n{Log}");
    }

    /// <summary>SIGKILL: the process ends at once, with no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd stops a service; returns the exit code once the process has ended (at most a minute).</summary>
    public Task<int> TerminateAsync()
    {
        SendTerminate();
        return ExitCodeAsync();
    }

    /// <summary>Waits (at most a minute) for the process to end and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Sends SIGTERM and returns at once.</summary>
    public void SendTerminate() => SendTerminate(_process);

    /// <summary>SIGTERM to any process (.NET's Process.Kill sends SIGKILL only).</summary>
    public static void SendTerminate(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _log.Enqueue(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
