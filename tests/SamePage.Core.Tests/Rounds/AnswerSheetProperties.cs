using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SamePage.Core.Catalogue;
using SamePage.Core.Rounds;
using SamePage.Core.Stances;
using SamePage.Core.Styles;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Rounds;

/// <summary>The rules of a draft, with the shipped English content: what a save may change, whose answers one may guess, when a draft is complete.</summary>
public class AnswerSheetProperties
{
    private static readonly Lazy<(BehaviourCatalogue Catalogue, StyleBook Book)> Shipped = new(() =>
    {
        var catalogue = CatalogueParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "behaviours.yaml")), "content/en/behaviours.yaml");
        var book = StyleBookParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", "en", "styles.yaml")), "content/en/styles.yaml", catalogue);
        return (catalogue, book);
    });

    private static BehaviourCatalogue Catalogue => Shipped.Value.Catalogue;

    private static StyleBook Book => Shipped.Value.Book;

    private static readonly Guid Me = new(1, 0, 0, new byte[8]);

    /// <summary>Me, two other members, and two people who are not (or no longer) in the round.</summary>
    private static readonly Guid[] People = [Me, .. Enumerable.Range(2, 4).Select(i => new Guid(i, 0, 0, new byte[8]))];

    private static readonly HashSet<Guid> Members = [.. People.Take(3)];

    private static Gen<string> BehaviourIds => Gen.OneOf(Gen.Elements(Catalogue.Behaviours.Select(b => b.Id).ToArray()), Gen.Elements("not-asked", "custom-gone", ""));

    private static Gen<string> StyleIds => Gen.OneOf(Gen.Elements(Book.Items.Select(i => i.Id).ToArray()), Gen.Elements("not-a-style"));

    private static Gen<string?> Pages => Gen.Elements(new string?[] { null, AnswerSheet.StylePage, "not-a-page" }.Concat(Catalogue.Categories.Select(c => c.Id)).ToArray());

    private static readonly Arbitrary<DraftChanges[]> Saves = Gen.ArrayOf(
            Gen.Zip(
                Gen.Zip(
                    Gen.ArrayOf(Gen.Zip(BehaviourIds, StanceArbitraries.AnyStance)),
                    Gen.ArrayOf(Gen.Zip(Gen.Zip(BehaviourIds, Gen.Elements(People)), Gen.OneOf(StanceArbitraries.AnyStance.Select(s => (Stance?)s), Gen.Constant((Stance?)null))))),
                Gen.Zip(Gen.ArrayOf(Gen.Zip(StyleIds, Gen.Elements<int?>(null, -1, 0, 2, 4, 5))), Pages),
                (picked, rest) => new DraftChanges(
                    picked.Item1.DistinctBy(a => a.Item1).ToDictionary(a => a.Item1, a => a.Item2, StringComparer.Ordinal),
                    picked.Item2.DistinctBy(g => g.Item1).ToDictionary(g => g.Item1, g => g.Item2),
                    rest.Item2,
                    rest.Item1.DistinctBy(s => s.Item1).ToDictionary(s => s.Item1, s => s.Item2, StringComparer.Ordinal))))
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property A_save_keeps_only_answers_to_what_the_round_asks_and_changes_nothing_it_does_not_mention() =>
        Prop.ForAll(Saves, saves =>
        {
            var sheet = new AnswerSheet();
            foreach (var save in saves)
            {
                var before = new Dictionary<string, Stance>(sheet.Answers);
                sheet.Merge(save, Catalogue, Book, Me, Members);

                Assert.All(sheet.Answers.Keys, id => Assert.NotNull(Catalogue.Find(id)));
                foreach (var (id, stance) in sheet.Answers)
                {
                    var expected = save.Answers.TryGetValue(id, out var saved) ? saved : before[id];
                    Assert.Equal(expected, stance);
                }

                // Answers are never taken back by a save: another tab's answers stay.
                Assert.Subset(sheet.Answers.Keys.ToHashSet(), before.Keys.ToHashSet());
            }
        });

    [Property(MaxTest = 300)]
    public Property Guesses_are_only_ever_about_the_other_current_members() =>
        Prop.ForAll(Saves, saves =>
        {
            var sheet = new AnswerSheet();
            foreach (var save in saves)
            {
                sheet.Merge(save, Catalogue, Book, Me, Members);

                foreach (var (id, byMember) in sheet.Guesses)
                {
                    Assert.NotNull(Catalogue.Find(id));
                    Assert.NotEmpty(byMember);
                    Assert.All(byMember.Keys, member => Assert.True(member != Me && Members.Contains(member), $"a guess about {member}"));
                }

                foreach (var ((id, member), stance) in save.Guesses.Where(g => g.Key.Member != Me && Members.Contains(g.Key.Member) && Catalogue.Find(g.Key.BehaviourId) is not null))
                {
                    Assert.Equal(stance, sheet.GuessFor(id, member));
                }
            }
        });

    [Property(MaxTest = 300)]
    public Property How_I_connect_keeps_only_known_items_on_the_scale_and_a_page_only_if_the_round_has_it() =>
        Prop.ForAll(Saves, saves =>
        {
            var sheet = new AnswerSheet();
            foreach (var save in saves)
            {
                var page = sheet.LastCategory;
                sheet.Merge(save, Catalogue, Book, Me, Members);

                Assert.All(sheet.Styles, s => Assert.True(Book.Find(s.Key) is not null && StyleBook.IsStep(s.Value)));
                foreach (var (item, step) in save.Styles!.Where(s => Book.Find(s.Key) is not null))
                {
                    if (step is null)
                    {
                        Assert.False(sheet.Styles.ContainsKey(item));
                    }
                    else if (StyleBook.IsStep(step.Value))
                    {
                        Assert.Equal(step, sheet.Styles[item]);
                    }
                }

                var known = save.Category is { } c && (Catalogue.FindCategory(c) is not null || c == AnswerSheet.StylePage);
                Assert.Equal(known ? save.Category : page, sheet.LastCategory);
            }
        });

    [Property(MaxTest = 300)]
    public Property A_draft_is_complete_exactly_when_every_behaviour_the_round_asks_has_an_answer() =>
        Prop.ForAll(Saves, saves =>
        {
            var sheet = new AnswerSheet();
            var wasComplete = false;
            foreach (var save in saves)
            {
                sheet.Merge(save, Catalogue, Book, Me, Members);
                var complete = sheet.IsComplete(Catalogue);

                Assert.Equal(Catalogue.Behaviours.All(b => sheet.Answers.ContainsKey(b.Id)), complete);
                Assert.Equal(complete, sheet.AnsweredIn(Catalogue) == Catalogue.Behaviours.Count);
                Assert.True(complete || !wasComplete, "a save made a complete draft incomplete");
                wasComplete = complete;
            }

            // Answering everything completes any draft; guesses and "How I connect" never count.
            sheet.Merge(DraftChanges.OnlyAnswers(Catalogue.Behaviours.ToDictionary(b => b.Id, _ => Stance.Fine)), Catalogue, Book, Me, Members);
            Assert.True(sheet.IsComplete(Catalogue));
        });

    [Property(MaxTest = 200)]
    public Property A_revisit_starts_from_the_answers_still_asked_without_guesses() =>
        Prop.ForAll(Saves, saves =>
        {
            var earlier = new AnswerSheet();
            foreach (var save in saves)
            {
                earlier.Merge(save, Catalogue, Book, Me, Members);
            }

            var fewer = new BehaviourCatalogue(Catalogue.Categories, [.. Catalogue.Behaviours.Where((_, i) => i % 2 == 0)]);
            var carried = AnswerSheet.CarriedFrom(earlier, 3, fewer, Book);

            Assert.Equal(3, carried.CarriedFromRound);
            Assert.Empty(carried.Guesses);
            Assert.Null(carried.LastCategory);
            Assert.Equal(earlier.Answers.Where(a => fewer.Find(a.Key) is not null).OrderBy(a => a.Key, StringComparer.Ordinal), carried.Answers.OrderBy(a => a.Key, StringComparer.Ordinal));
            Assert.Equal(earlier.Styles.OrderBy(s => s.Key, StringComparer.Ordinal), carried.Styles.OrderBy(s => s.Key, StringComparer.Ordinal));
        });

    [Fact]
    public void A_guess_about_oneself_or_someone_outside_the_round_is_ignored_and_a_cleared_guess_leaves_nothing_behind()
    {
        var behaviour = Catalogue.Behaviours[0].Id;
        var sheet = new AnswerSheet();
        var guesses = new Dictionary<(string, Guid), Stance?> { [(behaviour, Me)] = Stance.Fine, [(behaviour, People[4])] = Stance.Fine, [(behaviour, People[1])] = Stance.Hurts };

        sheet.Merge(new DraftChanges(new Dictionary<string, Stance>(), guesses, null), Catalogue, Book, Me, Members);
        Assert.Equal([People[1]], sheet.Guesses[behaviour].Keys);

        sheet.Merge(new DraftChanges(new Dictionary<string, Stance>(), new Dictionary<(string, Guid), Stance?> { [(behaviour, People[1])] = null }, null), Catalogue, Book, Me, Members);
        Assert.Empty(sheet.Guesses);
    }
}
