using Microsoft.Extensions.Localization;
using SamePage.Core.Accounts;

namespace SamePage.Web.Accounts;

/// <summary>Kind, specific words for every way a username or passphrase can be refused.</summary>
public sealed class AccountWords(IStringLocalizer<SharedResource> l)
{
    public string? For(PassphraseProblem problem) => problem switch
    {
        PassphraseProblem.None => (string?)null,
        PassphraseProblem.TooShort => l["Please use at least {0} characters. A few ordinary words in a row make a passphrase that is long and easy to remember.", PassphrasePolicy.MinimumLength],
        PassphraseProblem.TooLong => l["That passphrase is longer than {0} characters. Please choose a slightly shorter one.", PassphrasePolicy.MaximumLength],
        PassphraseProblem.Common => l["That passphrase is one of the first that people who guess passwords try. Please choose something less common, such as three or four unrelated words."],
        PassphraseProblem.ContainsUsername => l["That passphrase is mostly your username, which makes it easy to guess. Please choose something else."],
        PassphraseProblem.Repetitive => l["That passphrase repeats the same few characters, which makes it easy to guess. Please mix in some different words."],
        _ => l["Please choose a different passphrase."],
    };

    public string? For(UsernameProblem problem) => problem switch
    {
        UsernameProblem.None => (string?)null,
        UsernameProblem.Empty => l["Please choose a username."],
        UsernameProblem.TooShort => l["Please use at least {0} characters for your username.", Username.MinimumLength],
        UsernameProblem.TooLong => l["Please keep your username to {0} characters or fewer.", Username.MaximumLength],
        UsernameProblem.InvalidCharacters => l["Usernames can use letters, digits, dots, dashes and underscores, without spaces."],
        _ => l["Please choose a different username."],
    };

    public string UsernameTaken => l["That username is already taken. Please try another; it doesn't need to be your name."];
}
