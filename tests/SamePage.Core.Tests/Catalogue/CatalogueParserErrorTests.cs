using SamePage.Core.Catalogue;

namespace SamePage.Core.Tests.Catalogue;

/// <summary>Every problem names the file and the line to fix. Line numbers below count from the first line of each YAML text.</summary>
public class CatalogueParserErrorTests
{
    private const string File = "content/en/behaviours.yaml";

    private static CatalogueException Fails(string yaml, int line, string problem)
    {
        var error = Assert.Throws<CatalogueException>(() => CatalogueParser.Parse(yaml, File));
        Assert.Equal(File, error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"{File}, line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void Invalid_yaml_is_reported_at_its_line()
    {
        Fails("""
            categories:
              - id: solo
                title: Solo: on your own
                description: Alone.
            """, 3, "not valid YAML");
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_is_reported()
    {
        Fails("""
            - id: solo
            """, 1, "must be a mapping");
    }

    [Fact]
    public void Missing_categories_are_reported()
    {
        Fails("""
            # no categories here
            behaviours:
              - id: kissing
                category: physical
                label: Kissing
                clarification: On the lips.
            """, 2, "'categories' is missing");
    }

    [Fact]
    public void An_empty_list_of_categories_is_reported()
    {
        Fails("""
            categories: []
            behaviours:
              - id: kissing
            """, 1, "'categories' must be a list with at least one entry");
    }

    [Fact]
    public void An_unknown_field_is_reported_at_its_line()
    {
        Fails("""
            categories:
              - id: solo
                title: Solo
                description: Alone.
            behaviours:
              - id: porn
                category: solo
                label: Watching porn
                colour: red
                clarification: Alone.
            """, 9, "unknown field 'colour'");
    }

    [Fact]
    public void An_unknown_top_level_field_is_reported_at_its_line()
    {
        Fails("""
            version: 2
            categories:
              - id: solo
            """, 1, "unknown field 'version'");
    }

    [Fact]
    public void A_behaviour_id_used_twice_is_reported_at_the_second_use()
    {
        Fails("""
            categories:
              - id: solo
                title: Solo
                description: Alone.
            behaviours:
              - id: porn
                category: solo
                label: Watching porn
                clarification: Alone.
              - id: porn
                category: solo
                label: Watching porn again
                clarification: Alone.
            """, 10, "the behaviour id 'porn' is used twice");
    }

    [Fact]
    public void A_category_id_used_twice_is_reported_at_the_second_use()
    {
        Fails("""
            categories:
              - id: solo
                title: Solo
                description: Alone.
              - id: solo
                title: Solo again
                description: Alone.
            behaviours:
              - id: porn
                category: solo
                label: Watching porn
                clarification: Alone.
            """, 5, "the category id 'solo' is used twice");
    }

    [Fact]
    public void A_behaviour_in_an_unknown_category_is_reported_at_its_category_line()
    {
        Fails("""
            categories:
              - id: solo
                title: Solo
                description: Alone.
            behaviours:
              - id: sexting
                category: online
                label: Sexting
                clarification: Sexual messages.
            """, 7, "names the category 'online', which is not listed");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    public void An_empty_label_is_reported_at_its_line(string label)
    {
        Fails($"""
            categories:
              - id: solo
                title: Solo
                description: Alone.
            behaviours:
              - id: porn
                category: solo
                label: {label}
                clarification: Alone.
            """, 8, "the field 'label' must be non-empty text");
    }

    [Fact]
    public void A_missing_label_is_reported_at_its_behaviour()
    {
        Fails("""
            categories:
              - id: solo
                title: Solo
                description: Alone.
            behaviours:
              - id: porn
                category: solo
                clarification: Alone.
            """, 6, "the field 'label' is missing");
    }

    [Theory]
    [InlineData("Dating_App")]
    [InlineData("dating app")]
    [InlineData("dating--app")]
    [InlineData("-dating")]
    [InlineData("rendez-vous-café")]
    public void A_behaviour_id_that_is_not_a_slug_is_reported_at_its_line(string id)
    {
        Fails($"""
            categories:
              - id: online
                title: Online
                description: Apps.
            behaviours:
              - id: {id}
                category: online
                label: A dating-app profile
                clarification: Even an inactive one.
            """, 6, $"'{id}' is not a valid id");
    }

    [Fact]
    public void A_category_id_that_is_not_a_slug_is_reported_at_its_line()
    {
        Fails("""
            categories:
              - title: Online
                id: On Line
                description: Apps.
            behaviours:
              - id: sexting
                category: on-line
                label: Sexting
                clarification: Sexual messages.
            """, 3, "'On Line' is not a valid id");
    }

    [Fact]
    public void An_over_long_label_is_reported_at_its_line()
    {
        Fails($"""
            categories:
              - id: solo
                title: Solo
                description: Alone.
            behaviours:
              - id: porn
                category: solo
                label: {new string('a', CatalogueParser.MaxLabelLength + 1)}
                clarification: Alone.
            """, 8, $"the field 'label' is {CatalogueParser.MaxLabelLength + 1} characters long; keep it to {CatalogueParser.MaxLabelLength}");
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("maybe")]
    [InlineData("1")]
    public void Autonomy_that_is_not_true_or_false_is_reported_at_its_line(string value)
    {
        Fails($"""
            categories:
              - id: time
                title: Time
                description: Who comes first.
            behaviours:
              - id: seeing-friends
                category: time
                label: Seeing friends
                clarification: An evening out.
                autonomy: {value}
            """, 10, $"'autonomy' must be true or false, not '{value}'");
    }

    [Fact]
    public void A_category_with_no_behaviours_is_reported_at_the_category()
    {
        Fails("""
            categories:
              - id: solo
                title: Solo
                description: Alone.
              - id: exes
                title: Ex-partners
                description: People from before.
            behaviours:
              - id: porn
                category: solo
                label: Watching porn
                clarification: Alone.
            """, 5, "the category 'exes' has no behaviours");
    }

    [Fact]
    public void A_category_with_no_behaviours_is_reported_even_when_its_id_is_quoted_with_spaces()
    {
        Fails("""
            categories:
              - id: solo
                title: Solo
                description: Alone.
              - id: " exes "
                title: Ex-partners
                description: People from before.
            behaviours:
              - id: porn
                category: solo
                label: Watching porn
                clarification: Alone.
            """, 5, "the category 'exes' has no behaviours");
    }

    [Fact]
    public void A_field_written_twice_is_reported_as_invalid_yaml_at_the_second_one()
    {
        Fails("""
            categories:
              - id: solo
                title: Solo
                title: Alone
                description: Alone.
            """, 4, "not valid YAML");
    }
}
