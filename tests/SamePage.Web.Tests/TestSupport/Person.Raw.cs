using System.Text;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>Requests no browser would send: raw bodies, odd content types, hand-written cookie headers.</summary>
public sealed partial class Person
{
    /// <summary>Sends the request as it is (this person's cookie jar still adds its cookies), recorded like any other.</summary>
    public Task<WebPage> SendRawAsync(HttpRequestMessage request) => SendAsync(request);

    /// <summary>
    /// Posts an already percent-encoded form body, byte for byte, with this person's antiforgery token
    /// appended, so fields can carry bytes that are not valid UTF-8 (e.g. <c>%ED%A0%80</c>, a lone surrogate).
    /// </summary>
    public async Task<WebPage> PostEncodedFormAsync(string url, string encodedBody)
    {
        var token = await AntiforgeryTokenAsync();
        var body = $"{encodedBody}&{TokenField}={Uri.EscapeDataString(token)}";
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });
    }

    /// <summary>
    /// Posts the fields as multipart/form-data (as the autosave script's FormData does), with this
    /// person's antiforgery token. This reader, unlike the URL-encoded one, lets a NUL through.
    /// </summary>
    public async Task<WebPage> PostMultipartFormAsync(string url, params (string Name, string Value)[] fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append((TokenField, await AntiforgeryTokenAsync())))
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }

        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });
    }
}
