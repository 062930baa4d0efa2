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
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (AcceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", AcceptLanguage);
        }

        using var response = await _client.SendAsync(request);
        return await DownloadFromAsync(response);
    }

    /// <summary>Posts a form (with this person's antiforgery token) whose answer may be a file.</summary>
    public async Task<Download> PostForDownloadAsync(string url, params (string Name, string Value)[] fields)
    {
        var token = await AntiforgeryTokenAsync();
        using var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new KeyValuePair<string, string>(TokenField, token)]);
        using var response = await _client.PostAsync(new Uri(url, UriKind.Relative), content);
        return await DownloadFromAsync(response);
    }

    private static async Task<Download> DownloadFromAsync(HttpResponseMessage response)
    {
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
