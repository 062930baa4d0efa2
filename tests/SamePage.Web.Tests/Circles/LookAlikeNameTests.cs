using System.Net;
using AngleSharp.Html.Dom;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

/// <summary>Issue 13, item 8: a name that reads as a partner's is refused; emoji with joiners are welcome.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class LookAlikeNameTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Joining_with_a_look_alike_of_a_members_name_is_refused_kindly_and_keeps_what_was_typed(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var host = await app.SignUpAsync();
        var circle = await host.CreateCircleAsync("Us", "Anna");
        var code = await host.InviteAsync(circle);
        using var guest = await app.SignUpAsync();
        const string cyrillicA = "\u0410nna";

        var refused = await guest.JoinAsync(code, cyrillicA);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("reads just like the name of someone already in this circle", refused.Find("#display-name-error")!.TextContent);
        Assert.Equal(cyrillicA, (refused.Find("#display-name") as IHtmlInputElement)!.Value);
        await guest.JoinCircleAsync(circle, code, "Bea");
    }

    [Theory, Providers]
    public async Task Names_with_emoji_joined_by_zero_width_joiners_are_accepted(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var host = await app.SignUpAsync();
        var circle = await host.CreateCircleAsync("Us 👩‍❤️‍👩", "Sam 🏳️‍🌈");
        var code = await host.InviteAsync(circle);
        using var guest = await app.SignUpAsync();

        await guest.JoinCircleAsync(circle, code, "Kai 🧑🏽‍🤝‍🧑🏿");

        var home = await guest.GetAsync(Paths.Circle(circle));
        Assert.Contains("Sam 🏳️‍🌈", home.Text, StringComparison.Ordinal);
        Assert.Contains("Kai 🧑🏽‍🤝‍🧑🏿", home.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await guest.AddBehaviourAsync(circle, "Going to 🏳️‍🌈 parades together", TestCatalogue.Categories[0].Id)).Status);
        Assert.Equal(["Going to 🏳️‍🌈 parades together"], await host.CustomLabelsAsync(circle));
    }
}
