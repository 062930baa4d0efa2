using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SamePage.Web.Circles;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.Circles;

[EnableRateLimiting(RateLimits.Invite)]
public sealed class JoinModel(CircleAccess circles, CircleWords messages) : MemberPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    public string? CodeError { get; private set; }

    public string? DisplayNameError { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        HttpContext.ShowsSecret(); // the form carries the invite code
        if (string.IsNullOrWhiteSpace(Code))
        {
            return Page();
        }

        var (outcome, invite) = await circles.CheckInviteAsync(Code, AccountId);
        if (outcome == JoinOutcome.AlreadyMember)
        {
            return Redirect($"/circles/{invite!.CircleId}");
        }

        CodeError = messages.For(outcome);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        HttpContext.ShowsSecret();
        var result = await circles.JoinAsync(Code, AccountId, DisplayName);
        switch (result.Outcome)
        {
            case JoinOutcome.Joined:
            case JoinOutcome.AlreadyMember:
                return Redirect($"/circles/{result.CircleId}");
            case JoinOutcome.NameProblem:
                DisplayNameError = messages.For(result.NameProblem);
                return Page();
            default:
                CodeError = messages.For(result.Outcome);
                return Page();
        }
    }
}
