using System.Globalization;

namespace SamePage.Browser.Tests.Support;

/// <summary>Signing up: a username and passphrase, then the recovery code shown once.</summary>
public sealed partial class Person
{
    public string Username { get; private set; } = string.Empty;

    public string RecoveryCode { get; private set; } = string.Empty;

    /// <summary>Opens the sign-up page and creates an account; lands wherever the app continues to.</summary>
    public async Task SignUpAsync(string name)
    {
        await GoToAsync("/signup");
        await CompleteSignUpAsync(name);
    }

    /// <summary>Fills the sign-up page the person is on, saves the recovery code and continues.</summary>
    public async Task CompleteSignUpAsync(string name)
    {
        Assert.Equal("/signup", Path);
        Username = string.Create(CultureInfo.InvariantCulture, $"{name.ToLowerInvariant()}-{Random.Shared.Next(0x100000, 0xFFFFFF):x6}");
        await Field("Username").FillAsync(Username);
        await Field("Passphrase").FillAsync(Passphrase);
        await FollowAsync(Button("Create my account"));

        RecoveryCode = (await Page.Locator("[data-recovery-code]").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{5}(-[0-9A-Z]{5})+$", RecoveryCode);
        await SaveRecoveryCodeAsync();
    }

    /// <summary>On a page showing a new recovery code: says it is stored, and continues.</summary>
    public async Task SaveRecoveryCodeAsync()
    {
        await Field("I have stored my recovery code somewhere safe").CheckAsync();
        await FollowAsync(Button("Continue"));
    }
}
