using System.Net;
using Microsoft.AspNetCore.Http;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// Requests as they arrive over a network connection from a given address, with the headers a proxy
/// (or someone pretending to be one) adds. In-memory requests otherwise have no address at all.
/// </summary>
public static class Connections
{
    /// <summary>Sends one request from <paramref name="remoteAddress"/> and returns what the app answered.</summary>
    public static Task<HttpContext> SendFromAsync(this AppFactory app, string remoteAddress, string method, string pathAndQuery, params (string Name, string Value)[] headers)
    {
        ArgumentNullException.ThrowIfNull(app);
        var target = new Uri(new Uri("http://localhost"), pathAndQuery);
        return app.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
            context.Connection.RemotePort = 40000;
            context.Request.Method = method;
            context.Request.Scheme = "http";
            // The name the app answers to: its public address when one is set, otherwise this machine's.
            context.Request.Host = new HostString(app.PublicUrl is { } publicUrl ? new Uri(publicUrl).Authority : "localhost");
            context.Request.Path = target.AbsolutePath;
            context.Request.QueryString = new QueryString(target.Query);
            foreach (var (name, value) in headers)
            {
                context.Request.Headers.Append(name, value);
            }
        });
    }

    /// <summary>The Set-Cookie header for one cookie name, or null.</summary>
    public static string? SetCookie(this HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Response.Headers.SetCookie.FirstOrDefault(c => c is not null && c.StartsWith(name + "=", StringComparison.Ordinal));
    }
}
