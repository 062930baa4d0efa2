namespace SamePage.Web.Infrastructure;

/// <summary>Operator settings that pages use.</summary>
/// <param name="QuickExitUrl">Where the quick exit goes: a neutral page (`SamePage:QuickExitUrl`).</param>
public sealed record SiteSettings(string QuickExitUrl)
{
    public const string DefaultQuickExitUrl = "https://www.bbc.com/weather";

    public static SiteSettings From(IConfiguration configuration) =>
        new(configuration["SamePage:QuickExitUrl"] is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? url
            : DefaultQuickExitUrl);
}
