using SamePage.Core.Safety;

namespace SamePage.Core.Tests.Safety;

/// <summary>How the screener reads a text: case, apostrophes, marks, sentences and pauses.</summary>
public class ScreeningTextTests
{
    private static string[][] Read(string text) => [.. ScreeningText.Sentences(text).Select(s => s.Words.ToArray())];

    [Theory]
    [InlineData("Don't", "dont")]
    [InlineData("Don’t", "dont")]
    [InlineData("DONʼT", "dont")]
    [InlineData("dont", "dont")]
    [InlineData("your mum's", "your mums")]
    [InlineData("girls' night", "girls night")]
    [InlineData("check-in", "check in")]
    [InlineData("24/7", "24 7")]
    [InlineData("ＦＵＬＬＷＩＤＴＨ", "fullwidth")]
    [InlineData("Zoë", "zoë")]
    public void Words_are_folded_so_rules_and_clauses_meet_on_equal_terms(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', ScreeningText.Words(text)));

    [Theory]
    [InlineData("L’argent d'un ami", Apostrophes.Split, "l argent d un ami")]
    [InlineData("L’argent d'un ami", Apostrophes.Join, "largent dun ami")]
    [InlineData("don't", Apostrophes.Split, "don t")]
    public void Apostrophes_join_or_split_words_as_the_language_needs(string text, Apostrophes apostrophes, string expected) =>
        Assert.Equal(expected, string.Join(' ', ScreeningText.Words(text, apostrophes)));

    [Fact]
    public void Sentences_end_at_stops_semicolons_colons_and_line_breaks()
    {
        var sentences = Read("One two. Three! Four? Five; six: seven\neight");

        Assert.Equal(["one two", "three", "four", "five", "six", "seven", "eight"], sentences.Select(s => string.Join(' ', s)));
    }

    [Fact]
    public void A_full_stop_inside_a_word_does_not_end_the_sentence()
    {
        var sentences = Read("See thehotline.org at 1.5 pm");

        Assert.Single(sentences);
    }

    [Fact]
    public void Commas_and_dashes_are_pauses_within_a_sentence()
    {
        var sentence = Assert.Single(ScreeningText.Sentences("If you don't answer, I'll leave — for good"));

        Assert.Equal(["if", "you", "dont", "answer", "ill", "leave", "for", "good"], sentence.Words);
        Assert.Equal([4, 6], sentence.Pauses.Order());
        Assert.True(sentence.PauseBetween(3, 4));
        Assert.False(sentence.PauseBetween(0, 3));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ... !!! ")]
    public void Nothing_to_read_gives_no_sentences(string? text) => Assert.Empty(ScreeningText.Sentences(text));
}
