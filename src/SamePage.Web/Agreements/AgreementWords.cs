using Microsoft.Extensions.Localization;
using SamePage.Core.Agreements;
using SamePage.Core.Text;
using SamePage.Web.Circles;

namespace SamePage.Web.Agreements;

/// <summary>The words for expectations, statuses and who a clause applies to.</summary>
public sealed class AgreementWords(IStringLocalizer<SharedResource> l)
{
    public string Expectation(Expectation expectation) => expectation switch
    {
        Core.Agreements.Expectation.Fine => l["Fine — no need to mention it"],
        Core.Agreements.Expectation.TellMe => l["Fine — tell me about it"],
        Core.Agreements.Expectation.AskFirst => l["Ask first"],
        Core.Agreements.Expectation.NotOk => l["Not OK for us"],
        _ => l["In our own words"],
    };

    public string Status(VersionStatus status) => status switch
    {
        VersionStatus.Proposed => l["Waiting for signatures"],
        VersionStatus.Active => l["Active"],
        VersionStatus.Superseded => l["Replaced by a later version"],
        _ => l["Withdrawn"],
    };

    /// <summary>"Everyone", or the names of the members a clause applies to, as known when it was written.</summary>
    public string AppliesTo(Clause clause, Func<Guid, string?> nameOf)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(nameOf);
        return clause.AppliesToEveryone
            ? l["Everyone"]
            : NameList.Join(clause.AppliesTo.Select(m => nameOf(m) ?? l["someone who has left"]), PeopleWords.PatternIn(l));
    }

    public static Func<Guid, string?> NamesIn(CircleView circle) =>
        id => circle?.Members.FirstOrDefault(m => m.MembershipId == id)?.DisplayName;
}
