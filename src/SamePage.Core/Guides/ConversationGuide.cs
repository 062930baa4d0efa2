namespace SamePage.Core.Guides;

/// <summary>The kinds of difference a conversation guide is written for.</summary>
public enum GuideKind
{
    HotSpot,
    TalkAboutIt,
    Close,
    Unsure,
    BlindSpot,
}

/// <summary>Open questions and "I" openings for one kind of difference in one category.</summary>
public sealed record ConversationGuide(GuideKind Kind, string CategoryId, IReadOnlyList<string> Openings, IReadOnlyList<string> Questions);

/// <summary>The guide shown beside one difference: one opening line, chosen deterministically, and the questions.</summary>
public sealed record GuideChoice(GuideKind Kind, string Opening, IReadOnlyList<string> Questions);
