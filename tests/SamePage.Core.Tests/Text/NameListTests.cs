using SamePage.Core.Text;

namespace SamePage.Core.Tests.Text;

public class NameListTests
{
    private static readonly ListPattern English = ListPattern.English;

    [Fact]
    public void No_names_make_an_empty_string_and_one_name_stands_alone()
    {
        Assert.Equal(string.Empty, NameList.Join([], English));
        Assert.Equal("Sam", NameList.Join(["Sam"], English));
    }

    [Fact]
    public void Two_names_are_joined_with_and()
    {
        Assert.Equal("Sam and Kai", NameList.Join(["Sam", "Kai"], English));
    }

    [Theory]
    [InlineData(new[] { "Sam", "Kai", "Alex" }, "Sam, Kai and Alex")]
    [InlineData(new[] { "Sam", "Kai", "Alex", "Noor" }, "Sam, Kai, Alex and Noor")]
    public void Three_or_more_names_take_commas_and_a_final_and(string[] names, string expected)
    {
        Assert.Equal(expected, NameList.Join(names, English));
    }

    [Fact]
    public void The_reader_comes_last_as_lower_case_you()
    {
        var people = new[] { ("You", true), ("Sam", false), ("Kai", false) };
        Assert.Equal("Sam, Kai and you", NameList.People(people, p => p.Item2, p => p.Item1, "you", English));
        Assert.Equal("Sam and you", NameList.People(people.Take(2), p => p.Item2, p => p.Item1, "you", English));
        Assert.Equal("you", NameList.People(people.Take(1), p => p.Item2, p => p.Item1, "you", English));
        Assert.Equal("Sam and Kai", NameList.People(people.Skip(1), p => p.Item2, p => p.Item1, "you", English));
    }

    [Fact]
    public void Another_language_changes_only_the_patterns()
    {
        var japaneseLike = new ListPattern("{0}と{1}", "{0}、{1}", "{0}、{1}");
        Assert.Equal("A、B、C", NameList.Join(["A", "B", "C"], japaneseLike));
        var reversed = new ListPattern("{1} & {0}", "{0}, {1}", "{1} & {0}");
        Assert.Equal("B & A", NameList.Join(["A", "B"], reversed));
    }

    [Fact]
    public void Braces_in_a_name_are_kept_as_typed()
    {
        Assert.Equal("{0} and {1}x", NameList.Join(["{0}", "{1}x"], English));
    }
}
