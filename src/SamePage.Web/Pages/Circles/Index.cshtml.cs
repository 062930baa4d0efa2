using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Circles;

public sealed class IndexModel(CircleAccess circles, SamePage.Web.Demo.DemoDesk demos) : MemberPageModel
{
    /// <summary>Whether the content offers a demo with a sample partner.</summary>
    public bool DemoOffered => demos.IsOffered;

    public IReadOnlyList<CircleView> Circles { get; private set; } = [];

    /// <summary>Circles that moved on to a new key while this person had no key pair yet; they open once a member sends it.</summary>
    public int WaitingForKeys { get; private set; }

    public async Task OnGetAsync()
    {
        Circles = await circles.ListAsync(AccountId);
        WaitingForKeys = await circles.WaitingForKeysAsync(AccountId);
    }
}
