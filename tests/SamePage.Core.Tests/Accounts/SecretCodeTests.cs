using SamePage.Core.Accounts;

namespace SamePage.Core.Tests.Accounts;

public class SecretCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(6)]
    public void A_new_code_is_groups_of_five_from_the_alphabet_joined_by_dashes(int groups)
    {
        var code = SecretCode.Create(groups);

        var parts = code.Split('-');
        Assert.Equal(groups, parts.Length);
        Assert.All(parts, part =>
        {
            Assert.Equal(5, part.Length);
            Assert.All(part, c => Assert.Contains(c, Alphabet));
        });
    }

    [Fact]
    public void New_codes_use_the_whole_alphabet()
    {
        var seen = Enumerable.Range(0, 200).SelectMany(_ => SecretCode.Create(4)).Where(c => c != '-').ToHashSet();

        Assert.Equal(Alphabet.ToHashSet(), seen);
    }

    [Fact]
    public void A_thousand_new_codes_are_all_different()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => SecretCode.Create(4)).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Normalizing_a_new_code_gives_it_back_without_dashes()
    {
        var code = SecretCode.Create(4);

        var canonical = SecretCode.Normalize(code, 4);

        Assert.Equal(code.Replace("-", "", StringComparison.Ordinal), canonical);
        Assert.Equal(code, SecretCode.Format(canonical!));
    }

    [Theory]
    [InlineData("abcde-fghjk-mnpqr-stvwx", "ABCDEFGHJKMNPQRSTVWX")]
    [InlineData("ABCDE FGHJK MNPQR STVWX", "ABCDEFGHJKMNPQRSTVWX")]
    [InlineData(" abcdefghjkmnpqrstvwx\t", "ABCDEFGHJKMNPQRSTVWX")]
    [InlineData("OoOoO-IiIiI-LlLlL-01234", "00000111111111101234")]
    public void Typed_codes_are_forgiving_about_case_spacing_and_look_alikes(string typed, string expected)
    {
        Assert.Equal(expected, SecretCode.Normalize(typed, 4));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ABCDE-FGHJK-MNPQR-STVW")]
    [InlineData("ABCDE-FGHJK-MNPQR-STVWXY")]
    [InlineData("ABCDE-FGHJK-MNPQR-STVWU")]
    [InlineData("ABCDE-FGHJK-MNPQR-STVW!")]
    [InlineData("ABCDE_FGHJK_MNPQR_STVWX")]
    public void Something_that_cannot_be_a_code_is_refused(string? typed)
    {
        Assert.Null(SecretCode.Normalize(typed, 4));
    }

    [Fact]
    public void The_hash_of_a_code_is_stable_and_hex()
    {
        var canonical = SecretCode.Normalize(SecretCode.Create(4), 4)!;

        var hash = SecretCode.Hash(canonical);

        Assert.Equal(hash, SecretCode.Hash(canonical));
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.DoesNotContain(canonical, hash, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Different_codes_hash_differently()
    {
        Assert.NotEqual(SecretCode.Hash("ABCDEFGHJKMNPQRSTVWX"), SecretCode.Hash("ABCDEFGHJKMNPQRSTVWY"));
    }

    [Fact]
    public void A_typed_code_and_its_canonical_form_hash_alike_once_normalized()
    {
        Assert.Equal(
            SecretCode.Hash(SecretCode.Normalize("abcde fghjk mnpqr stvwo", 4)!),
            SecretCode.Hash("ABCDEFGHJKMNPQRSTVW0"));
    }
}
