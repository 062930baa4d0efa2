using System.Net;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>A file as the browser receives it: its bytes untouched, with the headers that name and describe it.</summary>
public sealed record Download(HttpStatusCode Status, string? ContentType, string? Charset, string? DispositionType, string? FileName, string? CacheControl, string? Location, byte[] Bytes)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Bytes);

    public override string ToString() => $"{(int)Status} {ContentType} {FileName} {Location}";
}

/// <summary>Downloading files (exports), which are bytes rather than pages.</summary>
public sealed partial class Person
{
    public async Task<Download> DownloadAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var content = response.Content.Headers;
        return new Download(
            response.StatusCode,
            content.ContentType?.MediaType,
            content.ContentType?.CharSet,
            content.ContentDisposition?.DispositionType,
            content.ContentDisposition?.FileName?.Trim('"'),
            response.Headers.CacheControl?.ToString(),
            response.Headers.Location?.OriginalString,
            bytes);
    }
}
