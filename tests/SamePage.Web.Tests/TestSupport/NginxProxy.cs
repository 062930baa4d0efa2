using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// nginx (the Debian package) running `deploy/nginx-samepage.conf` as an operator would, with the test's
/// ports, a throwaway self-signed certificate and a header naming the node that answered
/// (<see cref="NodeHeader"/>), inside a minimal main configuration of its own.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string NodeHeader = "X-Test-Node";
    public const string BinaryVariable = "SAMEPAGE_NGINX";

    private readonly Process _process;
    private readonly string _folder;
    private readonly string _thumbprint;

    private NginxProxy(Process process, string folder, Uri address, string thumbprint)
    {
        _process = process;
        _folder = folder;
        Address = address;
        _thumbprint = thumbprint;
    }

    public Uri Address { get; }

    public static string Binary => Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } path ? path : "/usr/sbin/nginx";

    public static async Task<NginxProxy> StartAsync(IReadOnlyList<int> nodePorts)
    {
        Assert.True(File.Exists(Binary), $"nginx is not installed at {Binary}: scripts/test.sh installs it (apt-get install nginx), or set {BinaryVariable}.");
        var folder = Directory.CreateTempSubdirectory("samepage-nginx-").FullName;
        var thumbprint = WriteCertificate(folder);
        var (https, http) = (AppNode.FreePort(), AppNode.FreePort());
        await File.WriteAllTextAsync(Path.Combine(folder, "samepage.conf"), Render(await File.ReadAllTextAsync(DeployFile), nodePorts, https, http, folder));
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            {{(Environment.UserName == "root" ? "user root;" : string.Empty)}}
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                add_header {{NodeHeader}} $upstream_addr always;
                include {{folder}}/samepage.conf;
            }
            """);

        var start = new ProcessStartInfo(Binary)
        {
            ArgumentList = { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var proxy = new NginxProxy(process, folder, new Uri($"https://127.0.0.1:{https}"), thumbprint);
        await proxy.WaitUntilReadyAsync();
        return proxy;
    }

    /// <summary>The repository's nginx example, found from the test's build folder.</summary>
    public static string DeployFile
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "deploy", "nginx-samepage.conf");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("deploy/nginx-samepage.conf not found above the test's folder.");
        }
    }

    /// <summary>The example with this test's ports and certificate in place of the operator's.</summary>
    public static string Render(string example, IReadOnlyList<int> nodePorts, int https, int http, string folder)
    {
        string Swap(string text, string from, string to)
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"deploy/nginx-samepage.conf no longer contains `{from.Trim()}`; update the scale-out test with it.");
            return text.Replace(from, to, StringComparison.Ordinal);
        }

        var nodes = string.Concat(nodePorts.Select(p => $"    server 127.0.0.1:{p};\n"));
        var text = Swap(example, "    server 127.0.0.1:5000;\n    server 127.0.0.1:5001;\n", nodes);
        text = Swap(text, "listen 80;", $"listen 127.0.0.1:{http};");
        text = Swap(text, "listen 443 ssl http2;", $"listen 127.0.0.1:{https} ssl http2;");
        text = Swap(text, "/etc/letsencrypt/live/samepage.example.org/fullchain.pem", Path.Combine(folder, "cert.pem"));
        return Swap(text, "/etc/letsencrypt/live/samepage.example.org/privkey.pem", Path.Combine(folder, "key.pem"));
    }

    /// <summary>A browser that trusts this proxy's throwaway certificate and nothing else.</summary>
    public Person NewPerson() => new(Address, new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == _thumbprint,
        },
    });

    /// <summary>Which node answered (its loopback port), from the header this proxy adds.</summary>
    public static int NodeOf(WebPage page) =>
        page.Header(NodeHeader) is { } upstream ? int.Parse(upstream.Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture) : 0;

    private async Task WaitUntilReadyAsync()
    {
        using var person = NewPerson();
        for (var i = 0; i < 100; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}{ErrorLog}");
            }

            try
            {
                if ((await person.GetAsync("/health/ready")).Status == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"nginx did not answer: {ErrorLog}");
    }

    private string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : string.Empty;

    private static string WriteCertificate(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(folder, "cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        return certificate.GetCertHashString();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            AppNode.SendTerminate(_process); // nginx's fast shutdown, which also ends its worker

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
