using SamePage.Core.Safety;

namespace SamePage.Core.Tests.Safety;

/// <summary>What each part of the rule language does, on small rule files written for the test.</summary>
public class ClauseScreenerTests
{
    private const string Negation = """
        negation:
          reach: 2
          words: [don't, never, no one]
        """;

    private static ClauseScreener Screener(string words, string rules) =>
        new(ScreeningRulesParser.Parse($"{Negation}\nwords:\n{words}\nrules:\n{rules}", "test.yaml"));

    private static readonly ClauseScreener ReadsMessages = Screener(
        """
          read: [read, go through, check*]
          things: [messag*, phone]
          freely: [is fine, free to]
        """,
        """
          - id: reads-messages
            kind: monitoring
            when: [read, things]
            near: 4
            in-order: true
            negatable: [read]
            unless: [freely]
        """);

    [Theory]
    [InlineData("I read your messages.", true)]
    [InlineData("I READ YOUR MESSAGES", true)]
    [InlineData("I go through your phone.", true)]
    [InlineData("I'm checking your messaging apps.", true)] // stems: check*, messag*
    [InlineData("Your messages: I read them.", false)] // a sentence ends at ':'
    [InlineData("Messages are private, and I read books.", false)] // out of order
    [InlineData("I read, at night and alone, your messages.", false)] // more than 4 words apart
    [InlineData("We don't read each other's messages.", false)] // negated
    [InlineData("We never go through each other's phones.", false)] // negated
    [InlineData("No one needs to read your messages.", false)] // negated across two words
    [InlineData("Don't ask, I read your messages.", true)] // the comma stops the negation
    [InlineData("You're free to read my messages.", false)] // unless
    [InlineData("I read a novel. Your phone is yours.", false)] // never across sentences
    public void A_rule_needs_its_lists_in_one_sentence_in_order_near_each_other_and_not_negated(string text, bool flagged) =>
        Assert.Equal(flagged, ReadsMessages.Screen(text).Flagged);

    [Fact]
    public void A_result_names_the_kinds_in_order_and_the_rules_that_matched()
    {
        var screener = Screener(
            """
              money: [money]
              threat: [or else]
              read: [read]
            """,
            """
              - id: threat
                kind: coercion
                when: [threat]
              - id: reads
                kind: monitoring
                when: [read]
              - id: money
                kind: economic
                when: [money]
            """);

        var result = screener.Screen("Read this. Give me the money or else.");

        Assert.True(result.Flagged);
        Assert.Equal([ControlKind.Monitoring, ControlKind.Economic, ControlKind.Coercion], result.Kinds);
        Assert.Equal(["threat", "reads", "money"], result.Rules);
        Assert.Same(ScreenResult.Clear, screener.Screen("Nothing here."));
        Assert.False(ScreenResult.Clear.Flagged);
    }

    [Fact]
    public void A_lone_star_stands_for_any_one_word()
    {
        var screener = Screener(
            """
              often: [every * minutes]
            """,
            """
              - id: often
                kind: monitoring
                when: [often]
            """);

        Assert.True(screener.Screen("Text me every 30 minutes.").Flagged);
        Assert.True(screener.Screen("Text me every few minutes.").Flagged);
        Assert.False(screener.Screen("Text me every minute.").Flagged);
        Assert.False(screener.Screen("Text me every few long minutes.").Flagged);
    }

    [Fact]
    public void A_longer_phrase_wins_over_an_unless_phrase_inside_it()
    {
        var screener = Screener(
            """
              ban: [i won't let you, don't]
              friends: [friends]
              restraint: [i won't]
            """,
            """
              - id: kept-from-friends
                kind: isolation
                when: [ban, friends]
                unless: [restraint]
            """);

        Assert.True(screener.Screen("I won't let you see your friends.").Flagged);
        Assert.False(screener.Screen("I won't tell you not to see friends, and I don't mind.").Flagged);
    }

    [Fact]
    public void A_list_may_match_the_same_words_as_another_when_order_is_not_asked()
    {
        var screener = Screener(
            """
              ban: [quit]
              act: [quit, take]
              work: [job]
            """,
            """
              - id: kept-from-work
                kind: economic
                when: [ban, act, work]
            """);

        Assert.True(screener.Screen("You quit your job.").Flagged);
        Assert.Equal([ControlKind.Economic], screener.Screen("You quit your job.").Kinds);
    }

    [Fact]
    public void In_order_matching_finds_a_later_fit_when_the_first_one_fails()
    {
        var screener = Screener(
            """
              first: [send me]
              second: [photo]
            """,
            """
              - id: proof
                kind: monitoring
                when: [first, second]
                near: 4
                in-order: true
            """);

        Assert.True(screener.Screen("Photo first, then send me your photo.").Flagged);
        Assert.False(screener.Screen("Photo first, then send me nothing at all really.").Flagged);
    }
}
