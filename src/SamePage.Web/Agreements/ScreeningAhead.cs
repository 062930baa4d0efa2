using SamePage.Core.Agreements;
using SamePage.Core.Safety;

namespace SamePage.Web.Agreements;

/// <summary>
/// Screens a clause when it is written, as it will be stored, so the screener's kept result is ready
/// and the pages that show the clause never wait for the model.
/// </summary>
public static class ScreeningAhead
{
    public static void ScreenAhead(this ClauseScreener screener, ClauseInput input)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(input);
        screener.Screen(AgreementRules.Normalize(input.Text));
        screener.Screen(AgreementRules.Normalize(input.Notes));
    }
}
