using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace SamePage.Web.Tests.Security;

/// <summary>One thing a client can ask of the app: a method on a route pattern, and for a page, the handler it selects.</summary>
public sealed record Operation(string Method, string Pattern, string? Handler = null)
{
    public override string ToString() => Handler is null ? $"{Method} {Pattern}" : $"{Method} {Pattern}?handler={Handler}";
}

/// <summary>Every operation the running app answers, read from its endpoint data source (pages with their handlers, and plain endpoints).</summary>
public static class Endpoints
{
    public static async Task<IReadOnlyList<Operation>> OperationsAsync(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var loader = services.GetRequiredService<PageLoader>();
        var operations = new List<Operation>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
            {
                continue; // a file from wwwroot (a stylesheet, a script, an icon): the same for everyone, nobody's content
            }

            var pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');
            if (pattern == "/{**path:file}")
            {
                continue; // MapStaticAssets' fallback for files added after the build, when run from a build folder (as tests are)
            }

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
                operations.AddRange(compiled.HandlerMethods.Select(h => new Operation(h.HttpMethod.ToUpperInvariant(), pattern, h.Name)));
            }
            else
            {
                // A plain endpoint without method metadata answers every method; GET stands for them.
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                operations.AddRange(methods.Select(m => new Operation(m.ToUpperInvariant(), pattern)));
            }
        }

        return [.. operations.Distinct().OrderBy(o => o.Pattern, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ThenBy(o => o.Handler, StringComparer.Ordinal)];
    }
}
