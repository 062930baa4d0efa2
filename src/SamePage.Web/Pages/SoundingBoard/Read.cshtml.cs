using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SamePage.Core.SoundingBoards;
using SamePage.Web.Infrastructure;
using SamePage.Web.SoundingBoards;

namespace SamePage.Web.Pages.SoundingBoard;

public enum ReadView
{
    Welcome,
    Reading,
    NoteForm,
    NoteSent,
    Ended,
}

/// <summary>
/// The supporter's page, for anyone holding the link; no account. Opening the address only welcomes
/// them (a link preview or a prefetch spends nothing); "Read them" is a POST that spends one open and
/// shows the copy. Every ended link (expired, used up, revoked, or never made) gets the same page. The
/// forms post back to the page's own address, so the code is never written into the page. The code
/// travels in the query string (<c>/s?code=…</c>), not the path: ASP.NET Core puts every request's path
/// into the scope of every log message of that request, and request lines with their query strings are
/// held at Warning (<c>Infrastructure/QuietLogs</c>), as for invite links.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SoundingBoard)]
public sealed class ReadModel(SoundingBoardDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public ReadView View { get; private set; }

    public SoundingBoardCopy? Copy { get; private set; }

    public bool NoteLeft { get; private set; }

    public bool NoteTooLong { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Private();
        View = await desk.StandingAsync(Code) == LinkStanding.Open ? ReadView.Welcome : ReadView.Ended;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Private();
        if (Action == "note")
        {
            if (SoundingBoardRules.Note(Note) is not { } note)
            {
                NoteTooLong = !string.IsNullOrWhiteSpace(Note);
                View = await desk.NotesAsync(Code) ? ReadView.NoteForm : ReadView.Ended; // shown again as typed
                return Page();
            }

            View = await desk.LeaveNoteAsync(Code, note) ? ReadView.NoteSent : ReadView.Ended;
            return Page();
        }

        var opened = await desk.OpenAsync(Code);
        Copy = opened.Copy;
        NoteLeft = opened.NoteLeft;
        View = Copy is null ? ReadView.Ended : ReadView.Reading;
        return Page();
    }

    /// <summary>Sent uncompressed (the page can show private words next to a secret), and never indexed.</summary>
    private void Private()
    {
        HttpContext.ShowsSecret();
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}
