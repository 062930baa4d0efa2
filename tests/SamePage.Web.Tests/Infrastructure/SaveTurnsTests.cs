using SamePage.Web.Infrastructure;

namespace SamePage.Web.Tests.Infrastructure;

/// <summary>Saves of one draft on a node wait for each other; saves of different drafts never do.</summary>
public sealed class SaveTurnsTests
{
    [Fact]
    public async Task A_second_save_of_the_same_draft_waits_until_the_first_is_done()
    {
        var turns = new SaveTurns();
        var (round, member) = (Guid.NewGuid(), Guid.NewGuid());

        var first = await turns.TakeAsync(round, member);
        var second = turns.TakeAsync(round, member);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
        Assert.Equal(0, turns.Count);
    }

    [Fact]
    public async Task Saves_of_different_drafts_do_not_wait_for_each_other()
    {
        var turns = new SaveTurns();
        var round = Guid.NewGuid();

        using var one = await turns.TakeAsync(round, Guid.NewGuid());
        var other = turns.TakeAsync(round, Guid.NewGuid());
        Assert.True(other.IsCompleted);
        (await other).Dispose();
    }

    [Fact]
    public async Task A_save_that_gives_up_waiting_leaves_no_turn_behind()
    {
        var turns = new SaveTurns();
        var (round, member) = (Guid.NewGuid(), Guid.NewGuid());
        using var cancel = new CancellationTokenSource();

        var first = await turns.TakeAsync(round, member);
        var waiting = turns.TakeAsync(round, member, cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        first.Dispose();
        Assert.Equal(0, turns.Count);
        (await turns.TakeAsync(round, member)).Dispose();
    }
}
