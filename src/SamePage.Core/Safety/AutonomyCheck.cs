using SamePage.Core.Catalogue;
using SamePage.Core.Stances;

namespace SamePage.Core.Safety;

/// <summary>
/// Autonomy behaviours (seeing friends and family, private conversations, one's own
/// money, therapy, going out alone) are part of a person's basic freedom. When anyone in a revealed
/// round rated one as hurtful or a betrayal, every member is shown the same calm note. It never says
/// who, or which behaviour.
/// </summary>
public static class AutonomyCheck
{
    /// <summary>The stances that call for the note.</summary>
    public static bool Calls(Stance stance) => stance is Stance.Hurts or Stance.Betrayal;

    /// <summary>True when any participant rated any autonomy behaviour of the round's catalogue as hurtful or a betrayal.</summary>
    public static bool NeedsNote(BehaviourCatalogue catalogue, IEnumerable<IReadOnlyDictionary<string, Stance>> answers)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(answers);
        var autonomy = catalogue.Behaviours.Where(b => b.Autonomy).Select(b => b.Id).ToList();
        return answers.Any(sheet => autonomy.Any(id => sheet.TryGetValue(id, out var stance) && Calls(stance)));
    }
}
