using SamePage.Core.Catalogue;
using SamePage.Core.Guides;
using SamePage.Core.Stances;
using SamePage.Core.Tests.TestSupport;
using static SamePage.Core.Stances.Stance;

namespace SamePage.Core.Tests.Guides;

/// <summary>The blind-spot guide shown beside a guess that was far off, using the shipped English content.</summary>
public class BlindSpotGuideTests
{
    private static readonly Lazy<(BehaviourCatalogue Catalogue, GuideBook Book)> Shipped = new(() =>
    {
        var catalogue = CatalogueParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "behaviours.yaml")), "content/en/behaviours.yaml");
        var book = GuideBookParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "guides.yaml")), "content/en/guides.yaml", catalogue);
        return (catalogue, book);
    });

    private static BehaviourCatalogue Catalogue => Shipped.Value.Catalogue;

    private static GuideBook Book => Shipped.Value.Book;

    [Fact]
    public void Every_behaviour_gets_the_blind_spot_guide_of_its_category()
    {
        foreach (var behaviour in Catalogue.Behaviours)
        {
            var choice = Book.ForBlindSpot(behaviour.Id, behaviour.CategoryId, Fine, Betrayal);

            var guide = Book.Guides.Single(g => g.Kind == GuideKind.BlindSpot && g.CategoryId == behaviour.CategoryId);
            Assert.NotNull(choice);
            Assert.Equal(GuideKind.BlindSpot, choice.Kind);
            Assert.Contains(choice.Opening, guide.Openings);
            Assert.Equal(guide.Questions, choice.Questions);
        }
    }

    [Fact]
    public void The_same_guess_and_answer_always_show_the_same_opening_whichever_way_round()
    {
        foreach (var behaviour in Catalogue.Behaviours)
        {
            foreach (var (predicted, actual) in new[] { (Fine, Betrayal), (TellMe, Hurts), (Betrayal, AskFirst) })
            {
                var one = Book.ForBlindSpot(behaviour.Id, behaviour.CategoryId, predicted, actual)!;
                var again = Book.ForBlindSpot(behaviour.Id, behaviour.CategoryId, predicted, actual)!;
                var swapped = Book.ForBlindSpot(behaviour.Id, behaviour.CategoryId, actual, predicted)!;

                Assert.Equal(one.Opening, again.Opening);
                Assert.Equal(one.Opening, swapped.Opening);
            }
        }
    }

    [Fact]
    public void The_opening_is_pinned_by_the_stable_hash_of_the_behaviour_and_the_stances()
    {
        var behaviour = Catalogue.Behaviours[0];
        var guide = Book.Guides.Single(g => g.Kind == GuideKind.BlindSpot && g.CategoryId == behaviour.CategoryId);

        var choice = Book.ForBlindSpot(behaviour.Id, behaviour.CategoryId, Hurts, Fine)!;

        var expected = guide.Openings[(int)(GuideBook.StableHash($"{behaviour.Id}|{Fine}|{Hurts}") % (uint)guide.Openings.Count)];
        Assert.Equal(expected, choice.Opening);
    }

    [Fact]
    public void Across_a_category_the_guesses_draw_on_more_than_one_opening()
    {
        foreach (var category in Catalogue.Categories)
        {
            var openings = Catalogue.InCategory(category.Id)
                .SelectMany(b => new[] { (Fine, AskFirst), (Fine, Hurts), (Fine, Betrayal), (TellMe, Hurts), (TellMe, Betrayal), (AskFirst, Betrayal) }
                    .Select(s => Book.ForBlindSpot(b.Id, category.Id, s.Item1, s.Item2)!.Opening))
                .Distinct()
                .Count();

            Assert.True(openings > 1, category.Id);
        }
    }

    [Fact]
    public void A_category_without_a_blind_spot_guide_gets_none_rather_than_an_error()
    {
        var book = new GuideBook(["Listen first."], [new ConversationGuide(GuideKind.HotSpot, "exes", ["Hot one."], ["A?", "B?", "C?"])]);

        Assert.Null(book.ForBlindSpot("meets-ex", "exes", Fine, Betrayal));
        Assert.Null(Book.ForBlindSpot("some-behaviour", "not-a-category", Fine, Betrayal));
    }
}
