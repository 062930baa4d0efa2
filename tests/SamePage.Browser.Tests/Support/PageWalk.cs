using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Support;

/// <summary>One page of a walk, as someone is looking at it: who, what the walk calls it, and where.</summary>
/// <param name="Person">The person looking at the page.</param>
/// <param name="Name">What the walk calls the page ("comparison", "questionnaire-3"), for reports and screenshots.</param>
/// <param name="Status">The status the page was answered with (a not-found page is 404).</param>
public sealed record PageVisit(Person Person, string Name, int Status = 200)
{
    public IPage Page => Person.Page;

    public string Url => Page.Url;

    /// <summary>The language the person's browser asks for ("en", "es", "de").</summary>
    public string Language => Person.Language;

    /// <summary>The person's window as it is now (a desktop unless they use another).</summary>
    public ViewportSize Viewport => Page.ViewportSize is { } size ? new ViewportSize { Width = size.Width, Height = size.Height } : BrowserFixture.Desktop;
}

/// <summary>
/// A check a <see cref="PageWalk"/> runs on the pages it visits. It reports every problem it finds
/// through <c>problem</c> (or by failing an assertion, which ends its run on that page); the walk
/// names the page and the check in front of each.
/// </summary>
public interface IPageCheck
{
    /// <summary>The check's name in failure messages ("structure", "tour").</summary>
    string Name { get; }

    /// <summary>Run on every page a person of the walk lands on (each navigation), not only on the walk's named views.</summary>
    bool OnEveryNavigation => false;

    bool AppliesTo(PageVisit visit) => true;

    Task CheckAsync(PageVisit visit, Action<string> problem);
}

/// <summary>
/// One walk of <see cref="TwoPartnerFlow"/> with any number of <see cref="IPageCheck"/>s: each page is
/// reached once (axe runs on it then, through the page objects) and every check that applies looks
/// at it. Problems are gathered, each as "page — check: what", so one run names them all.
/// </summary>
public sealed class PageWalk
{
    private readonly List<string> _problems = [];

    private readonly IReadOnlyList<IPageCheck> _checks;

    private PageWalk(IReadOnlyList<IPageCheck> checks) => _checks = checks;

    /// <summary>Every problem found, in the order found, each once.</summary>
    public IReadOnlyList<string> Problems => _problems.Distinct().ToList();

    /// <summary>How many named views the walk showed.</summary>
    public int Views { get; private set; }

    /// <param name="typed">Given the texts the people type (names, the clause, notes) and their usernames, as they type them.</param>
    public static async Task<PageWalk> RunAsync(BrowserFixture app, List<string> typed, params IPageCheck[] checks)
    {
        var walk = new PageWalk(checks);
        await TwoPartnerFlow.WalkAsync(app, walk.SeeAsync, walk.Meet, typed);
        return walk;
    }

    private void Meet(Person person)
    {
        var every = _checks.Where(c => c.OnEveryNavigation).ToList();
        if (every.Count > 0)
        {
            person.AlsoCheck = async page =>
            {
                var visit = new PageVisit(person, new Uri(page.Url).AbsolutePath);
                foreach (var check in every)
                {
                    if (check.AppliesTo(visit))
                    {
                        await RunAsync(check, visit);
                    }
                }
            };
        }
    }

    private async Task SeeAsync(PageVisit visit)
    {
        Views++;
        foreach (var check in _checks.Where(c => !c.OnEveryNavigation))
        {
            if (check.AppliesTo(visit))
            {
                await RunAsync(check, visit);
            }
        }
    }

    private async Task RunAsync(IPageCheck check, PageVisit visit)
    {
        void Problem(string what) => Found($"{visit.Name} — {check.Name}: {what}");
        try
        {
            await check.CheckAsync(visit, Problem);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            Problem(e.Message);
        }
        catch (PlaywrightException e)
        {
            Problem(e.Message);
        }
    }

    /// <summary>Keeps a problem, and with <c>SAMEPAGE_SCREENSHOTS</c> set also writes it to <c>problems.txt</c> there as it is found.</summary>
    private void Found(string problem)
    {
        _problems.Add(problem);
        if (PageLayout.ScreenshotFolder is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.AppendAllLines(System.IO.Path.Combine(folder, "problems.txt"), [problem]);
        }
    }
}
