using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.Catalogue;
using SamePage.Core.Circles;
using SamePage.Core.Text;

namespace SamePage.Core.Tests.Text;

/// <summary>Issue 13, item 8: joiners inside emoji are part of the emoji; a joiner anywhere else is still hidden.</summary>
public class EmojiJoinerTests
{
    public static readonly string[] Sequences =
    [
        "🏳️‍🌈", // white flag, VS16, ZWJ, rainbow
        "👩‍❤️‍👩", // woman, ZWJ, heart, VS16, ZWJ, woman
        "🧑🏽‍🤝‍🧑🏿", // people holding hands with two skin tones
        "👨‍👩‍👧‍👦", // a family of four
        "🏴󠁧󠁢󠁳󠁣󠁴󠁿", // the flag of Scotland (tag characters)
        "🏳️‍⚧️", // transgender flag
        "❤️‍🔥", // heart on fire
        "1️⃣", // keycap
    ];

    public static TheoryData<string> SequenceData() => [.. Sequences];

    [Theory, MemberData(nameof(SequenceData))]
    public void Emoji_sequences_are_welcome_in_display_names_and_behaviour_labels(string emoji)
    {
        Assert.False(PlainText.HasInvisibleCharacters(emoji));
        Assert.Equal(DisplayNameProblem.None, CircleRules.CheckDisplayName($"Sam {emoji}", []));
        Assert.Equal(DisplayNameProblem.None, CircleRules.CheckDisplayName(emoji, []));
        Assert.Equal(CustomTextProblem.None, CustomBehaviours.CheckLabel($"Going to {emoji} parades"));
        Assert.Equal(DisplayNameProblem.None, CircleRules.CheckCircleName($"Us {emoji}"));
    }

    [Theory]
    [InlineData("\u200DSam")] // at the start
    [InlineData("Sam\u200D")] // at the end
    [InlineData("Sa\u200Dm")] // between letters
    [InlineData("🏳️\u200D")] // after an emoji with nothing to join
    [InlineData("\u200D🌈")] // before an emoji with nothing before it
    [InlineData("🏳️\u200D\u200D🌈")] // twice in a row
    [InlineData("Sam\u200D🌈")] // a letter joined to an emoji
    [InlineData("🌈\u200Da")] // an emoji joined to a letter
    [InlineData("Sam\u200B🌈")] // a zero-width space beside an emoji
    [InlineData("🌈\u202E")] // a direction override after an emoji
    [InlineData("Sam\U000E0067")] // a tag character with no flag
    public void Stray_joiners_and_other_invisible_characters_are_still_refused(string text)
    {
        Assert.True(PlainText.HasInvisibleCharacters(text));
        Assert.Equal(DisplayNameProblem.InvalidCharacters, CircleRules.CheckDisplayName(text, []));
        Assert.Equal(CustomTextProblem.InvalidCharacters, CustomBehaviours.CheckLabel(text));
    }

    private static readonly string[] Pieces = ["a", "Zoë", " ", "🌈", "🏳️", "👩", "🏽", "\u200D", "\u200B", "\u2066", "\u00AD", "\uFE0F", "❤", "\U000E0067", "\U000E007F", "🏴"];

    private static Arbitrary<string[]> Texts() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).ToArbitrary();

    [Property]
    public Property A_text_is_refused_exactly_when_a_hidden_character_is_outside_an_emoji_sequence() =>
        Prop.ForAll(Texts(), parts =>
        {
            var text = string.Concat(parts);
            var expected = Reference(text);
            Assert.Equal(expected, PlainText.HasInvisibleCharacters(text));
        });

    [Property]
    public Property Removing_every_joiner_and_tag_from_a_text_accepted_leaves_it_accepted() =>
        Prop.ForAll(Texts(), parts =>
        {
            var text = string.Concat(parts);
            if (!PlainText.HasInvisibleCharacters(text))
            {
                var stripped = new string([.. text.Where(c => c != '\u200D')]);
                Assert.False(PlainText.HasInvisibleCharacters(stripped.Replace("\U000E0067", string.Empty, StringComparison.Ordinal).Replace("\U000E007F", string.Empty, StringComparison.Ordinal)));
            }
        });

    /// <summary>The rule said another way, over the pieces above: a joiner needs an emoji (with its marks) before it and an emoji after it; a tag needs a flag or tag before it.</summary>
    private static bool Reference(string text)
    {
        var runes = text.EnumerateRunes().Select(r => r.Value).ToArray();
        bool IsPictograph(int v) => v is 0x1F308 or 0x1F3F3 or 0x1F469 or 0x2764 or 0x1F3F4;
        bool IsMark(int v) => v is 0xFE0F or 0x1F3FD;
        for (var i = 0; i < runes.Length; i++)
        {
            var v = runes[i];
            if (v is 0x200B or 0x2066 or 0xAD)
            {
                return true;
            }

            if (v is 0x200D or 0xE0067 or 0xE007F)
            {
                var j = i - 1;
                while (j >= 0 && (IsMark(runes[j]) || runes[j] is 0xE0067 or 0xE007F))
                {
                    j--;
                }

                if (j < 0 || !IsPictograph(runes[j]))
                {
                    return true;
                }

                if (v == 0x200D && (i + 1 >= runes.Length || !IsPictograph(runes[i + 1])))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
