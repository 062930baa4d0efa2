using SamePage.Core.Agreements;
using SamePage.Core.Safety;

namespace SamePage.Web.Agreements;

/// <summary>
/// Screens a clause when it is written, as it will be stored, so the screener's kept result is ready
/// and the pages that show the clause never run the model. Until the model has learned its examples
/// (seconds after the first clause form since the process started) the rules' reading stands in.
/// </summary>
public static class ScreeningAhead
{
    public static void ScreenAhead(this ClauseScreener screener, ClauseInput input)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(input);
        screener.ScreenNow(AgreementRules.Normalize(input.Text));
        screener.ScreenNow(AgreementRules.Normalize(input.Notes));
    }
}
