using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// Counts the bytes of every page a browser receives, as they come over the wire: compressed where the
/// app compresses the page (the browser accepts Brotli and gzip), as they are where it does not (pages
/// that show a secret, see the compression and BREACH decision record). Each browser made here records
/// into the same list; the pages arrive unpacked, so the tests read them as usual. One meter for every
/// page held to a byte budget, as <see cref="QueryBudget"/> is for SQL commands.
/// </summary>
public sealed partial class ByteBudget
{
    /// <summary>The most a page may cost on the wire: 30 KB.</summary>
    public const int PageLimit = 30 * 1024;

    private readonly List<Received> _received = [];

    /// <summary>One response: its bytes on the wire, and unpacked.</summary>
    public sealed record Received(string Method, string Path, HttpStatusCode Status, string? ContentType, string? Encoding, long Wire, long Raw)
    {
        /// <summary>The path with ids replaced, so the same page reads the same in every run ("/circles/{id}/…").</summary>
        public string Page => Ids().Replace(Path, "{id}");

        public bool IsHtmlPage => Status == HttpStatusCode.OK && ContentType == "text/html";

        public override string ToString() =>
            $"{Method} {Page}: {Wire / 1024.0:0.0} KB on the wire ({Encoding ?? "not compressed"}), {Raw / 1024.0:0.0} KB unpacked";
    }

    /// <summary>Every response received so far, in order.</summary>
    public IReadOnlyList<Received> All
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>The HTML pages received so far (200s), in order.</summary>
    public IReadOnlyList<Received> Pages => [.. All.Where(r => r.IsHtmlPage)];

    /// <summary>Someone with a browser of their own that accepts compressed pages and is metered here.</summary>
    public Person NewPerson(AppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.NewPerson(null, new Meter(this));
    }

    /// <summary>The last response for a path (as requested, query included).</summary>
    public Received Last(string path) =>
        All.LastOrDefault(r => r.Path == path) ?? throw new InvalidOperationException($"No response for {path} was metered.");

    /// <summary>Fails for every page that cost more than the limit on the wire, naming each.</summary>
    public static void WithinBudget(IEnumerable<Received> pages, int limit = PageLimit)
    {
        var over = pages.Where(p => p.Wire > limit).Select(p => p.ToString()).Distinct().ToList();
        Assert.True(over.Count == 0, $"Over {limit / 1024} KB on the wire:\n{string.Join('\n', over)}");
    }

    private void Record(Received received)
    {
        lock (_received)
        {
            _received.Add(received);
        }
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Ids();

    /// <summary>Asks for Brotli or gzip, counts the bytes that came, and hands the page on unpacked.</summary>
    private sealed class Meter(ByteBudget budget) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            var response = await base.SendAsync(request, cancellationToken);
            var wire = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
            var raw = encoding switch
            {
                null => wire,
                "br" => await UnpackAsync(new BrotliStream(new MemoryStream(wire), CompressionMode.Decompress), cancellationToken),
                "gzip" => await UnpackAsync(new GZipStream(new MemoryStream(wire), CompressionMode.Decompress), cancellationToken),
                _ => throw new InvalidOperationException($"Unexpected Content-Encoding {encoding}"),
            };

            var content = new ByteArrayContent(raw);
            foreach (var header in response.Content.Headers.Where(h => h.Key is not "Content-Encoding" and not "Content-Length"))
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = content;
            budget.Record(new Received(request.Method.Method, request.RequestUri!.PathAndQuery, response.StatusCode,
                content.Headers.ContentType?.MediaType, encoding, wire.LongLength, raw.LongLength));
            return response;
        }

        private static async Task<byte[]> UnpackAsync(Stream packed, CancellationToken cancellationToken)
        {
            await using (packed)
            {
                using var unpacked = new MemoryStream();
                await packed.CopyToAsync(unpacked, cancellationToken);
                return unpacked.ToArray();
            }
        }
    }
}
