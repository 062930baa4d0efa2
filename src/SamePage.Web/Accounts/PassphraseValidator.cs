using Microsoft.AspNetCore.Identity;
using SamePage.Core.Accounts;
using SamePage.Data.Entities;

namespace SamePage.Web.Accounts;

/// <summary>Plugs Core's passphrase policy into ASP.NET Core Identity, so every path that sets a passphrase applies it.</summary>
public sealed class PassphraseValidator : IPasswordValidator<Account>
{
    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        var problem = PassphrasePolicy.Check(password, user?.UserName);
        return Task.FromResult(problem == PassphraseProblem.None
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = $"Passphrase{problem}", Description = problem.ToString() }));
    }
}
