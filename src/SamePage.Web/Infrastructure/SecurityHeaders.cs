using Microsoft.AspNetCore.StaticAssets;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// Strict headers on every response: nothing loads from anywhere but SamePage itself, no inline
/// script or style, no framing, no referrer, no powerful browser features.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "geolocation=(), camera=(), microphone=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                // The service worker is kept nowhere either: browsers fetch it afresh for every update check.
                if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null || context.Request.Path == "/sw.js")
                {
                    // Pages about someone's relationship should not linger in shared caches or history
                    // snapshots, and Back after signing out (or a quick exit) asks the server again.
                    // Static files keep MapStaticAssets' policy: fingerprinted ones are cached for a year.
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });
}
