using SamePage.Core.Security;

namespace SamePage.Core.Tests.Security;

public class KeyDerivationTests
{
    private static readonly KdfCost Cheap = new(8 * 1024, 1, 1);

    [Fact]
    public void The_same_passphrase_and_salt_give_the_same_key()
    {
        var salt = KeyDerivation.NewSalt();
        Assert.Equal(KeyDerivation.FromPassphrase("three plain words", salt, Cheap), KeyDerivation.FromPassphrase("three plain words", salt, Cheap));
    }

    [Fact]
    public void Another_passphrase_salt_or_cost_gives_another_key()
    {
        var salt = KeyDerivation.NewSalt();
        var key = KeyDerivation.FromPassphrase("three plain words", salt, Cheap);
        Assert.NotEqual(key, KeyDerivation.FromPassphrase("three plain Words", salt, Cheap));
        Assert.NotEqual(key, KeyDerivation.FromPassphrase("three plain words", KeyDerivation.NewSalt(), Cheap));
        Assert.NotEqual(key, KeyDerivation.FromPassphrase("three plain words", salt, Cheap with { Passes = 2 }));
        Assert.Equal(Envelope.KeySize, key.Length);
    }

    [Fact]
    public void The_default_cost_is_at_least_what_OWASP_recommends_for_Argon2id()
    {
        Assert.True(KdfCost.Default.MemoryKib >= 19 * 1024);
        Assert.True(KdfCost.Default.Passes >= 2);
        Assert.Equal("argon2id;m=19456;t=2;p=1", KdfCost.Default.ToString());
    }

    [Theory]
    [InlineData("argon2id;m=19456;t=2;p=1")]
    [InlineData("argon2id;m=65536;t=3;p=1")]
    public void A_cost_reads_back_as_written(string text)
    {
        Assert.Equal(text, KdfCost.Parse(text).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("pbkdf2;m=1;t=1;p=1")]
    [InlineData("argon2id;m=0;t=2;p=1")]
    [InlineData("argon2id;m=-5;t=2;p=1")]
    [InlineData("argon2id;t=2;m=19456;p=1")]
    [InlineData("argon2id;m=19456;t=2")]
    public void A_malformed_cost_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => KdfCost.Parse(text));
    }

    [Fact]
    public void Codes_derive_different_keys_for_different_purposes_and_salts()
    {
        var salt = Guid.NewGuid().ToByteArray();
        var recovery = KeyDerivation.FromCode("ABCDE12345", salt, "recovery");
        Assert.Equal(recovery, KeyDerivation.FromCode("ABCDE12345", salt, "recovery"));
        Assert.NotEqual(recovery, KeyDerivation.FromCode("ABCDE12345", salt, "invite"));
        Assert.NotEqual(recovery, KeyDerivation.FromCode("ABCDE12345", Guid.NewGuid().ToByteArray(), "recovery"));
        Assert.NotEqual(recovery, KeyDerivation.FromCode("ABCDE12346", salt, "recovery"));
    }
}
