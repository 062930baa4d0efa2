using SamePage.Core.CheckIns;

namespace SamePage.Core.Tests.CheckIns;

public class CheckInScheduleTests
{
    private static readonly DateTime Now = new(2030, 6, 15, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Cadences_are_weekly_fortnightly_and_monthly_and_monthly_is_the_default()
    {
        Assert.Equal([7, 14, 30], CheckInSchedule.Cadences.Select(c => (int)c));
        Assert.Equal(CheckInCadence.Monthly, CheckInSchedule.DefaultCadence);
        Assert.Equal(CheckInCadence.Monthly, CheckInSchedule.FromDays(3));
        Assert.False(CheckInSchedule.TryFromDays(0, out _));
        Assert.True(CheckInSchedule.TryParse("Fortnightly", out var fortnightly));
        Assert.Equal(CheckInCadence.Fortnightly, fortnightly);
        Assert.False(CheckInSchedule.TryParse("14", out _));
        Assert.False(CheckInSchedule.TryParse("fortnightly", out _));
    }

    [Fact]
    public void With_no_check_in_yet_one_is_due_once_there_are_two_members()
    {
        Assert.Equal(new CheckInDue(DueState.NeedsPartners), CheckInSchedule.Due(null, null, false, CheckInCadence.Weekly, 1, Now));
        Assert.Equal(new CheckInDue(DueState.Due), CheckInSchedule.Due(null, null, false, CheckInCadence.Weekly, 2, Now));
    }

    [Theory]
    [InlineData(CheckInCadence.Weekly, 6, false)]
    [InlineData(CheckInCadence.Weekly, 7, true)]
    [InlineData(CheckInCadence.Fortnightly, 13, false)]
    [InlineData(CheckInCadence.Fortnightly, 14, true)]
    [InlineData(CheckInCadence.Monthly, 29, false)]
    [InlineData(CheckInCadence.Monthly, 45, true)]
    public void After_the_first_check_in_the_next_falls_due_a_full_cadence_later(CheckInCadence cadence, int daysAgo, bool due)
    {
        var opened = Now.AddDays(-daysAgo);

        var status = CheckInSchedule.Due(opened, opened, lastRevealed: true, cadence, 3, Now);

        var openedOn = DateOnly.FromDateTime(opened);
        var next = cadence == CheckInCadence.Monthly ? openedOn.AddMonths(1) : openedOn.AddDays((int)cadence);
        Assert.Equal(new CheckInDue(due ? DueState.Due : DueState.NotYet, next), status);
    }

    [Theory]
    [InlineData(-3, "2030-02-10")]
    [InlineData(0, "2030-02-10")]
    [InlineData(12, "2030-02-10")]
    [InlineData(20, "2030-03-10")]
    public void A_check_in_opened_early_or_late_counts_for_the_nearest_day_of_the_rhythm(int daysLate, string expected)
    {
        // The rhythm: the 10th of every month, since the first check-in on 10 December.
        var first = new DateTime(2029, 12, 10, 9, 0, 0, DateTimeKind.Utc);
        var opened = new DateTime(2030, 1, 10, 9, 0, 0, DateTimeKind.Utc).AddDays(daysLate);

        var status = CheckInSchedule.Due(first, opened, lastRevealed: true, CheckInCadence.Monthly, 2, opened);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), status.NextOn);
    }

    [Fact]
    public void Monthly_means_the_same_day_each_month_never_thirty_days()
    {
        var start = new DateOnly(2030, 1, 31);
        Assert.Equal(new DateOnly(2030, 2, 28), CheckInSchedule.Occurrence(start, CheckInCadence.Monthly, 1));
        Assert.Equal(new DateOnly(2030, 3, 31), CheckInSchedule.Occurrence(start, CheckInCadence.Monthly, 2));
        Assert.Equal(new DateOnly(2030, 7, 31), CheckInSchedule.NextAfter(start, CheckInCadence.Monthly, new DateOnly(2030, 6, 30)));
        Assert.Equal(new DateOnly(2030, 2, 14), CheckInSchedule.Occurrence(start, CheckInCadence.Fortnightly, 1));
    }

    [Fact]
    public void An_open_check_in_is_reported_as_open_however_long_ago_it_started()
    {
        Assert.Equal(DueState.Open, CheckInSchedule.Due(Now.AddDays(-90), Now.AddDays(-90), lastRevealed: false, CheckInCadence.Weekly, 2, Now).State);
        Assert.Equal(DueState.Open, CheckInSchedule.Due(Now, Now, lastRevealed: false, CheckInCadence.Weekly, 1, Now).State);
    }

    [Fact]
    public void After_everyone_else_left_there_is_nobody_to_check_in_with()
    {
        Assert.Equal(DueState.NeedsPartners, CheckInSchedule.Due(Now.AddDays(-90), Now.AddDays(-90), lastRevealed: true, CheckInCadence.Weekly, 1, Now).State);
    }
}
