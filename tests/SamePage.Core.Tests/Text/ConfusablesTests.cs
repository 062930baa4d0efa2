using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.Circles;
using SamePage.Core.Text;

namespace SamePage.Core.Tests.Text;

/// <summary>Issue 13, item 8: display names are compared by how they read (UTS #39 skeletons).</summary>
public class ConfusablesTests
{
    [Theory]
    [InlineData("Anna", "\u0410nna")] // Cyrillic А
    [InlineData("Anna", "Ann\u0430")] // Cyrillic а
    [InlineData("anna", "\u0410NNA")] // look-alike and another case
    [InlineData("Paul", "\u0420aul")] // Cyrillic Р
    [InlineData("Ivy", "lvy")] // capital I and small L
    [InlineData("Sam", "\u0405am")] // Cyrillic Ѕ
    [InlineData("Noor", "N\u03BF\u03BFr")] // Greek ο
    [InlineData("Bea", "\uFF22ea")] // full-width Ｂ
    [InlineData("Zoë", "Zoe\u0308")] // the same letters, composed and not
    public void Names_that_read_alike_are_refused_in_one_circle(string first, string second)
    {
        Assert.True(Confusables.LookAlike(first, second));
        var problem = CircleRules.CheckDisplayName(second, [first]);
        Assert.True(problem is DisplayNameProblem.LooksLikeAnother or DisplayNameProblem.Taken, $"{second} beside {first}: {problem}");
    }

    [Fact]
    public void A_look_alike_is_told_apart_from_a_plain_duplicate()
    {
        Assert.Equal(DisplayNameProblem.LooksLikeAnother, CircleRules.CheckDisplayName("\u0410nna", ["Anna"]));
        Assert.Equal(DisplayNameProblem.Taken, CircleRules.CheckDisplayName("anna", ["Anna"]));
    }

    [Theory]
    [InlineData("Anna", "Anne")]
    [InlineData("Sam", "Pam")]
    [InlineData("Alex", "Alexa")]
    [InlineData("Мария", "Дарья")] // two Cyrillic names
    [InlineData("Jo 🏳️‍🌈", "Jo 🌈")]
    [InlineData("李", "王")]
    public void Different_names_stay_welcome(string first, string second)
    {
        Assert.False(Confusables.LookAlike(first, second));
        Assert.Equal(DisplayNameProblem.None, CircleRules.CheckDisplayName(second, [first]));
    }

    [Fact]
    public void The_table_ships_with_core()
    {
        Assert.Equal("A", Confusables.Skeleton("\u0410"));
        Assert.Equal("rn", Confusables.Skeleton("m"));
    }

    private static readonly char[] Letters = ['A', 'a', 'n', 'I', 'l', '1', 'o', 'O', '0', 'e', 'p', 'P', 'c', 'x', 'y', 's', 'B'];

    private static readonly Dictionary<char, char> Disguises = new()
    {
        ['A'] = '\u0410', ['a'] = '\u0430', ['o'] = '\u043E', ['O'] = '\u041E', ['e'] = '\u0435', ['p'] = '\u0440',
        ['P'] = '\u0420', ['c'] = '\u0441', ['x'] = '\u0445', ['y'] = '\u0443', ['s'] = '\u0455', ['B'] = '\u0412',
    };

    private static Arbitrary<string> Names() =>
        Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(Letters), n)).Select(cs => new string(cs)).ToArbitrary();

    [Property]
    public Property Swapping_any_latin_letter_for_its_cyrillic_twin_still_reads_as_the_same_name() =>
        Prop.ForAll(Names(), Gen.Choose(0, 11).ToArbitrary(), (name, at) =>
        {
            var position = at % name.Length;
            var chars = name.ToCharArray();
            if (Disguises.TryGetValue(chars[position], out var twin))
            {
                chars[position] = twin;
            }

            var disguised = new string(chars);
            Assert.True(Confusables.LookAlike(name, disguised));
            Assert.NotEqual(DisplayNameProblem.None, CircleRules.CheckDisplayName(disguised, [name]));
        });

    [Property]
    public Property Looking_alike_is_symmetric_and_a_skeleton_is_its_own_skeleton(NonNull<string> a, NonNull<string> b)
    {
        var x = a.Get;
        var y = b.Get;
        return (Confusables.LookAlike(x, y) == Confusables.LookAlike(y, x)
            && Confusables.Skeleton(Confusables.Skeleton(x)) == Confusables.Skeleton(x)).ToProperty();
    }
}
