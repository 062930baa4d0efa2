using SamePage.Core.Concerns;

namespace SamePage.Core.Tests.Concerns;

/// <summary>Issue 6: a private self-check, its three paths and their concrete next steps.</summary>
public class SelfCheckTests
{
    private static readonly HashSet<string> Offered = ["flirting", "dating-app-profile"];

    [Fact]
    public void Each_path_ends_with_concrete_next_steps()
    {
        Assert.Equal(
            [SelfCheckStep.StopNow, SelfCheckStep.TellYourPartner, SelfCheckStep.ClarifyTheAgreement],
            SelfCheckPaths.NextSteps(SelfCheckReason.DidntRealise));
        Assert.Contains(SelfCheckStep.TalkWithYourPartner, SelfCheckPaths.NextSteps(SelfCheckReason.SeekingAttention));
        Assert.Equal(SelfCheckStep.ConsiderParting, SelfCheckPaths.NextSteps(SelfCheckReason.NoLongerInvested)[^1]);
    }

    [Fact]
    public void Every_reason_has_a_path_and_no_step_repeats_within_one()
    {
        Assert.Equal(3, SelfCheckPaths.Reasons.Count);
        Assert.All(SelfCheckPaths.Reasons, reason =>
        {
            var steps = SelfCheckPaths.NextSteps(reason);
            Assert.NotEmpty(steps);
            Assert.Equal(steps.Count, steps.Distinct().Count());
        });
    }

    [Fact]
    public void Only_the_path_of_no_longer_being_invested_leads_to_parting()
    {
        Assert.All(
            SelfCheckPaths.Reasons.Where(r => r != SelfCheckReason.NoLongerInvested),
            r => Assert.DoesNotContain(SelfCheckStep.ConsiderParting, SelfCheckPaths.NextSteps(r)));
    }

    [Fact]
    public void A_self_check_needs_a_behaviour_or_words_and_a_reason()
    {
        var blank = new SelfCheckEntry([], "  ", null, string.Empty);

        Assert.Equal([SelfCheckProblem.NothingChosen, SelfCheckProblem.NoReason], blank.Check());
        Assert.Empty(new SelfCheckEntry(["flirting"], string.Empty, SelfCheckReason.DidntRealise, string.Empty).Check());
        Assert.Empty(new SelfCheckEntry([], "Messaging an ex late at night", SelfCheckReason.SeekingAttention, string.Empty).Check());
    }

    [Fact]
    public void Over_long_words_are_named_field_by_field()
    {
        var tooLong = new string('w', ConcernText.MaxLength + 1);

        Assert.Equal([SelfCheckProblem.DoingTooLong], new SelfCheckEntry([], tooLong, SelfCheckReason.DidntRealise, string.Empty).Check());
        Assert.Equal([SelfCheckProblem.WhyTooLong], new SelfCheckEntry(["flirting"], string.Empty, SelfCheckReason.DidntRealise, tooLong).Check());
    }

    [Fact]
    public void Normalising_keeps_only_offered_behaviours_once_each_and_tidies_the_words()
    {
        var entry = new SelfCheckEntry(["flirting", "made-up", "flirting", "", "dating-app-profile"], "  Liking old photos \r\n", SelfCheckReason.SeekingAttention, " Lonely ");

        var kept = entry.Normalized(Offered.Contains);

        Assert.Equal(["flirting", "dating-app-profile"], kept.BehaviourIds);
        Assert.Equal("Liking old photos", kept.Doing);
        Assert.Equal("Lonely", kept.Why);
        Assert.Equal(SelfCheckReason.SeekingAttention, kept.Reason);
    }

    [Fact]
    public void An_unknown_reason_is_treated_as_none_chosen()
    {
        var kept = new SelfCheckEntry(["flirting"], string.Empty, (SelfCheckReason)9, string.Empty).Normalized(Offered.Contains);

        Assert.Null(kept.Reason);
        Assert.Equal([SelfCheckProblem.NoReason], kept.Check());
        Assert.Empty(kept.NextSteps);
    }
}
