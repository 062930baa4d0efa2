using SamePage.Web.Circles;

namespace SamePage.Web.Pages.Circles;

public sealed class IndexModel(CircleAccess circles) : MemberPageModel
{
    public IReadOnlyList<CircleView> Circles { get; private set; } = [];

    public async Task OnGetAsync() => Circles = await circles.ListAsync(AccountId);
}
