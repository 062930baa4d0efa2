namespace SamePage.Web.Push;

public static class PushServices
{
    /// <summary>Optional browser notifications: the queue the desks write to, its sender, the VAPID keys.</summary>
    public static IServiceCollection AddPush(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(PushSettings.From(configuration));
        services.AddSingleton<PushOutbox>();
        services.AddSingleton<IPushNotifier>(sp => sp.GetRequiredService<PushOutbox>());
        services.AddSingleton<VapidKeys>();
        services.AddScoped<PushDesk>();
        services.AddScoped<PushWords>();
        services.AddHostedService<PushSender>();
        services.AddHttpClient(PushSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15))
            // An allowed push service must not be able to send the server on to anywhere else.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            // HttpClient's own logging writes each request's address, and a push address identifies a browser.
            .RemoveAllLoggers();
        return services;
    }
}
