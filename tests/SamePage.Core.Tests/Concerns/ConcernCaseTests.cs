using SamePage.Core.Concerns;

namespace SamePage.Core.Tests.Concerns;

/// <summary>Issue 6: a concern goes draft → shared → responded → closed, and only the people involved take part.</summary>
public class ConcernCaseTests
{
    private static readonly Guid Alex = Guid.NewGuid();
    private static readonly Guid Sam = Guid.NewGuid();
    private static readonly Guid Kit = Guid.NewGuid();
    private static readonly IReadOnlySet<Guid> Circle = new HashSet<Guid> { Alex, Sam, Kit };

    private static readonly DateTime At = new(2026, 3, 2, 20, 0, 0, DateTimeKind.Utc);

    private static readonly ConcernDraft Written = new("You came home at 2am without a message.", "Worried, then shut out.", null, "A text when plans change.");

    /// <summary>A new draft, as the desk stores it and restores it (a concern is always restored from its row).</summary>
    private static ConcernCase Draft(Guid author) => ConcernCase.Restore(author, shared: false, [], 0, null);

    [Fact]
    public void Each_step_says_what_it_changed_and_moves_the_revision_on()
    {
        var concern = ConcernCase.Restore(Alex, shared: false, [], 0, null, revision: 3);

        var edited = concern.Edit(Alex, At);
        Assert.Equal(new ConcernChange(ConcernStage.Draft, 4, Alex, At), edited.Change);
        Assert.Null(concern.Edit(Sam, At).Change);

        var shared = concern.Share(Alex, [Sam, Kit], Circle, Written, At.AddMinutes(1));
        Assert.Equal(ShareOutcome.Shared, shared.Outcome);
        Assert.Equal((ConcernStage.Shared, 5, Alex, At.AddMinutes(1)), (shared.Change!.Stage, shared.Change.Revision, shared.Change.By, shared.Change.AtUtc));
        Assert.Equal(new[] { Kit, Sam }.Order(), shared.Change.SharedWith.Order());
        Assert.Null(shared.Change.Outcome);
        Assert.Equal(EditOutcome.AlreadyShared, concern.Edit(Alex, At).Outcome);

        var own = concern.Respond(Alex, At.AddMinutes(2));
        Assert.Equal((ConcernStage.Shared, 6), (own.Change!.Stage, own.Change.Revision));
        Assert.Empty(own.Change.SharedWith);
        var reply = concern.Respond(Sam, At.AddMinutes(3));
        Assert.Equal(new ConcernChange(ConcernStage.Responded, 7, Sam, At.AddMinutes(3)), reply.Change);

        var closed = concern.Close(Kit, ConcernOutcome.Recommitted, At.AddMinutes(4));
        Assert.Equal((ConcernStage.Closed, 8, Kit, ConcernOutcome.Recommitted), (closed.Change!.Stage, closed.Change.Revision, closed.Change.By, closed.Change.Outcome));
        Assert.Equal(8, concern.Revision);
    }

    [Fact]
    public void A_refused_step_changes_nothing()
    {
        var concern = Draft(Alex);

        Assert.False(concern.Share(Alex, [], Circle, Written, At).Changed);
        Assert.False(concern.Respond(Alex, At).Changed);
        Assert.False(concern.Close(Alex, ConcernOutcome.Recommitted, At).Changed);
        Assert.Equal(0, concern.Revision);
        Assert.Equal(ConcernStage.Draft, concern.Stage);
    }

    [Fact]
    public void A_draft_is_seen_and_edited_by_its_author_alone()
    {
        var concern = Draft(Alex);

        Assert.Equal(ConcernStage.Draft, concern.Stage);
        Assert.True(concern.IsInvolved(Alex));
        Assert.False(concern.IsInvolved(Sam));
        Assert.Equal(EditOutcome.Allowed, concern.CanEdit(Alex));
        Assert.Equal(EditOutcome.NotFound, concern.CanEdit(Sam));
        Assert.Equal(RespondOutcome.NotShared, concern.CanRespond(Alex));
        Assert.Equal(RespondOutcome.NotFound, concern.CanRespond(Sam));
        Assert.Equal(CloseOutcome.NotShared, concern.Close(Alex, ConcernOutcome.Recommitted, At).Outcome);
        Assert.Equal(CloseOutcome.NotFound, concern.Close(Sam, ConcernOutcome.Recommitted, At).Outcome);
    }

    [Fact]
    public void The_full_life_of_a_concern_draft_shared_responded_closed()
    {
        var concern = Draft(Alex);

        Assert.Equal(ShareOutcome.Shared, concern.Share(Alex, [Sam], Circle, Written, At).Outcome);
        Assert.Equal(ConcernStage.Shared, concern.Stage);
        Assert.Equal([Sam], concern.Recipients);

        Assert.Equal(RespondOutcome.Allowed, concern.Respond(Alex, At).Outcome); // the author can add to it...
        Assert.Equal(ConcernStage.Shared, concern.Stage); // ...but that isn't a reply
        Assert.Equal(RespondOutcome.Allowed, concern.Respond(Sam, At).Outcome);
        Assert.Equal(ConcernStage.Responded, concern.Stage);

        Assert.Equal(CloseOutcome.Closed, concern.Close(Sam, ConcernOutcome.AgreementAmended, At).Outcome);
        Assert.Equal(ConcernStage.Closed, concern.Stage);
        Assert.Equal(ConcernOutcome.AgreementAmended, concern.Outcome);
        Assert.Equal(CloseOutcome.AlreadyClosed, concern.Close(Alex, ConcernOutcome.PartingWays, At).Outcome);
        Assert.Equal(ConcernOutcome.AgreementAmended, concern.Outcome);
        Assert.Equal(RespondOutcome.Closed, concern.CanRespond(Sam));
    }

    [Fact]
    public void In_a_circle_of_three_the_member_not_chosen_is_never_involved()
    {
        var concern = Draft(Alex);
        concern.Share(Alex, [Sam], Circle, Written, At);

        Assert.False(concern.IsInvolved(Kit));
        Assert.Equal(EditOutcome.NotFound, concern.CanEdit(Kit));
        Assert.Equal(RespondOutcome.NotFound, concern.Respond(Kit, At).Outcome);
        Assert.Equal(CloseOutcome.NotFound, concern.Close(Kit, ConcernOutcome.Recommitted, At).Outcome);
        Assert.Equal(ConcernStage.Shared, concern.Stage);
        Assert.Null(concern.Outcome);
    }

    [Fact]
    public void Only_the_author_shares_and_only_once()
    {
        var concern = Draft(Alex);
        Assert.Equal(ShareOutcome.NotFound, concern.Share(Sam, [Kit], Circle, Written, At).Outcome);

        Assert.Equal(ShareOutcome.Shared, concern.Share(Alex, [Sam], Circle, Written, At).Outcome);

        Assert.Equal(ShareOutcome.AlreadyShared, concern.Share(Alex, [Kit], Circle, Written, At).Outcome);
        Assert.Equal(ShareOutcome.NotTheAuthor, concern.Share(Sam, [Kit], Circle, Written, At).Outcome);
        Assert.Equal(EditOutcome.AlreadyShared, concern.CanEdit(Alex));
        Assert.Equal(EditOutcome.NotTheAuthor, concern.CanEdit(Sam));
        Assert.Equal([Sam], concern.Recipients);
    }

    [Fact]
    public void Sharing_needs_someone_else_in_the_circle_and_something_noticed()
    {
        var stranger = Guid.NewGuid();
        var concern = Draft(Alex);

        Assert.Equal(ShareOutcome.NobodyChosen, concern.Share(Alex, [], Circle, Written, At).Outcome);
        Assert.Equal(ShareOutcome.NotAnotherMember, concern.Share(Alex, [Sam, stranger], Circle, Written, At).Outcome);
        Assert.Equal(ShareOutcome.NotAnotherMember, concern.Share(Alex, [Alex], Circle, Written, At).Outcome);
        Assert.Equal(ShareOutcome.NothingNoticed, concern.Share(Alex, [Sam], Circle, Written with { Noticed = "  \n " }, At).Outcome);
        Assert.Equal(ShareOutcome.TooLong, concern.Share(Alex, [Sam], Circle, Written with { Need = new string('n', ConcernText.MaxLength + 1) }, At).Outcome);

        Assert.Equal(ConcernStage.Draft, concern.Stage);
        Assert.Empty(concern.Recipients);
        Assert.Equal(ShareOutcome.Shared, concern.Share(Alex, [Sam, Kit], Circle, Written, At).Outcome);
        Assert.Equal(new[] { Kit, Sam }.Order(), concern.Recipients.Order());
    }

    [Fact]
    public void Everyone_it_was_shared_with_can_reply_and_record_the_outcome()
    {
        var concern = Draft(Alex);
        concern.Share(Alex, [Sam, Kit], Circle, Written, At);

        Assert.Equal(RespondOutcome.Allowed, concern.CanRespond(Kit));
        Assert.Equal(CloseOutcome.Closed, concern.Close(Kit, ConcernOutcome.MisunderstandingClearedUp, At).Outcome);
    }

    [Fact]
    public void The_author_can_record_an_outcome_before_anyone_replies_for_example_after_talking_in_person()
    {
        var concern = Draft(Alex);
        concern.Share(Alex, [Sam], Circle, Written, At);

        Assert.Equal(CloseOutcome.Closed, concern.Close(Alex, ConcernOutcome.Recommitted, At).Outcome);
    }

    [Fact]
    public void An_outcome_that_is_not_one_of_the_six_is_refused()
    {
        var concern = Draft(Alex);
        concern.Share(Alex, [Sam], Circle, Written, At);

        Assert.Equal(CloseOutcome.UnknownOutcome, concern.Close(Sam, (ConcernOutcome)42, At).Outcome);
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
        Assert.Equal(CloseOutcome.Closed, concern.Close(Alex, ConcernOutcome.PartingWays, At).Outcome);
    }
}
