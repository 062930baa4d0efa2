using SamePage.Web.Accounts;

namespace SamePage.Web.Pages.Accounts;

/// <summary>What the sessions card shows: the list, and after a refused try, why and what was chosen.</summary>
public sealed record SessionsCard(IReadOnlyList<SessionListed> Sessions, string? Error = null, string? Which = null);
