namespace SamePage.Web.Tests.TestSupport;

/// <summary>The app's addresses (see the @page directives under src/SamePage.Web/Pages).</summary>
public static class Paths
{
    public static string Circle(Guid circle) => $"/circles/{circle}";

    public static string Invite(Guid circle) => $"/circles/{circle}/invite";

    public static string Leave(Guid circle) => $"/circles/{circle}/leave";

    public static string NewRound(Guid circle) => $"/circles/{circle}?handler=NewRound";

    public static string Round(Guid circle, int round) => $"/circles/{circle}/rounds/{round}";

    public static string Answer(Guid circle, int round, string? category = null) =>
        category is null ? $"{Round(circle, round)}/answer" : $"{Round(circle, round)}/answer/{category}";

    /// <summary>"How I connect", the questionnaire's optional last page.</summary>
    public static string Styles(Guid circle, int round) => $"{Round(circle, round)}/answer/how-i-connect";

    public static string Autosave(Guid circle, int round, string category) => $"{Answer(circle, round, category)}?handler=Autosave";

    public static string Review(Guid circle, int round) => $"{Round(circle, round)}/review";

    public static string Submit(Guid circle, int round) => $"{Review(circle, round)}?handler=Submit";

    public static string Comparison(Guid circle, int round) => $"{Round(circle, round)}/comparison";

    public static string Behaviours(Guid circle) => $"/circles/{circle}/behaviours";

    public static string BlindSpots(Guid circle, int round) => $"{Round(circle, round)}/blind-spots";

    public static string Changes(Guid circle, int round) => $"{Round(circle, round)}/changes";

    public static string Journal(Guid circle, int round) => $"{Round(circle, round)}/journal";

    public static string Reflections(Guid circle, int round) => $"{Round(circle, round)}/reflections";

    public static string Agreement(Guid circle) => $"/circles/{circle}/agreement";

    public static string Clause(Guid circle, Guid clause) => $"{Agreement(circle)}/clauses/{clause}";

    /// <summary>"Write it into our agreement" from a round's comparison: the clause form with a suggestion.</summary>
    public static string Suggestion(Guid circle, int round, string behaviour) => $"{Agreement(circle)}/clauses/new/{round}/{Uri.EscapeDataString(behaviour)}";

    public static string Talk(Guid circle, int round) => $"{Round(circle, round)}/talk";

    public static string Versions(Guid circle) => $"{Agreement(circle)}/versions";

    public static string Version(Guid circle, int number) => $"{Versions(circle)}/{number}";

    public static string AgreementPrint(Guid circle, int version) => $"/circles/{circle}/agreement/versions/{version}/print";

    public static string AgreementExport(Guid circle, int version, string format) => $"/circles/{circle}/agreement/versions/{version}/export/{format}";

    /// <summary>The diff between two versions; values are passed as typed, so tests can send bad ones.</summary>
    public static string Compare(Guid circle, string? from = null, string? to = null)
    {
        var query = new List<string>();
        if (from is not null)
        {
            query.Add($"from={Uri.EscapeDataString(from)}");
        }

        if (to is not null)
        {
            query.Add($"to={Uri.EscapeDataString(to)}");
        }

        return query.Count == 0 ? $"{Agreement(circle)}/compare" : $"{Agreement(circle)}/compare?{string.Join('&', query)}";
    }

    public static string Compare(Guid circle, int from, int to) =>
        Compare(circle, from.ToString(System.Globalization.CultureInfo.InvariantCulture), to.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string CheckIns(Guid circle) => $"/circles/{circle}/check-ins";

    public static string StartCheckIn(Guid circle) => $"{CheckIns(circle)}?handler=Start";

    public static string CheckInCadence(Guid circle) => $"{CheckIns(circle)}?handler=Cadence";

    public static string CheckIn(Guid circle, int number) => $"{CheckIns(circle)}/{number}";

    public static string CheckInTrends(Guid circle) => $"{CheckIns(circle)}/trends";

    public static string CheckInCalendar(Guid circle) => $"{CheckIns(circle)}/calendar";
    public static string Concerns(Guid circle) => $"/circles/{circle}/concerns";

    public static string NewConcern(Guid circle) => $"{Concerns(circle)}/new";

    public static string Concern(Guid circle, Guid concern) => $"{Concerns(circle)}/{concern}";

    public static string EditConcern(Guid circle, Guid concern) => $"{Concern(circle, concern)}/edit";

    public static string ShareConcern(Guid circle, Guid concern) => $"{Concern(circle, concern)}/share";

    public static string ReplyToConcern(Guid circle, Guid concern) => $"{Concern(circle, concern)}?handler=Respond";

    public static string ConcernOutcome(Guid circle, Guid concern) => $"{Concern(circle, concern)}?handler=Outcome";

    public static string DeleteConcernDraft(Guid circle, Guid concern) => $"{EditConcern(circle, concern)}?handler=Delete";

    public static string SelfCheck(Guid circle) => $"/circles/{circle}/self-check";

    public static string SelfCheckResult(Guid circle, Guid selfCheck) => $"{SelfCheck(circle)}/{selfCheck}";

    public static string SelfCheckToMessage(Guid circle, Guid selfCheck) => $"{SelfCheckResult(circle, selfCheck)}?handler=Message";

    public static string DeleteSelfCheck(Guid circle, Guid selfCheck) => $"{SelfCheckResult(circle, selfCheck)}?handler=Delete";

    public static string Parting(Guid circle) => $"/circles/{circle}/parting";
}
