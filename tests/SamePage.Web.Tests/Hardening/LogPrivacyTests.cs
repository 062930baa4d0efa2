using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SamePage.Core.Reflections;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Hardening;

/// <summary>
/// Logs never carry sensitive content, and SamePage keeps no IP address or user
/// agent. Every log message of a whole flow is captured at Trace level, the most an operator could
/// ask for, and searched for every secret the flow typed or was shown.
/// </summary>
public sealed class LogPrivacyTests(LogPrivacyTests.Flow flow) : IClassFixture<LogPrivacyTests.Flow>
{
    [Fact]
    public void No_secret_of_a_whole_flow_reaches_the_log_at_any_level()
    {
        var leaks = (from line in flow.Logs.Lines
                     from secret in flow.Secrets
                     where Forms(secret.Value).Any(form => line.Text.Contains(form, StringComparison.OrdinalIgnoreCase))
                     select $"{secret.Key} in {line}").ToList();

        Assert.True(leaks.Count == 0, $"{leaks.Count} log messages carry a secret:\n{string.Join("\n", leaks.Take(10))}");
    }

    [Fact]
    public void The_capture_really_saw_the_flow_at_trace_level()
    {
        var lines = flow.Logs.Lines;

        Assert.True(lines.Count > 500, $"Only {lines.Count} log messages were captured.");
        Assert.Contains(lines, l => l.Level == LogLevel.Trace);
        Assert.Contains(lines, l => l.Category.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Category.StartsWith("Microsoft.AspNetCore.Authentication", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Category == "Microsoft.AspNetCore.Routing.EndpointMiddleware" && l.Text.Contains("/Circles/Join", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Category == "Microsoft.AspNetCore.Routing.EndpointMiddleware" && l.Text.Contains("/SoundingBoard/Read", StringComparison.Ordinal));
        // The journal was written with a parameter whose value the log does not show.
        Assert.Contains(lines, l => l.Category == DbLoggerCategory.Database.Command.Name && l.Text.Contains("INSERT INTO \"Reflections\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Category == DbLoggerCategory.Database.Command.Name && l.Text.Contains("='?'", StringComparison.Ordinal));
    }

    /// <summary>Request lines (with their query strings), redirect targets and page-handler arguments are never logged below Warning.</summary>
    [Fact]
    public void Request_lines_redirects_and_handler_arguments_are_held_at_warning_even_when_trace_is_asked_for()
    {
        var quiet = flow.Logs.Lines.Where(l => l.Level < LogLevel.Warning
            && (l.Category.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal) || l.Category.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal))).ToList();

        Assert.True(quiet.Count == 0, $"{quiet.Count} messages below Warning, e.g. {quiet.FirstOrDefault()}");
    }

    [Fact]
    public void Ef_core_never_logs_parameter_values()
    {
        using var scope = flow.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamePageDb>();

        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();
        Assert.False(core?.IsSensitiveDataLoggingEnabled ?? false, "EnableSensitiveDataLogging is on.");
        Assert.DoesNotContain(flow.Logs.Lines, l => l.EventId.Id == CoreEventId.SensitiveDataLoggingEnabledWarning.Id);
    }

    [Fact]
    public void The_address_and_user_agent_of_every_request_are_neither_stored_nor_logged()
    {
        var clues = new[] { Flow.PeerAddress, flow.UserAgent };
        var stored = StoredBytes.OfSqlite(flow.App.SqliteFile);
        var files = Directory.EnumerateFiles(flow.App.DataDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(flow.App.SqliteFile, StringComparison.Ordinal))
            .ToDictionary(f => f, f => ReadShared(f));

        Assert.True(stored.Contains(flow.Username), "The username (kept by design) should be in the database: is this the app's database?");
        Assert.Empty(stored.Found(clues));
        Assert.Empty(files.Where(f => clues.Any(c => f.Value.Contains(c, StringComparison.Ordinal))).Select(f => f.Key));
        Assert.DoesNotContain(flow.Logs.Lines, l => clues.Any(c => l.Text.Contains(c, StringComparison.Ordinal)));
    }

    private static IEnumerable<string> Forms(string secret) =>
        [secret, Uri.EscapeDataString(secret), System.Net.WebUtility.UrlEncode(secret), System.Net.WebUtility.HtmlEncode(secret)];

    private static string ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Two people over HTTPS from a distinctive address and browser: sign-up, a circle, an invite link
    /// opened before signing up (so it travels through the sign-in's return address), failed
    /// sign-ins, a journal, a refused and an accepted signature, recovery with the recovery code.
    /// </summary>
    public sealed class Flow : IAsyncLifetime
    {
        public const string PeerAddress = "198.51.100.203";

        private static readonly Uri Https = new("https://localhost");

        private readonly string _tag = Guid.NewGuid().ToString("N")[..10];

        public Flow()
        {
            UserAgent = $"SentinelBrowser/{_tag}";
            Logs = new CapturedLogs();
            App = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?>
            {
                // An operator asking for everything, by name too.
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore.Mvc.RazorPages"] = "Trace",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
            })
            {
                Logs = Logs,
                TestServices = services => services.AddSingleton<IStartupFilter>(new Network(System.Net.IPAddress.Parse(PeerAddress), UserAgent)),
            };
        }

        public AppFactory App { get; }

        public CapturedLogs Logs { get; }

        public string UserAgent { get; }

        public string Username => $"zq-host-{_tag}";

        /// <summary>What must never be logged, by name.</summary>
        public Dictionary<string, string> Secrets { get; } = [];

        public async Task InitializeAsync()
        {
            var guestName = $"zq-guest-{_tag}";
            Secrets["host username"] = Username;
            Secrets["guest username"] = guestName;
            Secrets["unknown username"] = $"zq-nobody-{_tag}";
            Secrets["host passphrase"] = $"lantern harbour {_tag} host";
            Secrets["guest passphrase"] = $"orchard meadow {_tag} guest";
            Secrets["wrong passphrase"] = $"wrong guess {_tag} sentinel";
            Secrets["new passphrase"] = $"fresh start {_tag} recovered";
            Secrets["circle name"] = $"Circle sentinel {_tag}";
            Secrets["host display name"] = $"Hostname {_tag}";
            Secrets["guest display name"] = $"Guestname {_tag}";
            Secrets["journal"] = $"Journal sentinel {_tag}: the orchard letters";
            Secrets["clause"] = $"Clause sentinel {_tag}: we ask first";

            using var host = App.NewPerson(Https);
            await host.SignUpAsync(Username, Secrets["host passphrase"]);
            Secrets["host recovery code"] = host.RecoveryCode!;
            var circle = await host.CreateCircleAsync(Secrets["circle name"], Secrets["host display name"]);
            var code = await host.InviteAsync(circle);
            Secrets["invite code"] = code;

            // The guest opens the invite link before having an account: it goes through sign-in and sign-up as the return address.
            using var guest = App.NewPerson(Https);
            var link = $"/join?code={Uri.EscapeDataString(code)}";
            var toSignIn = await guest.GetAsync(link);
            Assert.Equal(HttpStatusCode.Redirect, toSignIn.Status);
            await guest.FollowAsync(toSignIn);
            var account = await guest.PostFormAsync($"/signup?returnUrl={Uri.EscapeDataString(link)}",
                ("Username", guestName), ("Passphrase", Secrets["guest passphrase"]), ("ReturnUrl", link));
            Secrets["guest recovery code"] = account.Find("[data-recovery-code]")!.TextContent.Trim();
            Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync(link)).Status);
            await guest.JoinCircleAsync(circle, code, Secrets["guest display name"]);

            // Failed sign-ins: a wrong passphrase for a real account, and an unknown username.
            using var stranger = App.NewPerson(Https);
            Assert.Equal(HttpStatusCode.OK, (await stranger.SignInAsync(guestName, Secrets["wrong passphrase"])).Status);
            Assert.Equal(HttpStatusCode.OK, (await stranger.SignInAsync(Secrets["unknown username"], Secrets["wrong passphrase"])).Status);

            // A journal, and an agreement signed with the passphrase (after one wrong try).
            Assert.Equal(HttpStatusCode.Redirect, (await host.WriteJournalAsync(circle, 1, (ReflectionPrompts.PastBetrayals, Secrets["journal"]))).Status);
            await host.AddClauseAsync(circle, Secrets["clause"]);
            Assert.Equal(HttpStatusCode.Redirect, (await host.ProposeAsync(circle)).Status);
            Assert.Equal(HttpStatusCode.OK, (await host.SignAsync(circle, 1, Secrets["wrong passphrase"])).Status);
            Assert.Equal(HttpStatusCode.Redirect, (await host.SignAsync(circle, 1, Secrets["host passphrase"])).Status);

            // A sounding-board link from the journal, read by a supporter with no account, who leaves a note back.
            Secrets["sounding-board label"] = $"Label sentinel {_tag}";
            Secrets["sounding-board note"] = $"Note sentinel {_tag}: thank you";
            var linkPath = await host.SoundingLinkAsync([Secrets["journal"]], Secrets["sounding-board label"]);
            Secrets["sounding-board code"] = Person.SoundingCode(linkPath);
            Secrets["sounding-board code, bare"] = Person.SoundingCode(linkPath).Replace("-", string.Empty, StringComparison.Ordinal);
            using var supporter = App.NewPerson(Https);
            var reading = await supporter.ReadSoundingLinkAsync(linkPath);
            Assert.NotNull(reading.Find("#shared-pieces"));
            Assert.NotNull((await supporter.LeaveSoundingNoteAsync(linkPath, reading, Secrets["sounding-board note"])).Find("#note-sent"));
            Assert.Contains(Secrets["sounding-board note"], (await host.GetAsync(Person.SoundingBoardPath)).Text);

            // Signing out and in; the guest forgets their passphrase and uses the recovery code.
            await host.SignOutAsync();
            Assert.Equal(HttpStatusCode.Redirect, (await host.SignInAsync()).Status);
            using var forgetful = App.NewPerson(Https);
            var recovered = await forgetful.PostFormAsync("/recover", ("Username", guestName), ("Code", Secrets["guest recovery code"]), ("NewPassphrase", Secrets["new passphrase"]));
            Assert.NotNull(recovered.Find("[data-recovery-code]"));
            Secrets["new recovery code"] = recovered.Find("[data-recovery-code]")!.TextContent.Trim();
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    /// <summary>Stands in for the network: every request comes from one address with one browser's user agent.</summary>
    private sealed class Network(System.Net.IPAddress address, string userAgent) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                context.Request.Headers.UserAgent = userAgent;
                return following(context);
            });
            next(app);
        };
    }
}
