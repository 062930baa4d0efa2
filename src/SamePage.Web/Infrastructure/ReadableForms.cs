using Microsoft.Net.Http.Headers;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// A form that declares a character set .NET will not decode (UTF-7 is disabled for safety) makes the
/// framework throw while antiforgery reads it, which would be a 500. Browsers never send one; answer
/// 415 Unsupported Media Type before anything reads the body.
/// </summary>
public static class ReadableForms
{
    public static IApplicationBuilder UseReadableForms(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The status page this answer is re-executed to must not be refused again.
            var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
            if (!reExecuted && context.Request.HasFormContentType && !HasUsableCharset(context.Request.ContentType))
            {
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                return;
            }

            await next();
        });

    private static bool HasUsableCharset(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type))
        {
            return true; // not a form after all; nothing will read it as one
        }

        try
        {
            _ = type.Encoding;
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }
}
