using SamePage.Core.Catalogue;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Agreements;

/// <summary>What the clause fields partial needs: the form, the circle's members and the groups.</summary>
public sealed record ClauseFieldsModel(ClauseForm Form, IReadOnlyList<MemberView> Members, IReadOnlyList<Category> Categories, string Prefix);
