using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

[assembly: System.Resources.NeutralResourcesLanguage("en")]

namespace SamePage.Web.Localisation;

/// <summary>
/// Request localisation: each request is rendered in the reader's language, from (in order) the
/// language kept with their account, the language cookie a signed-out visitor set with the picker,
/// and their browser's Accept-Language; English when none of these names one SamePage speaks.
/// Texts are English in the pages and translated by `Resources/SharedResource.&lt;language&gt;.resx`.
/// </summary>
public static class LanguageSetup
{
    /// <summary>The picker's cookie: only the language ("c=es|uic=es"), the same for everyone who chose it.</summary>
    public const string CookieName = "samepage-language";

    public static IServiceCollection AddSamePageLanguages(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<IStringLocalizer<SharedResource>, SharedLocalizer>(); // keys that differ only in case (see there)
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = [.. Languages.Cultures];
            options.SupportedUICultures = [.. Languages.Cultures];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new AccountLanguageProvider(),
                new CookieRequestCultureProvider { CookieName = CookieName },
                new AcceptLanguageHeaderRequestCultureProvider { MaximumAcceptLanguageHeaderValuesToTry = 5 },
            ];
        });
        return services;
    }

    /// <summary>After authentication: the account's language travels in the sign-in cookie.</summary>
    public static IApplicationBuilder UseSamePageLanguages(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>Remembers a visitor's choice in this browser for a year (kept with the account too when someone is signed in).</summary>
    public static void Remember(HttpResponse response, string code)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(
            CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, Path = "/" });
    }
}
