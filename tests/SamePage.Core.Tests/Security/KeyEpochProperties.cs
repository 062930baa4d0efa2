using System.Security.Cryptography;
using FsCheck;
using FsCheck.Xunit;
using SamePage.Core.Security;

namespace SamePage.Core.Tests.Security;

/// <summary>Issue 13, item 2: envelopes name their epoch; a circle's key chain leads back, never forward; a key sent to a public key opens only for its private key.</summary>
public class KeyEpochProperties
{
    private static readonly byte[] Context = "SamePage test|row 1"u8.ToArray();

    [Property]
    public bool An_envelope_names_the_epoch_it_was_sealed_in_and_opens_to_the_same_bytes(PositiveInt epoch, byte[] plaintext)
    {
        var key = Envelope.NewKey();
        var sealedValue = Envelope.Seal(key, epoch.Get, plaintext, Context);
        return Envelope.EpochOf(sealedValue) == epoch.Get
            && sealedValue[0] == (byte)'S' && sealedValue[1] == 0x02
            && Envelope.Open(key, sealedValue, Context).AsSpan().SequenceEqual(plaintext);
    }

    [Property]
    public bool Epoch_zero_is_the_layout_from_before_epochs(byte[] plaintext)
    {
        var sealedValue = Envelope.Seal(Envelope.NewKey(), 0, plaintext, Context);
        return sealedValue[0] == (byte)'S' && sealedValue[1] == 0x01 && sealedValue.Length == 30 + plaintext.Length && Envelope.EpochOf(sealedValue) == 0;
    }

    [Property]
    public void Changing_the_epoch_a_value_names_is_noticed(PositiveInt epoch, PositiveInt other)
    {
        var key = Envelope.NewKey();
        var sealedValue = Envelope.Seal(key, epoch.Get, "my answer"u8, Context);
        var relabelled = (byte[])sealedValue.Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(relabelled.AsSpan(2), (uint)(other.Get == epoch.Get ? epoch.Get + 1 : other.Get));
        Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(key, relabelled, Context));
    }

    [Property]
    public void A_value_of_an_epoch_opens_only_with_that_epochs_key_and_context(PositiveInt epoch)
    {
        var key = Envelope.NewKey();
        var sealedValue = Envelope.Seal(key, epoch.Get, "my answer"u8, Context);
        Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(Envelope.NewKey(), sealedValue, Context));
        Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(key, sealedValue, "SamePage test|row 2"u8));
    }

    [Property(MaxTest = 30)]
    public bool The_current_key_opens_every_earlier_one_along_the_chain(Guid circle, byte length)
    {
        var epochs = 1 + (length % 8);
        var keys = Enumerable.Range(0, epochs + 1).Select(_ => Envelope.NewKey()).ToArray();
        var links = Enumerable.Range(1, epochs).ToDictionary(e => e, e => KeyChain.Link(circle, e, keys[e], keys[e - 1]));

        var earlier = KeyChain.Open(circle, epochs, keys[epochs], links);

        return earlier.Count == epochs && Enumerable.Range(0, epochs).All(e => earlier[e].AsSpan().SequenceEqual(keys[e]));
    }

    [Property(MaxTest = 30)]
    public void An_older_key_opens_nothing_newer_and_links_cannot_be_moved(Guid circle, Guid otherCircle)
    {
        var keys = Enumerable.Range(0, 3).Select(_ => Envelope.NewKey()).ToArray();
        var links = new Dictionary<int, byte[]> { [1] = KeyChain.Link(circle, 1, keys[1], keys[0]), [2] = KeyChain.Link(circle, 2, keys[2], keys[1]) };

        // Someone who left at epoch 0 or 1 holds that key: it opens no link of a later epoch.
        Assert.ThrowsAny<CryptographicException>(() => KeyChain.Open(circle, 2, keys[1], links));
        Assert.ThrowsAny<CryptographicException>(() => KeyChain.Open(circle, 1, keys[0], links));
        // A link names its circle and its epoch.
        if (otherCircle != circle)
        {
            Assert.ThrowsAny<CryptographicException>(() => KeyChain.Open(otherCircle, 2, keys[2], links));
        }

        var swapped = new Dictionary<int, byte[]> { [1] = links[2], [2] = links[2] };
        Assert.ThrowsAny<CryptographicException>(() => KeyChain.Open(circle, 2, keys[2], swapped));
        Assert.ThrowsAny<CryptographicException>(() => KeyChain.Open(circle, 2, keys[2], new Dictionary<int, byte[]> { [2] = links[2] }));
    }

    [Property(MaxTest = 30)]
    public bool A_key_sent_to_a_public_key_opens_with_its_private_key(byte[] secret, Guid circle, PositiveInt epoch, Guid account)
    {
        var (privateKey, publicKey) = PublicKeyWrap.NewKeyPair();
        var context = KeyChain.SentContext(circle, epoch.Get, account);
        var wrapped = PublicKeyWrap.Wrap(publicKey, secret, context);
        return PublicKeyWrap.IsWrap(wrapped) && !Envelope.IsEnvelope(wrapped) && PublicKeyWrap.Open(privateKey, wrapped, context).AsSpan().SequenceEqual(secret);
    }

    [Property(MaxTest = 30)]
    public void A_sent_key_opens_for_no_other_private_key_epoch_circle_or_account(Guid circle, PositiveInt epoch, Guid account)
    {
        var (privateKey, publicKey) = PublicKeyWrap.NewKeyPair();
        var (otherPrivate, _) = PublicKeyWrap.NewKeyPair();
        var wrapped = PublicKeyWrap.Wrap(publicKey, Envelope.NewKey(), KeyChain.SentContext(circle, epoch.Get, account));

        Assert.ThrowsAny<CryptographicException>(() => PublicKeyWrap.Open(otherPrivate, wrapped, KeyChain.SentContext(circle, epoch.Get, account)));
        Assert.ThrowsAny<CryptographicException>(() => PublicKeyWrap.Open(privateKey, wrapped, KeyChain.SentContext(circle, epoch.Get + 1, account)));
        Assert.ThrowsAny<CryptographicException>(() => PublicKeyWrap.Open(privateKey, wrapped, KeyChain.SentContext(Guid.NewGuid(), epoch.Get, account)));
        Assert.ThrowsAny<CryptographicException>(() => PublicKeyWrap.Open(privateKey, wrapped, KeyChain.SentContext(circle, epoch.Get, Guid.NewGuid())));
        for (var i = 2; i < wrapped.Length; i += 7)
        {
            var tampered = (byte[])wrapped.Clone();
            tampered[i] ^= 0x01;
            Assert.ThrowsAny<CryptographicException>(() => PublicKeyWrap.Open(privateKey, tampered, KeyChain.SentContext(circle, epoch.Get, account)));
        }
    }
}
