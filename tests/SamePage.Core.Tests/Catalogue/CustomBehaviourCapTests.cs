using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.Catalogue;

namespace SamePage.Core.Tests.Catalogue;

/// <summary>Issue 13, item 5: how many behaviours of its own a circle and a round may take.</summary>
public class CustomBehaviourCapTests
{
    [Theory]
    [InlineData(0, 0, CustomBehaviourRoom.Room)]
    [InlineData(39, 39, CustomBehaviourRoom.Room)]
    [InlineData(40, 40, CustomBehaviourRoom.RoundFull)]
    [InlineData(99, 10, CustomBehaviourRoom.Room)]
    [InlineData(100, 0, CustomBehaviourRoom.CircleFull)]
    [InlineData(100, 40, CustomBehaviourRoom.CircleFull)]
    public void The_caps_are_forty_a_round_and_a_hundred_a_circle(int inCircle, int inRound, CustomBehaviourRoom expected)
    {
        Assert.Equal(expected, CustomBehaviours.RoomFor(inCircle, inRound));
    }

    [Property]
    public Property Adding_while_there_is_room_never_takes_a_round_or_a_circle_past_its_cap() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(1, 4)).ToArbitrary(), rounds =>
        {
            // Members try to add a behaviour to these rounds, in this order; only those with room are added.
            var perRound = new Dictionary<int, int>();
            var total = 0;
            foreach (var round in rounds.Concat(Enumerable.Repeat(1, 60)))
            {
                if (CustomBehaviours.RoomFor(total, perRound.GetValueOrDefault(round)) == CustomBehaviourRoom.Room)
                {
                    perRound[round] = perRound.GetValueOrDefault(round) + 1;
                    total++;
                }
            }

            Assert.InRange(total, 0, CustomBehaviours.MaxPerCircle);
            Assert.All(perRound.Values, n => Assert.InRange(n, 1, CustomBehaviours.MaxPerRound));
            Assert.True(perRound.GetValueOrDefault(1) == CustomBehaviours.MaxPerRound || total == CustomBehaviours.MaxPerCircle, "A refusal only ever comes from a full round or a full circle.");
        });
}
