using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using SamePage.Core.Accounts;
using SamePage.Core.Safety;
using SamePage.Core.Security;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Meaning;
using SamePage.Web.Accounts;
using SamePage.Web.Agreements;
using SamePage.Web.CheckIns;
using SamePage.Web.Circles;
using SamePage.Web.Concerns;
using SamePage.Web.Content;
using SamePage.Web.Infrastructure;
using SamePage.Web.Localisation;
using SamePage.Web.Push;
using SamePage.Web.Rounds;
using SamePage.Web.Safety;

namespace SamePage.Web;

public static class DependencyInjection
{
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton<ISentenceEmbedder>(MiniLmEmbedder.Shared);
        services.AddSingleton<ContentLibrary>();
        services.AddHostedService<StartupTasks>();
        services.AddSingleton(SiteSettings.From(configuration));
        services.AddSingleton(_ => ResourceDirectory.From(configuration));

        services.AddIdentityCore<Account>(options =>
            {
                options.Password.RequiredLength = PassphrasePolicy.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = string.Empty; // checked by Core's Username rules instead
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PassphraseValidator>()
            .AddClaimsPrincipalFactory<SessionClaims>()
            .AddEntityFrameworkStores<SamePageDb>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "samepage";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // made Secure by SecureCookies unless plain HTTP on this machine
            options.LoginPath = "/signin";
            options.LogoutPath = "/signout";
            options.AccessDeniedPath = "/signin";
            options.Events.OnValidatePrincipal = AccountSessions.ValidatePrincipalAsync; // the key, and the server-side session: one query
            options.Events.OnSigningOut = AccountSessions.SigningOutAsync; // signing out ends the server-side session
            SignInLifetime.Apply(options); // around it: the 8-hour idle and 12-hour absolute limits
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "samepage-form";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // as above
        });
        services.AddSecureCookies();
        services.AddStrictTransport(configuration);
        services.AddQuietLogs();
        services.AddPageCompression();

        services.AddSamePageLanguages();
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Circles");
                options.Conventions.AuthorizeFolder("/Rounds");
                options.Conventions.AuthorizeFolder("/Agreements");
                options.Conventions.AuthorizeFolder("/CheckIns");
                options.Conventions.AuthorizeFolder("/Concerns");
                options.Conventions.AuthorizeFolder("/Demo");
                options.Conventions.AddPageRoute("/Help", "resources");
            })
            .AddMvcOptions(options => options.Filters.Add<UnknownHandlerFilter>());
        services.AddSamePageRateLimits(configuration);
        services.AddSamePageHealth();
        services.AddGracefulShutdown(configuration);
        services.AddSamePageMetrics(configuration);

        services.AddTrustedProxies(configuration);
        services.AddPublicAddress(configuration);

        services.AddHttpContextAccessor();
        services.AddSingleton(new AccountKeys(KdfCost.Default));
        services.AddSingleton<IPasswordHasher<Account>>(new Argon2PasswordHasher(KdfCost.Default));
        services.AddScoped<KeyRing>();
        services.AddScoped<LegacyUpgrade>();
        services.AddScoped<SignInDesk>();
        services.AddScoped<SessionRecords>();
        services.AddSingleton<SessionCache>(); // the sign-in check, remembered per node for seconds (decision 0019)
        services.AddSingleton<EqualWork>();
        services.AddScoped<AccountWords>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CircleWords>();
        services.AddScoped<RoundWords>();
        services.AddScoped<StyleWords>();
        services.AddScoped<CircleAccess>();
        services.AddScoped<CircleInvites>();
        services.AddScoped<CircleKeyRotation>();
        services.AddScoped<CircleStanding>();
        services.AddScoped<SeenProgress>();
        services.AddScoped<PeopleWords>();
        services.AddScoped<PersonTime>();
        services.AddScoped<CircleCatalogue>();
        services.AddScoped<AgreementDraftDesk>();
        services.AddScoped<AgreementSigningDesk>();
        services.AddScoped<AgreementVersionDesk>();
        services.AddSingleton<ClauseScreenings>();
        services.AddScoped<AgreementWords>();
        services.AddScoped<RoundDesk>();
        services.AddScoped<DraftDesk>();
        services.AddSingleton<SaveTurns>(); // one person's saves of one draft queue on this node
        services.AddScoped<TalkDesk>();
        services.AddScoped<ReflectionDesk>();
        services.AddScoped<ReflectionWords>();
        services.AddScoped<SamePage.Web.SoundingBoards.SoundingBoardDesk>();
        services.AddScoped<SamePage.Web.SoundingBoards.SoundingBoardWords>();
        services.AddScoped<CheckInDesk>();
        services.AddScoped<CheckInRhythm>();
        services.AddScoped<CheckInResults>();
        services.AddScoped<CheckInWords>();
        services.AddScoped<ConcernRows>();
        services.AddScoped<ConcernDesk>();
        services.AddScoped<ConcernDraftDesk>();
        services.AddScoped<ConcernWords>();
        services.AddScoped<SelfCheckDesk>();
        services.AddScoped<SelfCheckWords>();
        services.AddScoped<PassphraseCheck>();
        services.AddScoped<AccountExport>();
        services.AddScoped<PersonalExportWords>();
        services.AddScoped<AccountDeletion>();
        services.AddScoped<SamePage.Web.Demo.DemoDesk>();
        services.AddScoped<SamePage.Web.Demo.DemoDeletion>();
        services.AddPush(configuration);
        return services;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCookiePolicy(); // after the forwarded headers: whether cookies are Secure depends on the real scheme and peer
        app.UseHostCookieNames(); // and so whether they are read by their __Host- names
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseSecurityHeaders();
        app.UseSamePageMetrics(); // off unless configured; after the forwarded headers
        app.UseResponseCompression();
        app.UseTrimmedMarkup(); // inside compression: a page is trimmed whole, then compressed
        app.UseReadableForms();
        app.UseRouting();
        app.UseAuthentication();
        app.UseSamePageLanguages(); // after authentication: the account's language is in the sign-in cookie
        app.UseRateLimiter(); // after authentication: signed-in forms count per account
        app.UseMissingKeysSignIn();
        app.UseAuthorization();
        app.MapStaticAssets(); // fingerprinted, precompressed, long-cached (docs/DESIGN-SYSTEM.md, "Assets")
        app.MapAppManifests();
        app.MapRazorPages().WithStaticAssets();
        app.MapSamePageHealth();
        return app;
    }
}
