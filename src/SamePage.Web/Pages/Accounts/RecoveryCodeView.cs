namespace SamePage.Web.Pages.Accounts;

/// <summary>
/// A recovery code shown once (after sign-up, recovery, or an older account's upgrade), with Copy,
/// Download, and "I have stored it" before going on.
/// </summary>
/// <param name="Code">The code as people read it, in groups.</param>
/// <param name="ContinueUrl">Where Continue leads (already checked to be a local address).</param>
/// <param name="NotStored">True when Continue was pressed without ticking "I have stored it".</param>
public sealed record RecoveryCodeView(string Code, string ContinueUrl, bool NotStored = false);
