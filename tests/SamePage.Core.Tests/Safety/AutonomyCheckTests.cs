using FsCheck.Xunit;
using SamePage.Core.Catalogue;
using SamePage.Core.Safety;
using SamePage.Core.Stances;

namespace SamePage.Core.Tests.Safety;

/// <summary>Issue 5, "Autonomy answers": the note appears when anyone rates an autonomy behaviour as Hurts or Betrayal.</summary>
public class AutonomyCheckTests
{
    private static readonly BehaviourCatalogue Catalogue = new(
        [new Category("own-life", "Your own life", "Freedom."), new Category("online", "Online", "Where.")],
        [
            new Behaviour("sees-friends-alone", "own-life", "Sees friends without you", "", Autonomy: true),
            new Behaviour("sexting", "online", "Sexting", "", Autonomy: false),
        ]);

    private static Dictionary<string, Stance> Sheet(Stance friends, Stance sexting) =>
        new() { ["sees-friends-alone"] = friends, ["sexting"] = sexting };

    [Theory]
    [InlineData(Stance.Betrayal, true)]
    [InlineData(Stance.Hurts, true)]
    [InlineData(Stance.AskFirst, false)]
    [InlineData(Stance.TellMe, false)]
    [InlineData(Stance.Fine, false)]
    [InlineData(Stance.Unsure, false)]
    [InlineData(Stance.NotApplicable, false)]
    public void Only_hurt_or_betrayal_on_an_autonomy_behaviour_calls_for_the_note(Stance stance, bool expected) =>
        Assert.Equal(expected, AutonomyCheck.NeedsNote(Catalogue, [Sheet(Stance.Fine, Stance.Fine), Sheet(stance, Stance.Fine)]));

    [Fact]
    public void A_betrayal_on_an_ordinary_behaviour_does_not()
    {
        Assert.False(AutonomyCheck.NeedsNote(Catalogue, [Sheet(Stance.Fine, Stance.Betrayal), Sheet(Stance.TellMe, Stance.Betrayal)]));
        Assert.False(AutonomyCheck.NeedsNote(Catalogue, []));
    }

    [Property]
    public bool The_note_depends_on_the_answers_not_on_whose_they_are(Stance a, Stance b)
    {
        var forward = AutonomyCheck.NeedsNote(Catalogue, [Sheet(a, Stance.Fine), Sheet(b, Stance.Fine)]);
        var backward = AutonomyCheck.NeedsNote(Catalogue, [Sheet(b, Stance.Fine), Sheet(a, Stance.Fine)]);
        return forward == backward && forward == (AutonomyCheck.Calls(a) || AutonomyCheck.Calls(b));
    }
}
