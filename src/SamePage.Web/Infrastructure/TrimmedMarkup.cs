using System.Buffers;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// Pages go out without the templates' indentation: in an HTML response, the spaces, tabs and blank
/// lines after a line break are dropped (the line break stays, so words never run together), except
/// inside <c>pre</c>, <c>textarea</c>, <c>script</c> and <c>style</c>, whose text is kept byte for byte.
/// Text a person wrote never loses anything: Razor encodes the line breaks in it (<c>&amp;#xA;</c>), so
/// only the templates' own line breaks are literal. The page is held in a pooled buffer until it is
/// complete, then trimmed in place and written once, so compression (outside this) still chooses its
/// encoding after the page has run, and <see cref="PageCompression.ShowsSecret"/> is always in time.
/// Anything else (files, JSON, downloads) streams through untouched.
/// </summary>
public static class TrimmedMarkup
{
    public static IApplicationBuilder UseTrimmedMarkup(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var original = context.Response.Body;
        using var trimming = new TrimmingStream(context.Response, original);
        context.Response.Body = trimming;
        try
        {
            await next(context);
            await trimming.FinishAsync(context.RequestAborted);
        }
        finally
        {
            context.Response.Body = original;
        }
    });

    /// <summary>Drops the indentation after each line break, outside raw-text elements; returns the new length (trimmed in place).</summary>
    public static int Trim(Span<byte> html)
    {
        var written = 0;
        var raw = ReadOnlySpan<byte>.Empty; // the closing tag being waited for, inside a raw-text element
        var i = 0;
        while (i < html.Length)
        {
            // Straight to the next byte that matters (a vectorised search, then one move of the run
            // before it): a '<' always, a line break only outside raw text.
            var rest = html[i..];
            var next = raw.IsEmpty ? rest.IndexOfAny((byte)'<', (byte)'\n') : rest.IndexOf((byte)'<');
            if (next < 0)
            {
                rest.CopyTo(html[written..]);
                written += rest.Length;
                break;
            }

            if (next > 0)
            {
                if (written != i)
                {
                    rest[..next].CopyTo(html[written..]);
                }

                written += next;
                i += next;
            }

            var b = html[i];
            if (b == (byte)'<')
            {
                if (!raw.IsEmpty)
                {
                    if (StartsTag(html[i..], raw))
                    {
                        raw = ReadOnlySpan<byte>.Empty;
                    }
                }
                else
                {
                    raw = OpeningRaw(html[i..]);
                }

                html[written++] = b;
                i++;
                continue;
            }

            // A line break outside raw text: kept, and the indentation and blank lines after it dropped.
            html[written++] = b;
            i++;
            while (i < html.Length && html[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }
        }

        return written;
    }

    private static ReadOnlySpan<byte> OpeningRaw(ReadOnlySpan<byte> at) =>
        StartsTag(at, "<pre"u8) ? "</pre"u8
        : StartsTag(at, "<textarea"u8) ? "</textarea"u8
        : StartsTag(at, "<script"u8) ? "</script"u8
        : StartsTag(at, "<style"u8) ? "</style"u8
        : ReadOnlySpan<byte>.Empty;

    /// <summary>The text starts with this tag name (any case), followed by the end of the name.</summary>
    private static bool StartsTag(ReadOnlySpan<byte> at, ReadOnlySpan<byte> tag)
    {
        if (at.Length <= tag.Length)
        {
            return false;
        }

        for (var k = 0; k < tag.Length; k++)
        {
            if ((at[k] | 0x20) != (tag[k] | 0x20))
            {
                return false;
            }
        }

        return at[tag.Length] is (byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'/';
    }

    /// <summary>Holds an HTML page until it is complete; passes anything else straight on.</summary>
    private sealed class TrimmingStream(HttpResponse response, Stream inner) : Stream
    {
        private byte[]? _buffer;
        private int _length;
        private bool? _html;

        private bool IsHtml => _html ??= response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

        public async Task FinishAsync(CancellationToken cancellationToken)
        {
            if (_buffer is null)
            {
                return;
            }

            var length = Trim(_buffer.AsSpan(0, _length));
            if (response.ContentLength is not null)
            {
                response.ContentLength = length;
            }

            var buffer = _buffer;
            _buffer = null;
            try
            {
                await inner.WriteAsync(buffer.AsMemory(0, length), cancellationToken);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void Hold(ReadOnlySpan<byte> bytes)
        {
            if (_buffer is null || _length + bytes.Length > _buffer.Length)
            {
                var grown = ArrayPool<byte>.Shared.Rent(Math.Max(64 * 1024, (_length + bytes.Length) * 2));
                if (_buffer is not null)
                {
                    _buffer.AsSpan(0, _length).CopyTo(grown);
                    ArrayPool<byte>.Shared.Return(_buffer);
                }

                _buffer = grown;
            }

            bytes.CopyTo(_buffer.AsSpan(_length));
            _length += bytes.Length;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (IsHtml)
            {
                Hold(buffer);
            }
            else
            {
                inner.Write(buffer);
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (IsHtml)
            {
                Hold(buffer.Span);
                return ValueTask.CompletedTask;
            }

            return inner.WriteAsync(buffer, cancellationToken);
        }

        // A page's flushes wait for the whole page; anything else flushes as it asks.
        public override void Flush()
        {
            if (response.ContentType is null || !IsHtml)
            {
                inner.Flush();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) =>
            response.ContentType is null || !IsHtml ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

        protected override void Dispose(bool disposing)
        {
            if (_buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = null;
            }

            base.Dispose(disposing);
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
