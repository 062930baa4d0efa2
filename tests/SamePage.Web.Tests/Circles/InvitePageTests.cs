using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

/// <summary>The invite page without JavaScript: the link to select by hand, no dead buttons, the expiry said plainly.</summary>
[Collection(SharedAppForAccounts.Name)]
public sealed class InvitePageTests(SharedApps apps)
{
    [Fact]
    public async Task The_link_is_in_a_read_only_field_the_buttons_wait_for_JavaScript_and_the_last_day_is_named()
    {
        using var host = await apps.For(DatabaseProvider.Sqlite).SignUpAsync();
        var circle = await host.CreateCircleAsync();

        var page = await host.PostFormAsync(Paths.Invite(circle));

        var field = page.Find("textarea#invite-link[readonly]");
        Assert.NotNull(field);
        Assert.Contains("/join?code=", field.TextContent, StringComparison.Ordinal);
        Assert.Equal("Invite link", page.Find("label[for=invite-link]")!.TextContent.Trim());
        Assert.All(page.FindAll("button[data-copy], button[data-share]"), b => Assert.True(b.HasAttribute("hidden"), b.OuterHtml));
        Assert.Equal(2, page.FindAll("button[data-copy], button[data-share]").Count);
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"stops working on {lastDay}", page.Find("#invite-expiry")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("script[type=module][src^='/js/share.']"));
    }
}
