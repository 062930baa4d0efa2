using SamePage.Core.Agreements;
using SamePage.Core.Catalogue;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Agreements;

/// <summary>What the clause fields partial needs: the form, the circle's members and the groups.</summary>
/// <param name="Suggested">From a comparison: an expectation marked as suggested, with none chosen until the person picks one.</param>
/// <param name="TextPlaceholder">From a comparison: an example for the clause, shown while the text is empty.</param>
public sealed record ClauseFieldsModel(
    ClauseForm Form,
    IReadOnlyList<MemberView> Members,
    IReadOnlyList<Category> Categories,
    string Prefix,
    Expectation? Suggested = null,
    string? TextPlaceholder = null);
