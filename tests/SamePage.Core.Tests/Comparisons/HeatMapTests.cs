using SamePage.Core.Catalogue;
using SamePage.Core.Comparisons;
using SamePage.Core.Stances;
using static SamePage.Core.Stances.Stance;

namespace SamePage.Core.Tests.Comparisons;

public class HeatMapTests
{
    private static readonly BehaviourCatalogue Catalogue = CatalogueParser.Parse("""
        categories:
          - { id: solo, title: Solo, description: Alone. }
          - { id: exes, title: Exes, description: Before. }
        behaviours:
          - { id: porn, category: solo, label: Watches porn, clarification: Any kind. }
          - { id: fantasy, category: solo, label: Fantasises, clarification: About anyone. }
          - { id: ex-contact, category: exes, label: Stays in touch with an ex, clarification: Now and then. }
          - { id: ex-meet, category: exes, label: Meets an ex, clarification: One-on-one. }
        """, "test.yaml");

    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    private static Dictionary<string, Stance> Answers(Stance porn, Stance fantasy, Stance exContact, Stance exMeet) =>
        new Dictionary<string, Stance> { ["porn"] = porn, ["fantasy"] = fantasy, ["ex-contact"] = exContact, ["ex-meet"] = exMeet };

    [Theory]
    [InlineData(0, 0, 4, 0)]
    [InlineData(0, 0, 0, 0)]
    [InlineData(0, 1, 5, 1)]
    [InlineData(0, 1, 4, 2)]
    [InlineData(0, 2, 4, 3)]
    [InlineData(0, 3, 4, 4)]
    [InlineData(1, 0, 10, 2)]
    [InlineData(2, 2, 4, 4)]
    public void The_shade_follows_the_share_of_differences_and_any_hot_spot_counts(int hot, int talk, int compared, int level)
    {
        Assert.Equal(level, HeatMap.LevelOf(hot, talk, compared));
    }

    [Fact]
    public void Every_pair_gets_a_cell_in_every_category()
    {
        var comparison = new RoundComparison(Catalogue, new Dictionary<Guid, IReadOnlyDictionary<string, Stance>>
        {
            [A] = Answers(Fine, Fine, Fine, Fine),
            [B] = Answers(Betrayal, Fine, Fine, AskFirst),
            [C] = Answers(Fine, Fine, Fine, NotApplicable),
        });

        var map = HeatMap.From(comparison);

        Assert.Equal(["solo", "exes"], map.Categories.Select(c => c.Id));
        Assert.Equal(3, map.Pairs.Count);
        Assert.Equal(6, map.Cells.Count);
        var soloAB = map.Cell(map.Categories[0], (A, B));
        Assert.Equal((1, 0, 2, 3), (soloAB.HotSpots, soloAB.TalkAboutIt, soloAB.Compared, soloAB.Level));
        var exesAB = map.Cell(map.Categories[1], (A, B));
        Assert.Equal((0, 1, 2, 3), (exesAB.HotSpots, exesAB.TalkAboutIt, exesAB.Compared, exesAB.Level));
        var exesAC = map.Cell(map.Categories[1], (A, C));
        Assert.Equal((0, 0, 1, 0), (exesAC.HotSpots, exesAC.TalkAboutIt, exesAC.Compared, exesAC.Level)); // "doesn't apply" is left out
    }
}
