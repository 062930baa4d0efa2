using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// The web app manifests that let a phone add SamePage to its home screen: SamePage's own, and a
/// neutral one ("Notes", grey icons) that discreet mode links instead. Both are the same for everyone
/// (a browser fetches a manifest without cookies), so the page decides which one to link. No service
/// worker caches anything of SamePage's pages.
/// </summary>
public static class AppManifests
{
    public const string ContentType = "application/manifest+json; charset=utf-8";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static IEndpointRouteBuilder MapAppManifests(this IEndpointRouteBuilder app)
    {
        app.MapGet("/manifest.webmanifest", (IStringLocalizer<SharedResource> l) =>
            Results.Text(Write(new Manifest(
                "samepage", "SamePage", "SamePage", l["Say where your lines are, together, before anyone crosses one."],
                "#7a3e65", "#faf6f1", Icons("icon", "app-icon"))), ContentType));
        app.MapGet("/notes.webmanifest", (IStringLocalizer<SharedResource> l) =>
            Results.Text(Write(new Manifest(
                "notes", l["Notes"], l["Notes"], l["Notes"],
                "#8a8580", "#f4f2ef", Icons("notes", "notes-icon"))), ContentType));
        return app;
    }

    private static Icon[] Icons(string png, string svg) =>
    [
        new($"/img/{png}-192.png", "192x192", "image/png", "any"),
        new($"/img/{png}-512.png", "512x512", "image/png", "any"),
        new($"/img/{png}-512.png", "512x512", "image/png", "maskable"),
        new($"/img/{svg}.svg", "any", "image/svg+xml", "any"),
    ];

    private static string Write(Manifest manifest) => JsonSerializer.Serialize(manifest, Json);

    private sealed record Manifest(string Id, string Name, string ShortName, string Description, string ThemeColor, string BackgroundColor, Icon[] Icons)
    {
        public string StartUrl { get; } = "/";

        public string Scope { get; } = "/";

        public string Display { get; } = "standalone";
    }

    private sealed record Icon(string Src, string Sizes, string Type, string Purpose);
}
