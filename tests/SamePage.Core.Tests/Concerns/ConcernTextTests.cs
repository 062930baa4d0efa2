using SamePage.Core.Concerns;

namespace SamePage.Core.Tests.Concerns;

public class ConcernTextTests
{
    [Fact]
    public void Each_text_may_have_up_to_four_thousand_characters()
    {
        Assert.Equal(4000, ConcernText.MaxLength);
        Assert.Equal(TextProblem.None, ConcernText.Check(new string('a', 4000)));
        Assert.Equal(TextProblem.TooLong, ConcernText.Check(new string('a', 4001)));
    }

    [Fact]
    public void Characters_are_counted_as_people_count_them()
    {
        const string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467"; // one emoji, five scalar values
        Assert.Equal(1, ConcernText.Length(family));
        Assert.Equal(TextProblem.None, ConcernText.Check(string.Concat(Enumerable.Repeat(family, 3000))));
    }

    [Fact]
    public void A_few_characters_carrying_thousands_of_marks_are_too_long()
    {
        var heavy = "x" + new string('\u0301', ConcernText.MaxScalarValues);
        Assert.Equal(TextProblem.TooLong, ConcernText.Check(heavy));
    }

    [Fact]
    public void A_draft_with_nothing_written_is_empty_even_with_a_clause_chosen()
    {
        var draft = new ConcernDraft(" ", "\n", Guid.NewGuid(), string.Empty);

        Assert.True(draft.IsEmpty);
        Assert.False(draft.Check().IsFine);
        Assert.False(new ConcernDraft(string.Empty, string.Empty, null, "A call when you're late").IsEmpty);
    }

    [Fact]
    public void A_draft_check_names_each_field_over_the_limit()
    {
        var tooLong = new string('x', ConcernText.MaxLength + 1);

        var check = new ConcernDraft(tooLong, "fine", null, tooLong).Check();

        Assert.False(check.IsEmpty);
        Assert.Equal([ConcernFields.Noticed, ConcernFields.Need], check.TooLong);
    }

    [Fact]
    public void Normalising_a_draft_tidies_every_text_and_keeps_the_clause()
    {
        var clause = Guid.NewGuid();

        var draft = new ConcernDraft("  noticed\r\n", "\tfelt ", clause, "need\u0007").Normalized();

        Assert.Equal(new ConcernDraft("noticed", "felt", clause, "need"), draft);
    }

    [Fact]
    public void Only_the_agreement_and_parting_outcomes_lead_somewhere_else()
    {
        Assert.Equal([OutcomeFollowUp.AmendTheAgreement], ConcernOutcomes.FollowUps(ConcernOutcome.AgreementAmended));
        Assert.Equal([OutcomeFollowUp.FindSupport], ConcernOutcomes.FollowUps(ConcernOutcome.GettingSupport));
        Assert.Contains(OutcomeFollowUp.PartingPath, ConcernOutcomes.FollowUps(ConcernOutcome.PartingWays));
        Assert.Contains(OutcomeFollowUp.FindSupport, ConcernOutcomes.FollowUps(ConcernOutcome.PartingWays));
        Assert.Empty(ConcernOutcomes.FollowUps(ConcernOutcome.MisunderstandingClearedUp));
        Assert.Equal(6, ConcernOutcomes.All.Count);
    }
}
