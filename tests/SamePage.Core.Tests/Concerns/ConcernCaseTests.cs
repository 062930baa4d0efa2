using SamePage.Core.Concerns;

namespace SamePage.Core.Tests.Concerns;

/// <summary>Issue 6: a concern goes draft → shared → responded → closed, and only the people involved take part.</summary>
public class ConcernCaseTests
{
    private static readonly Guid Alex = Guid.NewGuid();
    private static readonly Guid Sam = Guid.NewGuid();
    private static readonly Guid Kit = Guid.NewGuid();
    private static readonly IReadOnlySet<Guid> Circle = new HashSet<Guid> { Alex, Sam, Kit };

    private static readonly ConcernDraft Written = new("You came home at 2am without a message.", "Worried, then shut out.", null, "A text when plans change.");

    [Fact]
    public void A_draft_is_seen_and_edited_by_its_author_alone()
    {
        var concern = ConcernCase.NewDraft(Alex);

        Assert.Equal(ConcernStage.Draft, concern.Stage);
        Assert.True(concern.IsInvolved(Alex));
        Assert.False(concern.IsInvolved(Sam));
        Assert.Equal(EditOutcome.Allowed, concern.CanEdit(Alex));
        Assert.Equal(EditOutcome.NotFound, concern.CanEdit(Sam));
        Assert.Equal(RespondOutcome.NotShared, concern.CanRespond(Alex));
        Assert.Equal(RespondOutcome.NotFound, concern.CanRespond(Sam));
        Assert.Equal(CloseOutcome.NotShared, concern.Close(Alex, ConcernOutcome.Recommitted));
        Assert.Equal(CloseOutcome.NotFound, concern.Close(Sam, ConcernOutcome.Recommitted));
    }

    [Fact]
    public void The_full_life_of_a_concern_draft_shared_responded_closed()
    {
        var concern = ConcernCase.NewDraft(Alex);

        Assert.Equal(ShareOutcome.Shared, concern.Share(Alex, [Sam], Circle, Written));
        Assert.Equal(ConcernStage.Shared, concern.Stage);
        Assert.Equal([Sam], concern.Recipients);

        Assert.Equal(RespondOutcome.Allowed, concern.Respond(Alex)); // the author can add to it...
        Assert.Equal(ConcernStage.Shared, concern.Stage); // ...but that isn't a reply
        Assert.Equal(RespondOutcome.Allowed, concern.Respond(Sam));
        Assert.Equal(ConcernStage.Responded, concern.Stage);

        Assert.Equal(CloseOutcome.Closed, concern.Close(Sam, ConcernOutcome.AgreementAmended));
        Assert.Equal(ConcernStage.Closed, concern.Stage);
        Assert.Equal(ConcernOutcome.AgreementAmended, concern.Outcome);
        Assert.Equal(CloseOutcome.AlreadyClosed, concern.Close(Alex, ConcernOutcome.PartingWays));
        Assert.Equal(ConcernOutcome.AgreementAmended, concern.Outcome);
        Assert.Equal(RespondOutcome.Closed, concern.CanRespond(Sam));
    }

    [Fact]
    public void In_a_circle_of_three_the_member_not_chosen_is_never_involved()
    {
        var concern = ConcernCase.NewDraft(Alex);
        concern.Share(Alex, [Sam], Circle, Written);

        Assert.False(concern.IsInvolved(Kit));
        Assert.Equal(EditOutcome.NotFound, concern.CanEdit(Kit));
        Assert.Equal(RespondOutcome.NotFound, concern.Respond(Kit));
        Assert.Equal(CloseOutcome.NotFound, concern.Close(Kit, ConcernOutcome.Recommitted));
        Assert.Equal(ConcernStage.Shared, concern.Stage);
        Assert.Null(concern.Outcome);
    }

    [Fact]
    public void Only_the_author_shares_and_only_once()
    {
        var concern = ConcernCase.NewDraft(Alex);
        Assert.Equal(ShareOutcome.NotFound, concern.Share(Sam, [Kit], Circle, Written));

        Assert.Equal(ShareOutcome.Shared, concern.Share(Alex, [Sam], Circle, Written));

        Assert.Equal(ShareOutcome.AlreadyShared, concern.Share(Alex, [Kit], Circle, Written));
        Assert.Equal(ShareOutcome.NotTheAuthor, concern.Share(Sam, [Kit], Circle, Written));
        Assert.Equal(EditOutcome.AlreadyShared, concern.CanEdit(Alex));
        Assert.Equal(EditOutcome.NotTheAuthor, concern.CanEdit(Sam));
        Assert.Equal([Sam], concern.Recipients);
    }

    [Fact]
    public void Sharing_needs_someone_else_in_the_circle_and_something_noticed()
    {
        var stranger = Guid.NewGuid();
        var concern = ConcernCase.NewDraft(Alex);

        Assert.Equal(ShareOutcome.NobodyChosen, concern.Share(Alex, [], Circle, Written));
        Assert.Equal(ShareOutcome.NotAnotherMember, concern.Share(Alex, [Sam, stranger], Circle, Written));
        Assert.Equal(ShareOutcome.NotAnotherMember, concern.Share(Alex, [Alex], Circle, Written));
        Assert.Equal(ShareOutcome.NothingNoticed, concern.Share(Alex, [Sam], Circle, Written with { Noticed = "  \n " }));
        Assert.Equal(ShareOutcome.TooLong, concern.Share(Alex, [Sam], Circle, Written with { Need = new string('n', ConcernText.MaxLength + 1) }));

        Assert.Equal(ConcernStage.Draft, concern.Stage);
        Assert.Empty(concern.Recipients);
        Assert.Equal(ShareOutcome.Shared, concern.Share(Alex, [Sam, Kit], Circle, Written));
        Assert.Equal(new[] { Kit, Sam }.Order(), concern.Recipients.Order());
    }

    [Fact]
    public void Everyone_it_was_shared_with_can_reply_and_record_the_outcome()
    {
        var concern = ConcernCase.NewDraft(Alex);
        concern.Share(Alex, [Sam, Kit], Circle, Written);

        Assert.Equal(RespondOutcome.Allowed, concern.CanRespond(Kit));
        Assert.Equal(CloseOutcome.Closed, concern.Close(Kit, ConcernOutcome.MisunderstandingClearedUp));
    }

    [Fact]
    public void The_author_can_record_an_outcome_before_anyone_replies_for_example_after_talking_in_person()
    {
        var concern = ConcernCase.NewDraft(Alex);
        concern.Share(Alex, [Sam], Circle, Written);

        Assert.Equal(CloseOutcome.Closed, concern.Close(Alex, ConcernOutcome.Recommitted));
    }

    [Fact]
    public void An_outcome_that_is_not_one_of_the_six_is_refused()
    {
        var concern = ConcernCase.NewDraft(Alex);
        concern.Share(Alex, [Sam], Circle, Written);

        Assert.Equal(CloseOutcome.UnknownOutcome, concern.Close(Sam, (ConcernOutcome)42));
        Assert.Equal(ConcernStage.Shared, concern.Stage);
    }

    [Theory]
    [InlineData(false, 0, null, ConcernStage.Draft)]
    [InlineData(true, 0, null, ConcernStage.Shared)]
    [InlineData(true, 2, null, ConcernStage.Responded)]
    [InlineData(true, 0, ConcernOutcome.TakingABreak, ConcernStage.Closed)]
    [InlineData(true, 3, ConcernOutcome.PartingWays, ConcernStage.Closed)]
    public void Restoring_from_what_was_stored_gives_the_stage(bool shared, int replies, ConcernOutcome? outcome, ConcernStage stage)
    {
        var concern = ConcernCase.Restore(Alex, shared, [Sam], replies, outcome);

        Assert.Equal(stage, concern.Stage);
        Assert.Equal(shared, concern.IsInvolved(Sam));
        Assert.Equal(stage == ConcernStage.Closed ? outcome : null, concern.Outcome);
    }

    [Fact]
    public void A_restored_draft_never_counts_anyone_else_as_involved()
    {
        // Recipients stored against a draft (which the app never writes) still give nobody access.
        var concern = ConcernCase.Restore(Alex, shared: false, [Sam], 0, null);

        Assert.False(concern.IsInvolved(Sam));
        Assert.Empty(concern.Recipients);
    }

    [Fact]
    public void Once_everyone_it_was_shared_with_has_left_the_author_can_still_close_it()
    {
        var concern = ConcernCase.Restore(Alex, shared: true, [], 1, null);

        Assert.Equal(ConcernStage.Responded, concern.Stage);
        Assert.Equal(CloseOutcome.Closed, concern.Close(Alex, ConcernOutcome.PartingWays));
    }
}
