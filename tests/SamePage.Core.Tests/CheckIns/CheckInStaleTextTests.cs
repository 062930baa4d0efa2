using SamePage.Core.CheckIns;

namespace SamePage.Core.Tests.CheckIns;

/// <summary>Defect 8: a save from a tab opened before newer words were saved never overwrites them.</summary>
public class CheckInStaleTextTests
{
    private static readonly HashSet<Guid> None = [];

    private static CheckInAnswers Saved(string appreciation, string topics) =>
        new(new Dictionary<string, int>(), new Dictionary<Guid, ClauseFeeling>(), appreciation, topics);

    private static CheckInEdit Posted(string appreciation, string? appreciationBase, string topics = "", string? topicsBase = null) =>
        CheckInEdit.Read(new Dictionary<string, string?>(), new Dictionary<string, string?>(), appreciation, topics, None, appreciationBase, topicsBase);

    [Fact]
    public void A_stamp_is_short_stable_and_the_same_for_texts_that_tidy_alike()
    {
        Assert.Equal(CheckInText.Stamp("Thank you"), CheckInText.Stamp("Thank you"));
        Assert.Equal(CheckInText.Stamp("Thank you"), CheckInText.Stamp("Thank you\r\n"));
        Assert.NotEqual(CheckInText.Stamp("Thank you"), CheckInText.Stamp("Thank you!"));
        Assert.Matches("^[A-Za-z0-9_-]{16}$", CheckInText.Stamp("Thank you"));
    }

    [Fact]
    public void A_save_from_the_text_it_started_from_is_kept()
    {
        var current = Saved("Old words", "Topic");
        Assert.Empty(Posted("New words", CheckInText.Stamp("Old words"), "Topic", CheckInText.Stamp("Topic")).StaleTexts(current));
    }

    [Fact]
    public void A_save_started_from_older_words_is_stale_for_that_text_only()
    {
        var current = Saved("Newer words", "Topic");
        var edit = Posted("Older tab's words", CheckInText.Stamp("Old words"), "Topic", CheckInText.Stamp("Topic"));
        Assert.Equal([CheckInTextField.Appreciation], edit.StaleTexts(current));
    }

    [Fact]
    public void Posting_what_is_already_saved_is_never_stale_and_a_form_that_says_nothing_is_not_checked()
    {
        var current = Saved("Same words", "Topic");
        Assert.Empty(Posted("Same words", CheckInText.Stamp("Something older"), "Topic", CheckInText.Stamp("Topic")).StaleTexts(current));
        Assert.Empty(Posted("Anything", appreciationBase: null).StaleTexts(current));
        Assert.Empty(Posted("Anything", appreciationBase: string.Empty).StaleTexts(current));
    }
}
