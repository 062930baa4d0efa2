using System.Security.Claims;
using SamePage.Web.Accounts;

namespace SamePage.Web.Infrastructure;

/// <summary>
/// A download's name shows in a shared Downloads folder, a browser's download list and a phone's
/// files app. In discreet mode every download SamePage offers is called "notes…" instead, so the name
/// says nothing about SamePage, agreements or check-ins.
/// </summary>
public static class DownloadNames
{
    /// <summary>What every file name starts with in discreet mode.</summary>
    public const string Neutral = "notes";

    public static bool AreNeutral(ClaimsPrincipal user) => SessionClaims.IsDiscreet(user);

    /// <param name="user">The person downloading.</param>
    /// <param name="usual">The descriptive name, e.g. <c>agreement-v3.md</c>.</param>
    /// <param name="neutral">The name in discreet mode, e.g. <c>notes-3.md</c>; it starts with <see cref="Neutral"/>.</param>
    public static string For(ClaimsPrincipal user, string usual, string neutral) => AreNeutral(user) ? neutral : usual;
}
