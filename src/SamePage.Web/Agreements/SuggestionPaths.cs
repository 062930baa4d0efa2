namespace SamePage.Web.Agreements;

/// <summary>Where "Write it into our agreement" leads: the clause form with a suggestion, written nowhere until saved.</summary>
public static class SuggestionPaths
{
    public const string BackToTalk = "talk";

    public static string For(Guid circleId, int round, string behaviourId, Guid first, Guid second, string? back = null)
    {
        var path = $"/circles/{circleId}/agreement/clauses/new/{round}/{Uri.EscapeDataString(behaviourId)}?first={first}&second={second}";
        return back is null ? path : $"{path}&back={Uri.EscapeDataString(back)}";
    }
}
