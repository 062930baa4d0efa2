using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SamePage.Core.SoundingBoards;
using SamePage.Web.Circles;
using SamePage.Web.Infrastructure;
using SamePage.Web.SoundingBoards;

namespace SamePage.Web.Pages.SoundingBoard;

/// <summary>
/// Making a sounding-board link: the person ticks the journal answers it shows, names it for
/// themselves, and chooses how long it lasts and how often it opens. The link is shown once, in the
/// answer to the POST (never in an address the server redirects to).
/// </summary>
[Authorize]
public sealed class NewModel(SoundingBoardDesk desk, SoundingBoardWords words) : MemberPageModel
{
    public IReadOnlyList<JournalChoice> Choices { get; private set; } = [];

    [BindProperty]
    public List<string> Chosen { get; set; } = [];

    [BindProperty]
    public string? Label { get; set; }

    [BindProperty]
    public int Hours { get; set; } = (int)SoundingBoardRules.DefaultLifetime.TotalHours;

    [BindProperty]
    public int Opens { get; set; } = SoundingBoardRules.DefaultOpens;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? Link { get; private set; }

    public DateTime? ExpiresAtUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Choices = await desk.ChoicesAsync(AccountId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var made = await desk.CreateAsync(AccountId, Chosen, Label, Hours, Opens);
        if (made.Code is null)
        {
            Problems = [.. made.Problems.Select(words.Problem)];
            Choices = await desk.ChoicesAsync(AccountId);
            return Page();
        }

        HttpContext.ShowsSecret();
        Link = $"{Request.Scheme}://{Request.Host}/s?code={made.Code}";
        ExpiresAtUtc = made.ExpiresAtUtc;
        return Page();
    }
}
