using SamePage.Core.SoundingBoards;

namespace SamePage.Core.Tests.SoundingBoards;

public class LinkTermsTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 15, 42, 7, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, true)]
    [InlineData(72, true)]
    [InlineData(336, true)]
    [InlineData(0, false)]
    [InlineData(-5, false)]
    [InlineData(337, false)]
    [InlineData(100000, false)]
    public void A_link_lasts_from_one_hour_to_fourteen_days(int hours, bool allowed)
    {
        Assert.Equal(allowed, !SoundingBoardRules.Check(1, null, hours, 5).Contains(LinkProblem.Lifetime));
    }

    [Fact]
    public void Every_offered_lifetime_is_allowed_and_the_default_is_three_days()
    {
        Assert.All(SoundingBoardRules.LifetimeChoicesHours, h => Assert.True(SoundingBoardRules.IsLifetime(TimeSpan.FromHours(h))));
        Assert.Contains((int)SoundingBoardRules.DefaultLifetime.TotalHours, SoundingBoardRules.LifetimeChoicesHours);
        Assert.Equal(TimeSpan.FromDays(3), SoundingBoardRules.DefaultLifetime);
        Assert.Throws<ArgumentOutOfRangeException>(() => LinkTerms.New(Now, TimeSpan.FromMinutes(59), 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinkTerms.New(Now, TimeSpan.FromDays(15), 5));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void A_link_opens_one_to_twenty_times(int opens, bool allowed)
    {
        Assert.Equal(allowed, !SoundingBoardRules.Check(1, null, 72, opens).Contains(LinkProblem.Opens));
        Assert.Equal(allowed, SoundingBoardRules.IsOpens(opens));
    }

    [Fact]
    public void A_link_must_show_something_and_its_name_is_short()
    {
        Assert.Equal([LinkProblem.NothingChosen], SoundingBoardRules.Check(0, "For Sam", 72, 5));
        Assert.Equal([LinkProblem.TooMuchChosen], SoundingBoardRules.Check(SoundingBoardRules.MostPieces + 1, null, 72, 5));
        Assert.Equal([LinkProblem.LabelTooLong], SoundingBoardRules.Check(1, new string('a', 81), 72, 5));
        Assert.Empty(SoundingBoardRules.Check(1, new string('a', 80), 72, 5));
        Assert.Empty(SoundingBoardRules.Check(1, "  " + string.Concat(Enumerable.Repeat("👩‍👩‍👧", 80)) + " ", 72, 5)); // people's characters, not UTF-16 units
    }

    [Fact]
    public void Each_open_is_counted_until_the_limit_and_then_the_link_has_ended()
    {
        var terms = LinkTerms.New(Now, TimeSpan.FromDays(3), 2);
        Assert.Equal(LinkStanding.Open, LinkTerms.StandingOf(terms, Now));
        terms = terms.Open(Now);
        Assert.Equal(1, terms.OpensLeft);
        terms = terms.Open(Now.AddHours(1));
        Assert.Equal(0, terms.OpensLeft);
        Assert.False(terms.CanOpen(Now.AddHours(2)));
        Assert.Equal(LinkStanding.Ended, LinkTerms.StandingOf(terms, Now.AddHours(2)));
        Assert.Throws<InvalidOperationException>(() => terms.Open(Now.AddHours(2)));
        Assert.True(terms.IsListed(Now.AddHours(2))); // its maker still sees it, and any note, until it expires
    }

    [Fact]
    public void A_link_ends_at_its_expiry_to_the_tick()
    {
        var terms = LinkTerms.New(Now, TimeSpan.FromHours(1), 5);
        Assert.True(terms.CanOpen(Now.AddHours(1).AddTicks(-1)));
        Assert.False(terms.CanOpen(Now.AddHours(1)));
        Assert.False(terms.IsListed(Now.AddHours(1)));
        Assert.Throws<InvalidOperationException>(() => terms.Open(Now.AddHours(1)));
    }

    [Fact]
    public void A_revoked_link_reads_exactly_like_an_ended_one()
    {
        // Revoking deletes the link: whoever holds its code finds nothing, and is told the same as for an expired one.
        var expired = LinkTerms.New(Now, TimeSpan.FromHours(1), 5);
        Assert.Equal(LinkTerms.StandingOf(null, Now), LinkTerms.StandingOf(expired, Now.AddDays(1)));
        Assert.Equal(LinkStanding.Ended, LinkTerms.StandingOf(null, Now));
    }

    [Fact]
    public void A_note_back_comes_only_from_someone_who_opened_it_and_only_before_it_expires()
    {
        var terms = LinkTerms.New(Now, TimeSpan.FromHours(1), 1);
        Assert.False(terms.CanTakeNote(Now));
        terms = terms.Open(Now);
        Assert.True(terms.CanTakeNote(Now.AddMinutes(5))); // the last open is the one they write from
        Assert.False(terms.CanTakeNote(Now.AddHours(1)));
    }

    [Fact]
    public void A_note_is_kept_trimmed_and_refused_when_empty_or_too_long()
    {
        Assert.Null(SoundingBoardRules.Note("   \n "));
        Assert.Null(SoundingBoardRules.Note(new string('x', SoundingBoardRules.NoteLimit + 1)));
        Assert.Equal("Thank you for trusting me.", SoundingBoardRules.Note("  Thank you for trusting me.\r\n"));
    }

    [Fact]
    public void Last_opened_is_kept_no_finer_than_the_hour()
    {
        Assert.Equal(new DateTime(2026, 12, 1, 15, 0, 0, DateTimeKind.Utc), SoundingBoardRules.OpenedMark(Now));
    }
}
