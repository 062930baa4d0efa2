using System.Net;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

/// <summary>The comparison draws the gaps as a heat map of categories × pairs, with the same numbers as a table.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class HeatMapTests(SharedApps apps)
{
    [Fact]
    public async Task The_heat_map_has_a_square_per_category_and_pair_and_a_table_with_the_same_numbers()
    {
        var hot = TestCatalogue.Behaviours[0];
        using var circle = await CircleSetup.CreateAsync(apps.For(DatabaseProvider.Sqlite), "Alder", "Birch", "Cedar");
        var id = circle.Circle;
        await circle[0].AnswerAllAsync(id, 1, Stance.Fine);
        await circle[1].AnswerAllAsync(id, 1, Stance.Fine);
        await circle[2].AnswerAllAsync(id, 1, x => x.Id == hot.Id ? Stance.Betrayal : Stance.Fine);
        foreach (var member in circle.Members)
        {
            await member.SubmitAsync(id, 1);
        }

        var page = await circle[0].GetAsync(Paths.Comparison(id, 1));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var svg = page.Find("#heat-map svg[role=img]");
        Assert.NotNull(svg);
        Assert.False(string.IsNullOrWhiteSpace(page.Find("#heat-title")?.TextContent));
        var categories = TestCatalogue.Categories.Count;
        Assert.Equal(categories * 3, page.FindAll("#heat-map [data-heat-cell]").Count);
        Assert.Equal(["You & Birch", "You & Cedar", "Birch & Cedar"], page.FindAll("#heat-table thead th").Skip(1).Select(th => th.TextContent.Trim()));

        // Only the pairs with Cedar differ, in the hot behaviour's category; everything else is calm.
        var hotRow = page.FindAll("#heat-table tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == TestCatalogue.Categories.Single(c => c.Id == hot.CategoryId).Title);
        var cells = hotRow.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.StartsWith("Hot spots: 0.", cells[0], StringComparison.Ordinal);
        Assert.StartsWith("Hot spots: 1.", cells[1], StringComparison.Ordinal);
        Assert.StartsWith("Hot spots: 1.", cells[2], StringComparison.Ordinal);
        Assert.Equal(2, page.FindAll("#heat-map [data-heat-cell]").Count(g => g.GetAttribute("data-level") != "0"));
    }
}
