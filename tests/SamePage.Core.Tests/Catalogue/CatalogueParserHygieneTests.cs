using SamePage.Core.Catalogue;

namespace SamePage.Core.Tests.Catalogue;

/// <summary>Content hygiene: one document per file, no invisible characters, flags written plainly.</summary>
public class CatalogueParserHygieneTests
{
    private const string File = "behaviours.yaml";

    private static string Catalogue(string label = "Watches porn", string autonomy = "false") => $"""
        categories:
          - id: solo
            title: Solo
            description: Alone.
        behaviours:
          - id: porn
            category: solo
            label: "{label}"
            clarification: Any kind.
            autonomy: {autonomy}
        """;

    [Fact]
    public void A_second_yaml_document_is_refused_at_its_line()
    {
        var error = Assert.Throws<CatalogueException>(() => CatalogueParser.Parse(Catalogue() + "\n---\ncategories: []\n", File));
        Assert.Equal(12, error.Line);
        Assert.Contains("more than one YAML document", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Watches\\u200Bporn")]
    [InlineData("Watches\\u202Eporn")]
    [InlineData("Watches\\u0007porn")]
    public void Invisible_characters_in_text_are_refused(string label)
    {
        var error = Assert.Throws<CatalogueException>(() => CatalogueParser.Parse(Catalogue(label), File));
        Assert.Equal(8, error.Line);
        Assert.Contains("invisible control character", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("False", false)]
    public void Flags_accept_any_letter_case(string written, bool expected)
    {
        Assert.Equal(expected, CatalogueParser.Parse(Catalogue(autonomy: written), File).Behaviours[0].Autonomy);
    }

    [Fact]
    public void A_quoted_flag_is_refused()
    {
        var error = Assert.Throws<CatalogueException>(() => CatalogueParser.Parse(Catalogue(autonomy: "\"true\""), File));
        Assert.Equal(10, error.Line);
        Assert.Contains("without quotes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_stored_composed()
    {
        var parsed = CatalogueParser.Parse(Catalogue("Caf\\u0065\\u0301 dates"), File);
        Assert.Equal("Caf\u00E9 dates", parsed.Behaviours[0].Label);
    }
}
