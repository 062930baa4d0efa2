namespace SamePage.Data.Entities;

/// <summary>
/// One sign-in, on the server: its random id travels inside the encrypted sign-in cookie, and every
/// signed-in request must find it here, so signing out, "sign out everywhere else", a new passphrase
/// or deleting the account ends a session at once, on every node, whatever copy of its cookie exists.
/// Nothing about the device, the browser or the address is kept; the days are no finer than a day.
/// </summary>
public sealed class AccountSession
{
    /// <summary>Random (<see cref="Guid.NewGuid"/>); known only to the cookie that carries it.</summary>
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    /// <summary>A neutral label for the account page ("Session 3"): one more than the account's highest when it began.</summary>
    public int Number { get; set; }

    /// <summary>The day of the sign-in: the list of sessions shows it, and sessions past their 12 hours are swept by it.</summary>
    public DateOnly CreatedOn { get; set; }

    /// <summary>The last day the session was used, updated at most once a day.</summary>
    public DateOnly LastSeenOn { get; set; }
}
