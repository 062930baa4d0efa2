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
        Assert.Equal(new CheckInDue(DueState.NeedsPartners), CheckInSchedule.Due(null, false, CheckInCadence.Weekly, 1, Now));
        Assert.Equal(new CheckInDue(DueState.Due), CheckInSchedule.Due(null, false, CheckInCadence.Weekly, 2, Now));
    }

    [Theory]
    [InlineData(CheckInCadence.Weekly, 6, false)]
    [InlineData(CheckInCadence.Weekly, 7, true)]
    [InlineData(CheckInCadence.Fortnightly, 13, false)]
    [InlineData(CheckInCadence.Fortnightly, 14, true)]
    [InlineData(CheckInCadence.Monthly, 29, false)]
    [InlineData(CheckInCadence.Monthly, 45, true)]
    public void A_check_in_falls_due_a_full_cadence_after_the_last_one_opened(CheckInCadence cadence, int daysAgo, bool due)
    {
        var opened = Now.AddDays(-daysAgo);

        var status = CheckInSchedule.Due(opened, lastRevealed: true, cadence, 3, Now);

        Assert.Equal(due ? new CheckInDue(DueState.Due) : new CheckInDue(DueState.NotYet, DateOnly.FromDateTime(opened.AddDays((int)cadence))), status);
    }

    [Fact]
    public void An_open_check_in_is_reported_as_open_however_long_ago_it_started()
    {
        Assert.Equal(DueState.Open, CheckInSchedule.Due(Now.AddDays(-90), lastRevealed: false, CheckInCadence.Weekly, 2, Now).State);
        Assert.Equal(DueState.Open, CheckInSchedule.Due(Now, lastRevealed: false, CheckInCadence.Weekly, 1, Now).State);
    }

    [Fact]
    public void After_everyone_else_left_there_is_nobody_to_check_in_with()
    {
        Assert.Equal(DueState.NeedsPartners, CheckInSchedule.Due(Now.AddDays(-90), lastRevealed: true, CheckInCadence.Weekly, 1, Now).State);
    }
}
