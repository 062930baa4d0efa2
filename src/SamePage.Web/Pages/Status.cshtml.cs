using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace SamePage.Web.Pages;

/// <summary>A kind page for every error status, so nobody meets a blank or technical screen.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet([FromRoute] int code) => Describe(code);

    /// <summary>
    /// A POST is re-executed here with the body it came with. Nothing is bound from it, so a form that
    /// cannot be read (a NUL in a value, a broken multipart body) still gets the explanation of its status.
    /// </summary>
    public void OnPost() =>
        Describe(int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => (l["We couldn't find that page"], l["The link may be out of date, or the page may belong to a circle you are not part of."]),
            400 => (l["That form had expired"], l["For your safety, forms only work for a while and only from this site. Go back, reload the page and try again; what you typed is usually still there."]),
            429 => (l["Let's take a short break"], l["There were many attempts in a short time, so we paused this for a moment to keep accounts safe. Please wait a minute and try again. If you were writing something, go back: what you typed is usually still in the form."]),
            _ => (l["Something went wrong"], l["This didn't work as it should. Nothing you saved has been lost. Please try again in a moment."]),
        };
    }
}
