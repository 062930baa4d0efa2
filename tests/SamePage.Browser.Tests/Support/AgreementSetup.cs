using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Agreements;
using SamePage.Data.Entities;
using SamePage.Web.Agreements;
using SamePage.Web.Circles;
using SamePage.Tests.Common;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// Arranges a signed agreement version through the running app's own agreement desks, as each
/// member would, for browser tests of what is built on versions (print page) while the pages that write
/// and sign an agreement are still being built. Returns the version number.
/// </summary>
public static class AgreementSetup
{
    public static async Task<int> CreateSignedVersionAsync(BrowserFixture app, Person author, IReadOnlyList<Person> signers, params ClauseInput[] clauses)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(signers);
        int number;
        using (var scope = app.Server.Services.CreateScope())
        {
            var drafts = scope.ServiceProvider.GetRequiredService<AgreementDraftDesk>();
            var circle = await OpenAsync(scope, author);
            foreach (var clause in clauses)
            {
                await drafts.AddAsync(circle, clause);
            }

            var (outcome, proposed) = await scope.ServiceProvider.GetRequiredService<AgreementSigningDesk>().ProposeAsync(circle, (await drafts.DraftAsync(circle)).Revision);
            Assert.Equal(ProposeOutcome.Proposed, outcome);
            number = proposed!.Value;
        }

        foreach (var signer in signers)
        {
            using var scope = app.Server.Services.CreateScope();
            var circle = await OpenAsync(scope, signer);
            var version = await scope.ServiceProvider.GetRequiredService<AgreementVersionDesk>().VersionAsync(circle, number);
            Assert.NotNull(version);
            var signed = await scope.ServiceProvider.GetRequiredService<AgreementSigningDesk>().SignAsync(circle, number, version.Document.Hash);
            Assert.True(signed is SignOutcome.SignatureAdded or SignOutcome.Activated, $"{signer.DisplayName} signing answered {signed}");
        }

        return number;
    }

    public static ClauseInput Clause(string text, Expectation expectation, string? category = null, string? notes = null) =>
        new(text, expectation, null, category, [], notes);

    /// <summary>Not async itself: the scope must act as the person in the caller's flow too (see <see cref="SignedInScope"/>).</summary>
    private static Task<CircleView> OpenAsync(IServiceScope scope, Person person) =>
        OpenCircleAsync(scope, person, SignedInScope.ActAsAsync(scope, person.Username, Person.Passphrase));

    private static async Task<CircleView> OpenCircleAsync(IServiceScope scope, Person person, Task<Account> signingIn)
    {
        var account = await signingIn;
        var circleId = Guid.Parse(person.CirclePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[1]);
        var circle = await scope.ServiceProvider.GetRequiredService<CircleAccess>().OpenAsync(circleId, account.Id);
        Assert.NotNull(circle);
        return circle;
    }
}
