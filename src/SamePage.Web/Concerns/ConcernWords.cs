using Microsoft.Extensions.Localization;
using SamePage.Core.Concerns;

namespace SamePage.Web.Concerns;

/// <summary>The words of concerns: the guided fields, stages, outcomes and where they lead, and every refusal.</summary>
public sealed class ConcernWords(IStringLocalizer<SharedResource> l)
{
    /// <summary>The field's label as its author writes it.</summary>
    public string Label(string field) => field switch
    {
        ConcernFields.Noticed => l["What I noticed"],
        ConcernFields.Felt => l["How it made me feel"],
        ConcernFields.Need => l["What I need"],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a concern field."),
    };

    public string Hint(string field) => field switch
    {
        ConcernFields.Noticed => l["The facts, as a camera would have seen them: what happened and when. Leave out guesses about why. For example, 'On Saturday you were messaging someone until 1am' rather than 'You're losing interest in me'."],
        ConcernFields.Felt => l["Try starting with 'I felt…': worried, left out, confused, hurt. A feeling isn't an accusation; it helps your partner understand why this matters."],
        ConcernFields.Need => l["Something that would help, such as a conversation, a change, or reassurance. For example, 'I'd like us to talk about what feels OK with exes.'"],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a concern field."),
    };

    /// <summary>The heading over a part of a shared concern, for the author (you) or for others (the author's name).</summary>
    public string Heading(string field, string? authorName) => (field, authorName) switch
    {
        (ConcernFields.Noticed, null) => l["What you noticed"],
        (ConcernFields.Felt, null) => l["How it made you feel"],
        (ConcernFields.Need, null) => l["What you need"],
        (ConcernFields.Noticed, _) => l["What {0} noticed", authorName],
        (ConcernFields.Felt, _) => l["How it made {0} feel", authorName],
        (ConcernFields.Need, _) => l["What {0} needs", authorName],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a concern field."),
    };

    public string Stage(ConcernStage stage, bool youAreTheAuthor) => (stage, youAreTheAuthor) switch
    {
        (ConcernStage.Draft, _) => l["Private draft"],
        (ConcernStage.Shared, true) => l["Shared, waiting for a reply"],
        (ConcernStage.Shared, false) => l["Waiting for your reply"],
        (ConcernStage.Responded, _) => l["Replied, not settled yet"],
        _ => l["Settled"],
    };

    public string Outcome(ConcernOutcome outcome) => outcome switch
    {
        ConcernOutcome.MisunderstandingClearedUp => l["A misunderstanding, cleared up"],
        ConcernOutcome.AgreementAmended => l["We're amending our agreement"],
        ConcernOutcome.Recommitted => l["We've recommitted to our agreement"],
        ConcernOutcome.GettingSupport => l["We're getting support, such as a counsellor"],
        ConcernOutcome.TakingABreak => l["We're taking a break"],
        ConcernOutcome.PartingWays => l["We're parting ways"],
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an outcome."),
    };

    public string OutcomeHint(ConcernOutcome outcome) => outcome switch
    {
        ConcernOutcome.MisunderstandingClearedUp => l["You talked, and it turned out not to be what it seemed."],
        ConcernOutcome.AgreementAmended => l["The line wasn't clear, or your needs have changed: write the change into your agreement together."],
        ConcernOutcome.Recommitted => l["The agreement still fits, and you've both chosen to keep it."],
        ConcernOutcome.GettingSupport => l["Some things are easier to untangle with a counsellor or someone you trust."],
        ConcernOutcome.TakingABreak => l["Some time and space, with care, before deciding anything."],
        ConcernOutcome.PartingWays => l["Sometimes the kindest outcome is to end things well. It isn't a failure."],
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an outcome."),
    };

    public string FollowUp(OutcomeFollowUp followUp) => followUp switch
    {
        OutcomeFollowUp.AmendTheAgreement => l["Open your agreement's draft to write the change together"],
        OutcomeFollowUp.FindSupport => l["Find counselling and confidential support"],
        OutcomeFollowUp.PartingPath => l["Read what parting ways means here, kindly and step by step"],
        _ => throw new ArgumentOutOfRangeException(nameof(followUp), followUp, "Not a follow-up."),
    };

    /// <summary>Why sharing did not happen, kindly; null when it did.</summary>
    public string? Refusal(ShareOutcome outcome) => outcome switch
    {
        ShareOutcome.Shared => (string?)null,
        ShareOutcome.NobodyChosen => l["Please choose at least one person to share it with."],
        ShareOutcome.NotAnotherMember => l["You can share a concern only with people who are in this circle now. Someone you chose may have just left; please choose again."],
        ShareOutcome.NothingNoticed => l["Please write what you noticed before you share it: that's the part your partner most needs to read."],
        ShareOutcome.TooLong => l["Part of your draft is over the limit. Please shorten it, then share it."],
        ShareOutcome.AlreadyShared => l["This concern has already been shared. It can't be shared again or with more people; you can add to it in a reply."],
        _ => l["This concern can't be shared from here."],
    };

    public string TooLong(int length, string limit) =>
        l["This is {0} characters long, over the limit of {1}. It hasn't been saved yet; your text is still here, so you can shorten it and save again.", length.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), limit];

    public static string Limit => ConcernText.MaxLength.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);
}
