namespace SamePage.Web.Infrastructure;

/// <summary>
/// Framework log categories whose Information, Debug or Trace messages can carry what must never
/// reach a log, held at Warning for every logging provider whatever the configuration asks:
/// <list type="bullet">
/// <item>ASP.NET Core hosting writes each request line with its query string, and an invite link
/// carries its secret as <c>?code=</c>;</item>
/// <item>MVC writes redirect targets (a return address can be an invite link) and, at Trace, the
/// arguments of page handlers (a passphrase typed to sign an agreement);</item>
/// <item>Kestrel writes the request line of a malformed request.</item>
/// </list>
/// Their warnings and errors still reach the log. The app itself logs nothing about people.
/// </summary>
public static class QuietLogs
{
    public static readonly IReadOnlyList<string> Categories =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.Mvc",
        "Microsoft.AspNetCore.Server.Kestrel.BadRequests",
    ];

    public static IServiceCollection AddQuietLogs(this IServiceCollection services) =>
        services.PostConfigure<LoggerFilterOptions>(options =>
        {
            // A rule naming a provider beats every rule that names none, and a longer category beats a
            // shorter one; among equals the last rule wins. So each provider the configuration names
            // gets these rules too, any rule for a part of these categories is repeated at Warning,
            // and all of them are added last.
            var providers = options.Rules.Select(r => r.ProviderName).Where(p => p is not null).Distinct().Prepend(null).ToList();
            var quiet = providers.SelectMany(provider => Categories.Select(category => (provider, category))).ToList();
            quiet.AddRange(options.Rules
                .Where(r => r.CategoryName is { } name && Categories.Any(c => name.StartsWith(c, StringComparison.Ordinal)))
                .Select(r => (r.ProviderName, r.CategoryName!)));
            foreach (var (provider, category) in quiet)
            {
                options.Rules.Add(new LoggerFilterRule(provider, category, LogLevel.Warning, filter: null));
            }
        });
}
