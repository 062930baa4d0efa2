using SamePage.Core.CheckIns;
using SamePage.Core.Circles;
using SamePage.Core.Rounds;

namespace SamePage.Core.Tests.Circles;

public class NextStepTests
{
    private static readonly Guid Me = Guid.NewGuid();
    private static readonly Guid Bea = Guid.NewGuid();
    private static readonly Guid Cy = Guid.NewGuid();
    private static readonly DateOnly Later = new(2027, 1, 5);

    private static RoundState Open(Guid[] members, params Guid[] submitted) => RoundState.Restore(members, submitted, revealed: false);

    private static RoundState Revealed(params Guid[] participants) => RoundState.Restore(participants, participants, revealed: true);

    private static CircleFacts Facts(RoundState round, int members = 2) => new(Me, members, 1, round);

    private static readonly CheckInFacts NotYet = new(DueState.NotYet, null, false, Later);

    [Fact]
    public void Alone_in_a_new_circle_the_step_is_to_invite_a_partner()
    {
        var step = NextStep.For(Facts(Open([Me]), members: 1));
        Assert.Equal(StepKind.Invite, step.Kind);
    }

    [Fact]
    public void Alone_even_after_answering_the_step_is_still_to_invite()
    {
        Assert.Equal(StepKind.Invite, NextStep.For(Facts(Open([Me], Me), members: 1)).Kind);
    }

    [Fact]
    public void With_a_partner_and_nothing_answered_the_step_is_to_answer_this_round()
    {
        var step = NextStep.For(Facts(Open([Me, Bea])));
        Assert.Equal(StepKind.Answer, step.Kind);
        Assert.Equal(1, step.Number);
    }

    [Fact]
    public void After_submitting_the_step_is_to_wait_for_exactly_those_who_have_not()
    {
        var step = NextStep.For(Facts(Open([Me, Bea, Cy], Me, Cy), members: 3));
        Assert.Equal(StepKind.WaitForAnswers, step.Kind);
        Assert.Equal([Bea], step.WaitingFor);
    }

    [Fact]
    public void A_partner_who_submitted_first_does_not_change_that_it_is_my_turn()
    {
        Assert.Equal(StepKind.Answer, NextStep.For(Facts(Open([Me, Bea], Bea))).Kind);
    }

    [Fact]
    public void Once_revealed_with_no_agreement_begun_the_step_is_to_read_the_comparison()
    {
        Assert.Equal(StepKind.ReadComparison, NextStep.For(Facts(Revealed(Me, Bea))).Kind);
    }

    [Fact]
    public void With_clauses_in_the_draft_the_step_is_to_write_the_agreement()
    {
        var facts = Facts(Revealed(Me, Bea)) with { Agreement = AgreementFacts.None with { HasDraft = true } };
        Assert.Equal(StepKind.WriteAgreement, NextStep.For(facts).Kind);
    }

    [Fact]
    public void A_version_waiting_for_my_signature_comes_first()
    {
        var facts = Facts(Revealed(Me, Bea)) with { Agreement = new AgreementFacts(true, 2, [Me, Bea], 1, false) };
        Assert.Equal(StepKind.SignAgreement, NextStep.For(facts).Kind);
        Assert.Equal(2, NextStep.For(facts).Number);
    }

    [Fact]
    public void A_version_waiting_for_my_signature_comes_before_answering_a_new_round()
    {
        var facts = Facts(Open([Me, Bea])) with { Agreement = new AgreementFacts(true, 1, [Me], null, false) };
        Assert.Equal(StepKind.SignAgreement, NextStep.For(facts).Kind);
    }

    [Fact]
    public void Once_signed_the_step_is_to_wait_for_the_others_signatures()
    {
        var facts = Facts(Revealed(Me, Bea)) with { Agreement = new AgreementFacts(true, 1, [Bea], null, false) };
        var step = NextStep.For(facts);
        Assert.Equal(StepKind.WaitForSignatures, step.Kind);
        Assert.Equal([Bea], step.WaitingFor);
        Assert.Equal(1, step.Number);
    }

    [Fact]
    public void An_open_check_in_waiting_for_my_answers_is_the_step()
    {
        var facts = Facts(Revealed(Me, Bea)) with
        {
            Agreement = new AgreementFacts(true, null, [], 1, false),
            CheckIn = new CheckInFacts(DueState.Open, 3, false, null),
        };
        var step = NextStep.For(facts);
        Assert.Equal(StepKind.AnswerCheckIn, step.Kind);
        Assert.Equal(3, step.Number);
    }

    [Fact]
    public void After_answering_a_check_in_the_step_is_to_wait_for_the_others()
    {
        var facts = Facts(Revealed(Me, Bea)) with
        {
            Agreement = new AgreementFacts(true, null, [], 1, false),
            CheckIn = new CheckInFacts(DueState.Open, 3, true, null),
        };
        Assert.Equal(StepKind.WaitForCheckIns, NextStep.For(facts).Kind);
    }

    [Fact]
    public void A_review_date_that_has_come_asks_to_review_the_agreement()
    {
        var facts = Facts(Revealed(Me, Bea)) with { Agreement = new AgreementFacts(true, null, [], 1, true), CheckIn = NotYet };
        Assert.Equal(StepKind.ReviewAgreement, NextStep.For(facts).Kind);
    }

    [Fact]
    public void A_due_check_in_is_the_step_once_the_agreement_is_active()
    {
        var facts = Facts(Revealed(Me, Bea)) with
        {
            Agreement = new AgreementFacts(true, null, [], 1, false),
            CheckIn = new CheckInFacts(DueState.Due, null, false, null),
        };
        Assert.Equal(StepKind.StartCheckIn, NextStep.For(facts).Kind);
    }

    [Fact]
    public void With_nothing_due_the_step_says_when_the_next_check_in_is()
    {
        var facts = Facts(Revealed(Me, Bea)) with { Agreement = new AgreementFacts(true, null, [], 2, false), CheckIn = NotYet };
        var step = NextStep.For(facts);
        Assert.Equal(StepKind.NextCheckIn, step.Kind);
        Assert.Equal(Later, step.On);
        Assert.Equal(2, step.Number);
    }

    [Fact]
    public void A_round_revealed_before_I_joined_asks_to_start_a_new_one()
    {
        Assert.Equal(StepKind.StartNewRound, NextStep.For(Facts(Revealed(Bea, Cy), members: 3)).Kind);
    }

    [Fact]
    public void A_revealed_round_with_nobody_left_to_compare_with_asks_to_start_a_new_one()
    {
        Assert.Equal(StepKind.StartNewRound, NextStep.For(Facts(Revealed(Me))).Kind);
    }
}
