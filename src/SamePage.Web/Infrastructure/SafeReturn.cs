using Microsoft.AspNetCore.Mvc;

namespace SamePage.Web.Infrastructure;

/// <summary>Only ever returns to a page of SamePage itself, never to another site.</summary>
public static class SafeReturn
{
    public static string Url(string? returnUrl, IUrlHelper url) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/circles";
}
