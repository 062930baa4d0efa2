using System.IO.Compression;
using System.Net;
using SamePage.Core.Reflections;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Infrastructure;

/// <summary>
/// Pages go out compressed to a browser that accepts it, over HTTPS too; a page that shows a recovery
/// code or an invite code goes out as it is, so its length says nothing about the secret (BREACH).
/// </summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class PageCompressionTests(SharedApps apps)
{
    private static readonly Uri Https = new("https://localhost");

    [Fact]
    public async Task Pages_are_compressed_but_pages_with_a_recovery_or_invite_code_or_private_drafts_beside_shared_text_are_not()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var browser = new AcceptsCompression();
        using var person = app.NewPerson(Https, browser);

        await person.GetAsync("/signin");
        Assert.Equal("br", browser.EncodingOf("/signin"));

        var signedUp = await person.SignUpAsync(Names.Username(), Names.Passphrase());
        Assert.NotNull(signedUp.Find("[data-recovery-code]"));
        Assert.Null(browser.EncodingOf("/signup"));

        var circle = await person.CreateCircleAsync();
        await person.InviteAsync(circle);
        Assert.Null(browser.EncodingOf(Paths.Invite(circle)));

        await person.GetAsync($"/circles/{circle}");
        Assert.Equal("br", browser.EncodingOf($"/circles/{circle}"));

        // The concerns list shows the start of private drafts beside text other members shared.
        await person.GetAsync(Paths.Concerns(circle));
        Assert.Null(browser.EncodingOf(Paths.Concerns(circle)));
    }

    [Fact]
    public async Task Joining_and_sounding_board_pages_go_out_uncompressed_and_form_tokens_never_repeat()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var browser = new AcceptsCompression();
        using var person = app.NewPerson(Https, browser);
        await person.SignUpAsync(Names.Username(), Names.Passphrase());

        // The join page puts the code from its address into its form, and echoes it back on an error.
        var join = await person.GetAsync("/join?code=NOT-A-REAL-CODE");
        Assert.Equal("NOT-A-REAL-CODE", join.Find("#code")!.GetAttribute("value"));
        Assert.Null(browser.EncodingOf("/join"));
        var refused = await person.JoinAsync("NOT-A-REAL-CODE");
        Assert.NotNull(refused.Find("#join-error"));
        Assert.Null(browser.EncodingOf("/join"));

        // A sounding-board link is shown once, and the supporter's page shows private words.
        var circle = await person.CreateCircleAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        await person.WriteJournalAsync(circle, 1, (ReflectionPrompts.FeelingSecure, $"A lantern by the door {tag}."));
        var path = await person.SoundingLinkAsync([tag]);
        Assert.Null(browser.EncodingOf(Person.NewSoundingLinkPath));

        var supporterBrowser = new AcceptsCompression();
        using var supporter = app.NewPerson(Https, supporterBrowser);
        var reading = await supporter.ReadSoundingLinkAsync(path);
        Assert.Contains(tag, reading.Text);
        Assert.Null(supporterBrowser.EncodingOf("/s"));

        // Ordinary pages are compressed; the antiforgery token in them is fresh in every response, so
        // no secret repeats across responses for a reflected guess to match.
        var first = await person.GetAsync("/circles/new");
        Assert.Equal("br", browser.EncodingOf("/circles/new"));
        var second = await person.GetAsync("/circles/new");
        Assert.NotNull(Person.TokenIn(first));
        Assert.NotEqual(Person.TokenIn(first), Person.TokenIn(second));
    }

    /// <summary>A browser that asks for Brotli or gzip, notes how each page came, and unpacks it.</summary>
    private sealed class AcceptsCompression : DelegatingHandler
    {
        private readonly Dictionary<string, string?> _encodings = [];

        public string? EncodingOf(string path) => _encodings[path];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            var response = await base.SendAsync(request, cancellationToken);
            var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
            _encodings[request.RequestUri!.AbsolutePath] = encoding;
            if (encoding is not null && response.StatusCode == HttpStatusCode.OK)
            {
                var packed = await response.Content.ReadAsStreamAsync(cancellationToken);
                Stream unpacked = encoding == "br" ? new BrotliStream(packed, CompressionMode.Decompress) : new GZipStream(packed, CompressionMode.Decompress);
                var content = new StreamContent(unpacked);
                foreach (var header in response.Content.Headers.Where(h => h.Key != "Content-Encoding" && h.Key != "Content-Length"))
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                response.Content = content;
            }

            return response;
        }
    }
}
