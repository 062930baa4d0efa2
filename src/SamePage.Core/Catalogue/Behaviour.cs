namespace SamePage.Core.Catalogue;

/// <summary>One behaviour partners rate, e.g. "Flirting with someone in person".</summary>
/// <param name="Id">A stable slug; answers are keyed by it, so it never changes once published.</param>
/// <param name="Autonomy">Part of a person's basic freedom; rating it as a betrayal calls for the safety layer.</param>
/// <param name="Custom">Added by the circle rather than shipped as content.</param>
public sealed record Behaviour(string Id, string CategoryId, string Label, string Clarification, bool Autonomy, bool Custom = false);

/// <summary>A group of behaviours; the questionnaire shows one category per page.</summary>
public sealed record Category(string Id, string Title, string Description);
