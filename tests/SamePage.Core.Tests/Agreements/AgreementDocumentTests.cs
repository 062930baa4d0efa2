using FsCheck.Xunit;
using SamePage.Core.Agreements;
using SamePage.Core.Stances;

namespace SamePage.Core.Tests.Agreements;

/// <summary>Issue 4: the same content always has the same hash; any change gives a new one.</summary>
public class AgreementDocumentTests
{
    private static readonly Guid Alex = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Sam = Guid.Parse("22222222-2222-2222-2222-222222222222");

    private static Clause ClauseOf(string text, Guid? id = null) =>
        new(id ?? Guid.Parse("33333333-3333-3333-3333-333333333333"), text, Expectation.AskFirst, "sexting", "online", [Alex], "notes");

    [Fact]
    public void The_same_content_has_the_same_hash_and_it_is_sha256_hex()
    {
        var a = new AgreementDocument([ClauseOf("We ask first.")]);
        var b = new AgreementDocument([ClauseOf("We ask first.")]);
        Assert.Equal(a.Hash, b.Hash);
        Assert.Matches("^[0-9a-f]{64}$", a.Hash);
        Assert.Equal(a.Hash[..12], a.ShortHash);
    }

    [Fact]
    public void Any_change_to_any_field_or_to_the_order_changes_the_hash()
    {
        var clause = ClauseOf("We ask first.");
        var other = ClauseOf("Another.", Guid.Parse("44444444-4444-4444-4444-444444444444"));
        var original = new AgreementDocument([clause, other]).Hash;

        Clause[] changed =
        [
            clause with { Text = "We ask first!" },
            clause with { Expectation = Expectation.TellMe },
            clause with { BehaviourId = null },
            clause with { CategoryId = "time" },
            clause with { AppliesTo = [Alex, Sam] },
            clause with { AppliesTo = [] },
            clause with { Notes = "" },
            clause with { Id = Guid.NewGuid() },
        ];

        foreach (var change in changed)
        {
            Assert.NotEqual(original, new AgreementDocument([change, other]).Hash);
        }

        Assert.NotEqual(original, new AgreementDocument([other, clause]).Hash);
        Assert.NotEqual(original, new AgreementDocument([clause]).Hash);
    }

    [Fact]
    public void The_order_of_the_people_a_clause_applies_to_carries_no_meaning()
    {
        var one = new AgreementDocument([ClauseOf("x") with { AppliesTo = [Alex, Sam] }]);
        var two = new AgreementDocument([ClauseOf("x") with { AppliesTo = [Sam, Alex] }]);
        Assert.Equal(one.Hash, two.Hash);
    }

    [Property]
    public bool Moving_text_between_text_and_notes_never_collides(string a, string b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        var first = new AgreementDocument([ClauseOf(a) with { Notes = b }]);
        var second = new AgreementDocument([ClauseOf(a + b) with { Notes = string.Empty }]);
        return b.Length == 0 ? first.Hash == second.Hash : first.Hash != second.Hash;
    }

    [Property]
    public bool Equal_texts_hash_equally_and_different_texts_differently(string a, string b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        var same = new AgreementDocument([ClauseOf(a)]).Hash == new AgreementDocument([ClauseOf(b)]).Hash;
        return same == (a == b);
    }

    [Theory]
    [InlineData(Stance.Fine, Stance.Fine, Expectation.Fine)]
    [InlineData(Stance.Fine, Stance.TellMe, Expectation.TellMe)]
    [InlineData(Stance.Fine, Stance.Betrayal, Expectation.NotOk)]
    [InlineData(Stance.Hurts, Stance.TellMe, Expectation.AskFirst)]
    [InlineData(Stance.Unsure, Stance.Fine, Expectation.AskFirst)]
    [InlineData(Stance.NotApplicable, Stance.TellMe, Expectation.TellMe)]
    [InlineData(Stance.NotApplicable, Stance.NotApplicable, Expectation.Custom)]
    public void A_comparison_item_suggests_the_more_careful_expectation(Stance first, Stance second, Expectation expected)
    {
        Assert.Equal(expected, Expectations.Suggest(first, second));
        Assert.Equal(expected, Expectations.Suggest(second, first));
    }

    [Theory]
    [InlineData("", ClauseProblem.Empty)]
    [InlineData("  \n ", ClauseProblem.Empty)]
    [InlineData("Two\nlines are fine", ClauseProblem.None)]
    [InlineData("A family emoji 👩‍👩‍👧 is fine", ClauseProblem.None)]
    [InlineData("Hidden\u202Edirection", ClauseProblem.InvalidCharacters)]
    public void Clause_text_is_checked(string text, ClauseProblem expected) =>
        Assert.Equal(expected, AgreementRules.Check(text, "", [], new HashSet<Guid>()));

    [Fact]
    public void Limits_and_members_are_checked()
    {
        var members = new HashSet<Guid> { Alex, Sam };
        Assert.Equal(ClauseProblem.None, AgreementRules.Check(new string('a', AgreementRules.MaxClauseLength), "", [Alex], members));
        Assert.Equal(ClauseProblem.TooLong, AgreementRules.Check(new string('a', AgreementRules.MaxClauseLength + 1), "", [], members));
        Assert.Equal(ClauseProblem.NotesTooLong, AgreementRules.Check("ok", new string('n', AgreementRules.MaxNotesLength + 1), [], members));
        Assert.Equal(ClauseProblem.NotAMember, AgreementRules.Check("ok", "", [Guid.NewGuid()], members));
        Assert.Equal("a\nb", AgreementRules.Normalize("  a\r\nb  "));
        Assert.Equal(new DateOnly(2027, 2, 28), AgreementRules.DefaultReviewDate(new DateOnly(2026, 11, 30)));
    }
}
