using SamePage.Web.Circles;

namespace SamePage.Web.Agreements;

/// <summary>A page about a circle's agreement; anyone who is not a member gets a 404.</summary>
public abstract class AgreementPageModel(CircleAccess circles) : CirclePageModel(circles)
{
    public string AgreementPath => $"{CirclePath}/agreement";

    public string VersionPath(int number) => $"{AgreementPath}/versions/{number}";

    /// <summary>The diff between two versions; without numbers, the previous version against the latest.</summary>
    public string ComparePath(int? from = null, int? to = null) =>
        from is null || to is null ? $"{AgreementPath}/compare" : $"{AgreementPath}/compare?from={from}&to={to}";
}
