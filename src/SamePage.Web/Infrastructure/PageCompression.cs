using System.IO.Compression;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// Pages go out compressed (Brotli, else gzip), so a page costs a phone a fraction of its markup.
/// Compression next to a secret can leak it through the response's length (BREACH), so:
/// <list type="bullet">
/// <item>a page that shows a secret (a recovery code, an invite code) calls <see cref="ShowsSecret"/> and is
/// sent as it is;</item>
/// <item>the antiforgery token in every form is encrypted afresh for each response, so its bytes never
/// repeat and its length says nothing.</item>
/// </list>
/// </summary>
public static class PageCompression
{
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Fastest, measured: the comparison page's Brotli went from most of the page's CPU to a small part
        // of it, and every page stays far within its 30 KB on the wire (docs/decisions/0027).
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>This response shows a secret: send it uncompressed, whatever the browser accepts.</summary>
    public static void ShowsSecret(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IHttpsCompressionFeature>() is { } https)
        {
            https.Mode = HttpsCompressionMode.DoNotCompress;
        }

        // Over plain HTTP the setting above is not consulted; without an accepted encoding nothing is compressed.
        context.Request.Headers.AcceptEncoding = default;
    }
}
