using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Web.Accounts;

namespace SamePage.Web.Tests.Infrastructure;

/// <summary>How the application layer is put together (docs/ARCHITECTURE.md): the request reaches the desks only through what the page hands them.</summary>
public sealed class LayeringTests
{
    private static readonly Assembly Web = typeof(KeyRing).Assembly;

    /// <summary>
    /// The request's sign-in cookie is read in three places only, each for one thing it carries: the
    /// person's key (KeyRing), their time zone (PersonTime) and the claims a re-issued cookie keeps
    /// (SessionClaims). Desks get keys, people and times from their callers (decision 0008).
    /// </summary>
    [Fact]
    public void Only_the_classes_that_read_the_sign_in_cookie_take_the_request()
    {
        var takers = Web.GetTypes()
            .Where(t => !typeof(PageModel).IsAssignableFrom(t))
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(IHttpContextAccessor))))
            .Select(t => t.Name)
            .Order();

        Assert.Equal(["KeyRing", "PersonTime", "SessionClaims"], takers);
    }
}
