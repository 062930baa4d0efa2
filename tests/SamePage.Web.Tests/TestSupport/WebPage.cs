using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>One response as a browser would receive it (redirects are not followed).</summary>
public sealed partial class WebPage
{
    private static readonly HtmlParser Parser = new();
    private IHtmlDocument? _document;

    public WebPage(HttpMethod method, string url, HttpStatusCode status, HttpResponseHeaders headers, HttpContentHeaders? contentHeaders, string body)
    {
        Method = method;
        Url = url;
        Status = status;
        Headers = headers;
        ContentHeaders = contentHeaders;
        Body = body;
    }

    public HttpMethod Method { get; }

    public string Url { get; }

    public HttpStatusCode Status { get; }

    public HttpResponseHeaders Headers { get; }

    public HttpContentHeaders? ContentHeaders { get; }

    public string Body { get; }

    public string? ContentType => ContentHeaders?.ContentType?.MediaType;

    public bool IsHtml => ContentType == "text/html";

    /// <summary>Where a redirect points, as the app wrote it.</summary>
    public string? Location => Headers.Location?.OriginalString;

    public IHtmlDocument Document => _document ??= Parser.ParseDocument(Body);

    /// <summary>The visible text, with whitespace collapsed.</summary>
    public string Text => Whitespace().Replace(Document.Body?.TextContent ?? string.Empty, " ").Trim();

    public IElement? Find(string selector) => Document.QuerySelector(selector);

    public IReadOnlyList<IElement> FindAll(string selector) => [.. Document.QuerySelectorAll(selector)];

    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : ContentHeaders is not null && ContentHeaders.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : null;

    public IReadOnlyList<string> SetCookies =>
        Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    /// <summary>The page's HTML with antiforgery tokens blanked (they differ on every render), for comparing two renders.</summary>
    public string NormalizedHtml()
    {
        var copy = Parser.ParseDocument(Body);
        foreach (var token in copy.QuerySelectorAll("input[name=__RequestVerificationToken]"))
        {
            token.SetAttribute("value", string.Empty);
        }

        return copy.DocumentElement.OuterHtml;
    }

    public override string ToString() => $"{Method} {Url} → {(int)Status} {Location}";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
