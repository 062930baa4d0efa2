using SamePage.Web.Accounts;

namespace SamePage.Web.Pages.Accounts;

/// <summary>What the sessions card shows: the list, and after a refused try, why and what was chosen.</summary>
/// <param name="OnOwnPage">On /account/sessions, under its own "Your sessions" heading (the card names itself otherwise).</param>
public sealed record SessionsCard(IReadOnlyList<SessionListed> Sessions, string? Error = null, string? Which = null, bool OnOwnPage = false);
