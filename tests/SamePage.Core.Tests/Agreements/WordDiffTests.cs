using SamePage.Core.Agreements;
using static SamePage.Core.Agreements.DiffSegmentKind;

namespace SamePage.Core.Tests.Agreements;

public class WordDiffTests
{
    private static (DiffSegmentKind, string)[] Diff(string before, string after) =>
        [.. WordDiff.Between(before, after).Select(s => (s.Kind, s.Text))];

    [Fact]
    public void A_replaced_word_is_deleted_then_inserted_between_the_words_that_stayed()
    {
        Assert.Equal(
            [(Same, "We tell each other "), (Deleted, "after"), (Inserted, "before"), (Same, " we meet an ex.")],
            Diff("We tell each other after we meet an ex.", "We tell each other before we meet an ex."));
    }

    [Fact]
    public void Added_and_removed_words_keep_the_spaces_around_them()
    {
        Assert.Equal(
            [(Same, "Tell me "), (Inserted, "first "), (Same, "about it")],
            Diff("Tell me about it", "Tell me first about it"));
        Assert.Equal(
            [(Same, "Tell me "), (Deleted, "first "), (Same, "about it")],
            Diff("Tell me first about it", "Tell me about it"));
    }

    [Fact]
    public void Neighbouring_replaced_words_read_as_one_replacement()
    {
        Assert.Equal(
            [(Deleted, "the cat"), (Inserted, "a dog"), (Same, " sat")],
            Diff("the cat sat", "a dog sat"));
    }

    [Fact]
    public void Punctuation_is_a_piece_of_its_own()
    {
        Assert.Equal(
            [(Same, "Ask first"), (Deleted, "."), (Inserted, "!")],
            Diff("Ask first.", "Ask first!"));
    }

    [Fact]
    public void An_apostrophe_inside_a_word_stays_with_the_word()
    {
        Assert.Equal(
            [(Deleted, "Don't"), (Inserted, "Do not"), (Same, " hide it.")],
            Diff("Don't hide it.", "Do not hide it."));
        Assert.Equal(
            [(Deleted, "Sam’s"), (Inserted, "Alex’s"), (Same, " friends")],
            Diff("Sam’s friends", "Alex’s friends"));
    }

    [Fact]
    public void An_emoji_with_a_modifier_is_never_split()
    {
        Assert.Equal(
            [(Same, "OK "), (Deleted, "👍🏽"), (Inserted, "👍🏻")],
            Diff("OK 👍🏽", "OK 👍🏻"));
    }

    [Fact]
    public void Ideographs_are_compared_one_by_one()
    {
        Assert.Equal(
            [(Deleted, "我"), (Inserted, "你"), (Same, "们的朋友")],
            Diff("我们的朋友", "你们的朋友"));
    }

    [Fact]
    public void Line_breaks_and_double_spaces_are_kept_exactly()
    {
        var before = "First line\nsecond  line";
        var after = "First line\n\nsecond line";

        var segments = WordDiff.Between(before, after);

        Assert.Equal(before, WordDiff.Before(segments));
        Assert.Equal(after, WordDiff.After(segments));
        Assert.Contains(segments, s => s.Kind == Inserted && s.Text.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_text_is_one_kept_segment_and_no_text_is_no_segment()
    {
        Assert.Equal([(Same, "We check in monthly.")], Diff("We check in monthly.", "We check in monthly."));
        Assert.Empty(WordDiff.Between(string.Empty, string.Empty));
        Assert.Equal([(Inserted, "New notes")], Diff(string.Empty, "New notes"));
        Assert.Equal([(Deleted, "Old notes")], Diff("Old notes", string.Empty));
    }

    [Fact]
    public void Case_and_whitespace_count_as_changes()
    {
        Assert.Equal([(Deleted, "ok"), (Inserted, "OK")], Diff("ok", "OK"));
        Assert.Equal([(Same, "a"), (Deleted, " "), (Inserted, "  "), (Same, "b")], Diff("a b", "a  b"));
    }
}
