using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SamePage.Core.Agreements;
using SamePage.Web.Accounts;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Web.Content;
using SamePage.Web.Infrastructure;

namespace SamePage.Web.Pages.Agreements;

/// <summary>One version: its clauses and history; sign it (with the passphrase) while it is proposed; set its review date once active.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class VersionModel(
    CircleAccess circles,
    AgreementVersionDesk versions,
    AgreementSigningDesk signing,
    PassphraseCheck passphrases,
    ClauseScreenings screenings,
    ContentLibrary content,
    AgreementWords words,
    PersonTime time,
    PeopleWords people,
    IStringLocalizer<SharedResource> l)
    : AgreementPageModel(circles)
{
    public VersionView Version { get; private set; } = null!;

    public string? SignError { get; private set; }

    public string? ReviewError { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>Today where the reader lives: a review date is a day in their calendar.</summary>
    public DateOnly Today => time.Today;

    /// <summary>Some clause reads as monitoring, isolating or controlling (screened once per clause revision): a private note before signing.</summary>
    public bool NeedsControlNote => screenings.AnyFlagged(content.Screener, Version.Document.Clauses);

    public bool CanSign => Version.Status == VersionStatus.Proposed && Version.Waiting.Contains(Circle.Me.MembershipId);

    public async Task<IActionResult> OnGetAsync(Guid id, int number, string? notice)
    {
        if (!await OpenCircleAsync(id) || await versions.VersionAsync(Circle, number) is not { } version)
        {
            return NotFound();
        }

        Version = version;
        Notice = notice switch
        {
            "proposed" => l["Proposed. Everyone in the circle can now read this version and sign it."],
            "signed" => l["Thank you, you've signed this version."],
            "activated" => l["Everyone has signed: this is now your active agreement."],
            "review" => l["Review date saved."],
            _ => (string?)null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, int number, string? hash, string? passphrase)
    {
        if (!await OpenCircleAsync(id) || await versions.VersionAsync(Circle, number) is not { } version)
        {
            return NotFound();
        }

        Version = version;
        var check = await passphrases.CheckAsync(AccountId, passphrase);
        if (check != PassphraseCheckResult.Confirmed)
        {
            SignError = check == PassphraseCheckResult.Paused
                ? l["Too many tries with the wrong passphrase. For your safety, signing is paused for a few minutes."]
                : l["That passphrase doesn't match your account. Please type it again; nothing has been signed."];
            return Page();
        }

        var outcome = await signing.SignAsync(Circle, number, hash ?? string.Empty);
        switch (outcome)
        {
            case SignOutcome.SignatureAdded:
                return Redirect($"{VersionPath(number)}?notice=signed");
            case SignOutcome.Activated:
                return Redirect($"{VersionPath(number)}?notice=activated");
            case SignOutcome.AlreadySigned:
                return Redirect(VersionPath(number));
            default:
                Version = (await versions.VersionAsync(Circle, number))!;
                SignError = l["This version can't be signed any more: the draft changed after it was proposed, or a newer version replaced it. Nothing was signed. Please read the latest draft."];
                return Page();
        }
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, int number, DateOnly? reviewOn)
    {
        if (!await OpenCircleAsync(id) || await versions.VersionAsync(Circle, number) is not { } version)
        {
            return NotFound();
        }

        Version = version;
        if (reviewOn is not { } date || date <= Today || date > Today.AddYears(5))
        {
            ReviewError = l["Please choose a date after today and within the next five years."];
            return Page();
        }

        if (!await signing.SetReviewDateAsync(Circle, number, date))
        {
            ReviewError = l["Only the active version has a review date."];
            return Page();
        }

        return Redirect($"{VersionPath(number)}?notice=review");
    }

    public IReadOnlyList<ClauseGroup<Clause>> Groups() =>
        ClauseGroups.Of(Version.Document.Clauses, c => c.CategoryId, content.Catalogue, l["Other"]);

    /// <summary>Names as they were when this version was written; current names for people who joined since.</summary>
    public string NameOf(Guid? membershipId)
    {
        if (membershipId is not { } m)
        {
            return l["someone who has left"];
        }

        var current = Circle.Members.FirstOrDefault(x => x.MembershipId == m);
        return Version.NameOf(m) ?? current?.DisplayName ?? l["someone who has left"];
    }

    public ClauseDisplay Display(Clause clause, int? number = null) => new(clause, words.AppliesTo(clause, m => Version.NameOf(m)), number);

    /// <summary>Who is still to sign, as a sentence says it ("Sam and you").</summary>
    public string Waiting() =>
        people.People(Version.Waiting.Select(m => Circle.Members.FirstOrDefault(x => x.MembershipId == m)).OfType<MemberView>());
}
