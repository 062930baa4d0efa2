using System.Net;
using SamePage.Core.Catalogue;
using SamePage.Core.Stances;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Rounds;

/// <summary>
/// Issue 3, "Custom behaviours": any member adds a behaviour before anyone has submitted the round
/// and everyone answers it; once submission has started it waits for the next round.
/// </summary>
[Collection(SharedAppForRounds.Name)]
public sealed class CustomBehaviourTests(SharedApps apps)
{
    private const string Category = "time-and-priority";

    [Theory, Providers]
    public async Task A_behaviour_added_before_anyone_submits_is_asked_of_everyone_in_that_round(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await b.AnswerAllAsync(id, 1, Stance.Fine);

        var added = await a.AddBehaviourAsync(id, "Staying late at work to avoid coming home", Category, "On purpose, more than once");
        Assert.Equal($"{Paths.Behaviours(id)}?added=1", added.Location);

        var asked = await b.AskedOnPageAsync(id, 1, Category);
        var custom = Assert.Single(asked, x => x.StartsWith(CustomBehaviours.IdPrefix, StringComparison.Ordinal));
        Assert.Equal(custom, asked[^1]);
        var page = await b.GetAsync(Paths.Answer(id, 1, Category));
        Assert.Contains("Staying late at work to avoid coming home", page.Text);
        Assert.Contains("On purpose, more than once", page.Text);
        Assert.Contains("Added by your circle", page.Text);

        // B answered everything else before it was added: B must answer it too before submitting.
        var refused = await b.SubmitAsync(id, 1);
        Assert.Contains("notice=Incomplete", refused.Location);
        var review = await b.GetAsync(Paths.Review(id, 1));
        Assert.Contains("Staying late at work to avoid coming home", review.Find("#unanswered")!.TextContent);

        await b.AnswerPageAsync(id, 1, Category, [(custom, nameof(Stance.Hurts))]);
        await b.SubmitAsync(id, 1);
        await a.AnswerEverythingAsync(id, 1, x => x == custom ? Stance.Fine : Stance.Fine);
        Assert.Equal(Paths.Comparison(id, 1), (await a.SubmitAsync(id, 1)).Location);

        var comparison = await a.GetAsync(Paths.Comparison(id, 1));
        var item = comparison.Find($"li[data-behaviour='{custom}']");
        Assert.NotNull(item);
        Assert.Contains("Staying late at work to avoid coming home", item.TextContent);
    }

    [Theory, Providers]
    public async Task Once_someone_has_submitted_a_new_behaviour_waits_for_the_next_round(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AnswerAllAsync(id, 1, Stance.TellMe);
        await a.SubmitAsync(id, 1);

        var added = await b.AddBehaviourAsync(id, "Booking a holiday without talking first", Category);
        Assert.Equal($"{Paths.Behaviours(id)}?added=2", added.Location);
        var notice = await b.FollowAsync(added);
        Assert.Contains("round 2", notice.Find("#behaviours-notice")!.TextContent);

        Assert.DoesNotContain(await b.AskedOnPageAsync(id, 1, Category), CustomBehaviours.IsCustomId);
        await b.AnswerAllAsync(id, 1, Stance.TellMe);
        Assert.Equal(Paths.Comparison(id, 1), (await b.SubmitAsync(id, 1)).Location);

        await a.PostFormAsync(Paths.NewRound(id));
        var asked = await a.AskedOnPageAsync(id, 2, Category);
        Assert.Single(asked, CustomBehaviours.IsCustomId);
        Assert.Contains("Booking a holiday without talking first", (await a.GetAsync(Paths.Answer(id, 2, Category))).Text);
    }

    [Theory, Providers]
    public async Task Too_long_or_empty_text_is_refused_kindly_and_kept_in_the_form(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, id) = (circle[0], circle.Circle);
        var label = new string('x', 4001);
        var clarification = "A clarification worth keeping";

        var page = await a.AddBehaviourAsync(id, label, Category, clarification);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"{CustomBehaviours.MaxLabelLength} characters or fewer", page.Find("#label-error")!.TextContent);
        Assert.Contains("4001", page.Find("#label-error")!.TextContent);
        Assert.Equal(label, page.Find("#label")!.GetAttribute("value"));
        Assert.Equal(clarification, page.Find("#clarification")!.TextContent);
        Assert.Equal(Category, page.Find("#category option[selected]")!.GetAttribute("value"));
        Assert.Empty(await a.CustomLabelsAsync(id));

        var tooLongClarification = await a.AddBehaviourAsync(id, "A fine label", Category, new string('y', 5000));
        Assert.Contains($"{CustomBehaviours.MaxClarificationLength} characters or fewer", tooLongClarification.Find("#clarification-error")!.TextContent);
        Assert.Equal("A fine label", tooLongClarification.Find("#label")!.GetAttribute("value"));

        var empty = await a.AddBehaviourAsync(id, "   ", Category);
        Assert.NotNull(empty.Find("#label-error"));

        var noCategory = await a.AddBehaviourAsync(id, "Something", "no-such-category");
        Assert.NotNull(noCategory.Find("#category-error"));
        Assert.Equal("Something", noCategory.Find("#label")!.GetAttribute("value"));

        var invisible = await a.AddBehaviourAsync(id, "Hidden\u202Etext", Category);
        Assert.NotNull(invisible.Find("#label-error"));
        Assert.Empty(await a.CustomLabelsAsync(id));
    }

    [Theory, Providers]
    public async Task Only_its_author_can_take_a_behaviour_back_and_only_before_anyone_submits(DatabaseProvider provider)
    {
        using var circle = await CircleSetup.CreateAsync(apps.For(provider), "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        await a.AddBehaviourAsync(id, "First idea", Category);
        await a.AddBehaviourAsync(id, "Second idea", Category);
        Assert.Equal(["First idea", "Second idea"], await b.CustomLabelsAsync(id));

        var onB = await b.GetAsync(Paths.Behaviours(id));
        Assert.Empty(onB.FindAll("#custom-behaviours button"));
        var onA = await a.GetAsync(Paths.Behaviours(id));
        var forms = onA.FindAll("#custom-behaviours form");
        Assert.Equal(2, forms.Count);
        var removeFirst = forms[0].GetAttribute("action")!;

        var byB = await b.PostFormAsync(removeFirst);
        Assert.Equal(HttpStatusCode.OK, byB.Status);
        Assert.Contains("can't be removed", byB.Text);
        Assert.Equal(2, (await a.CustomLabelsAsync(id)).Count);

        var byA = await a.PostFormAsync(removeFirst);
        Assert.Equal($"{Paths.Behaviours(id)}?removed=true", byA.Location);
        Assert.Equal(["Second idea"], await b.CustomLabelsAsync(id));

        await a.AnswerEverythingAsync(id, 1, _ => Stance.Fine);
        await a.SubmitAsync(id, 1);
        var afterSubmit = await a.GetAsync(Paths.Behaviours(id));
        Assert.Empty(afterSubmit.FindAll("#custom-behaviours button"));
    }

    [Theory, Providers]
    public async Task A_circles_own_behaviours_are_its_own(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        using var other = await CircleSetup.CreateAsync(app, "Cedar", "Dogwood");
        await circle[0].AddBehaviourAsync(circle.Circle, "Only for the first circle", Category);

        Assert.Empty(await other[0].CustomLabelsAsync(other.Circle));
        Assert.DoesNotContain(await other[0].AskedOnPageAsync(other.Circle, 1, Category), CustomBehaviours.IsCustomId);
        Assert.Equal(HttpStatusCode.NotFound, (await other[0].GetAsync(Paths.Behaviours(circle.Circle))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other[0].AddBehaviourAsync(circle.Circle, "Intruding", Category)).Status);
        Assert.Equal(["Only for the first circle"], await circle[1].CustomLabelsAsync(circle.Circle));
    }

    [Theory, Providers]
    public async Task A_custom_behaviours_words_are_stored_only_sealed(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        const string Label = "Quillfeather lantern gathering";
        const string Clarification = "Marzipan orchestra clarification";
        await circle[0].AddBehaviourAsync(circle.Circle, Label, Category, Clarification);
        Assert.Contains(Label, (await circle[1].GetAsync(Paths.Answer(circle.Circle, 1, Category))).Text);

        string[] secrets = [Label, Clarification, "Quillfeather", "Marzipan"];
        await StoredData.AssertNoneStoredAsync(app, circle[0].Username, secrets);
    }
}
