using System.Security.Cryptography;
using System.Text;
using FsCheck.Xunit;
using SamePage.Core.Security;

namespace SamePage.Core.Tests.Security;

/// <summary>Sealed values open only with their key and their context, and reveal nothing of what they hold.</summary>
public class EnvelopeTests
{
    private static readonly byte[] Context = Encoding.UTF8.GetBytes("row 1");

    [Property]
    public bool Whatever_is_sealed_opens_to_the_same_bytes(byte[] plaintext)
    {
        var key = Envelope.NewKey();
        return Envelope.Open(key, Envelope.Seal(key, plaintext, Context), Context).AsSpan().SequenceEqual(plaintext);
    }

    [Fact]
    public void Another_key_does_not_open_it()
    {
        var sealedValue = Envelope.Seal(Envelope.NewKey(), "my answer"u8, Context);
        Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(Envelope.NewKey(), sealedValue, Context));
    }

    [Fact]
    public void Another_context_does_not_open_it_so_a_value_cannot_be_moved_to_another_row()
    {
        var key = Envelope.NewKey();
        var sealedValue = Envelope.Seal(key, "my answer"u8, Context);
        Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(key, sealedValue, "row 2"u8));
    }

    [Fact]
    public void Any_changed_byte_is_noticed()
    {
        var key = Envelope.NewKey();
        var sealedValue = Envelope.Seal(key, "my answer"u8, Context);
        for (var i = 2; i < sealedValue.Length; i++)
        {
            var tampered = (byte[])sealedValue.Clone();
            tampered[i] ^= 0x01;
            Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(key, tampered, Context));
        }
    }

    [Fact]
    public void The_same_text_sealed_twice_looks_different_each_time()
    {
        var key = Envelope.NewKey();
        Assert.NotEqual(Envelope.Seal(key, "same"u8, Context), Envelope.Seal(key, "same"u8, Context));
    }

    [Fact]
    public void The_plain_text_does_not_appear_in_the_sealed_value()
    {
        var plaintext = Encoding.UTF8.GetBytes("SENTINEL-secret-words-SENTINEL");
        var sealedValue = Envelope.Seal(Envelope.NewKey(), plaintext, Context);
        Assert.Equal(-1, sealedValue.AsSpan().IndexOf(plaintext));
    }

    [Fact]
    public void Values_sealed_before_user_held_keys_are_told_apart()
    {
        Assert.True(Envelope.IsEnvelope(Envelope.Seal(Envelope.NewKey(), "x"u8, Context)));
        // Data Protection payloads start with the magic header 09 F0 C9 F0.
        Assert.False(Envelope.IsEnvelope([0x09, 0xF0, 0xC9, 0xF0, .. new byte[64]]));
        Assert.False(Envelope.IsEnvelope([]));
    }

    [Fact]
    public void A_key_of_the_wrong_size_is_refused()
    {
        Assert.ThrowsAny<CryptographicException>(() => Envelope.Seal(new byte[16], "x"u8, Context));
    }
}
