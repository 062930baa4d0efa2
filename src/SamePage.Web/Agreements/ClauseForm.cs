using Microsoft.Extensions.Localization;
using SamePage.Core.Agreements;
using SamePage.Web.Circles;

namespace SamePage.Web.Agreements;

/// <summary>The fields of a clause as a form posts them, checked with kind words for every problem.</summary>
public sealed class ClauseForm
{
    public string? Text { get; set; }

    public Expectation Expectation { get; set; } = Expectation.AskFirst;

    /// <summary>The members it applies to, by seat (ids of people stay out of forms). All ticked means everyone.</summary>
    public List<int> For { get; set; } = [];

    public string? Notes { get; set; }

    public string? Category { get; set; }

    public string? Behaviour { get; set; }

    public static ClauseForm From(Clause clause, CircleView circle)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(circle);
        return new ClauseForm
        {
            Text = clause.Text,
            Expectation = clause.Expectation,
            For = [.. circle.Members.Where(m => clause.AppliesToEveryone || clause.AppliesTo.Contains(m.MembershipId)).Select(m => m.Seat)],
            Notes = clause.Notes,
            Category = clause.CategoryId,
            Behaviour = clause.BehaviourId,
        };
    }

    /// <summary>A form for a new clause: for everyone.</summary>
    public static ClauseForm ForEveryone(CircleView circle) =>
        new() { For = [.. circle?.Members.Select(m => m.Seat) ?? []] };

    /// <summary>The problem with this form, in words, or null; the text stays as typed either way.</summary>
    public string? Problem(CircleView circle, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(l);
        if (For.Count == 0)
        {
            return l["Please choose who this clause applies to: everyone, or at least one person."];
        }

        var members = circle.Members.Select(m => m.MembershipId).ToHashSet();
        var seats = circle.Members.Select(m => m.Seat).ToHashSet();
        if (!For.All(seats.Contains))
        {
            return l["This clause names someone who isn't in the circle (any more). Please choose from the people listed."];
        }

        if (!Enum.IsDefined(Expectation))
        {
            return l["Please choose what this clause expects."];
        }

        return AgreementRules.Check(Text, Notes, AppliesTo(circle), members) switch
        {
            ClauseProblem.None => (string?)null,
            ClauseProblem.Empty => l["Please write the clause: a sentence or two in your own words."],
            ClauseProblem.TooLong => l["Please keep a clause to {0} characters or fewer; this one has {1}. You could split it into two clauses.", AgreementRules.MaxClauseLength, AgreementRules.Length(Text)],
            ClauseProblem.NotesTooLong => l["Please keep the notes to {0} characters or fewer; they have {1}.", AgreementRules.MaxNotesLength, AgreementRules.Length(Notes)],
            ClauseProblem.NotAMember => l["This clause names someone who isn't in the circle (any more). Please choose from the people listed."],
            _ => l["The text contains an invisible or control character. Please type it again using ordinary letters, digits or symbols."],
        };
    }

    public IReadOnlyList<Guid> AppliesTo(CircleView circle) =>
        [.. circle?.Members.Where(m => For.Contains(m.Seat)).Select(m => m.MembershipId) ?? []];

    public ClauseInput ToInput(CircleView circle) => new(Text, Expectation, Behaviour, Category, AppliesTo(circle), Notes);
}
