using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// The person at their keyboard only: Tab and Shift+Tab, Enter, Space, the arrow keys and typing.
/// Nothing here clicks, fills or checks an element directly; locators only say where focus should go.
/// </summary>
public sealed partial class Person
{
    /// <summary>More Tab presses than any SamePage page has stops; reaching it means focus went round in circles.</summary>
    private const int MaxTabStops = 400;

    /// <summary>Where focus is now (a short description, for messages).</summary>
    public Task<string> FocusedAsync() => Page.EvaluateAsync<string>(KeyboardAudit.DescribeActive);

    /// <summary>Opens an address as if typed into the address bar, then checks the page and walks it by keyboard.</summary>
    public async Task KeyGoToAsync(string pathOrLink)
    {
        await GoToAsync(pathOrLink);
        await WalkByKeyboardAsync();
    }

    /// <summary>When set, what the walk of each page finds is gathered here instead of failing there, so one run shows it all.</summary>
    public ICollection<string>? KeyboardFindings { get; set; }

    /// <summary>After creating or joining a circle by keyboard: the circle the person is in now.</summary>
    public void RememberCircle(string displayName)
    {
        Assert.Matches(CirclePathPattern, Path);
        (CirclePath, DisplayName) = (Path, displayName);
    }

    private async Task WalkByKeyboardAsync()
    {
        if (KeyboardFindings is null)
        {
            await KeyboardAudit.AssertPageAsync(Page);
            return;
        }

        try
        {
            await KeyboardAudit.AssertPageAsync(Page);
        }
        catch (Xunit.Sdk.XunitException finding)
        {
            if (!KeyboardFindings.Contains(finding.Message))
            {
                KeyboardFindings.Add(finding.Message);
            }
        }
    }

    /// <summary>Presses Tab until the target has focus (going round the page at most once).</summary>
    public async Task TabToAsync(ILocator target)
    {
        await Expect(target).ToHaveCountAsync(1);
        for (var i = 0; i < MaxTabStops; i++)
        {
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return;
            }

            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target} on {Path}; focus is on {await FocusedAsync()}");
    }

    /// <summary>Tabs to a field and types into it (replacing what it holds).</summary>
    public async Task KeyTypeAsync(ILocator field, string text)
    {
        await TabToAsync(field);
        await Page.Keyboard.PressAsync("ControlOrMeta+A");
        await Page.Keyboard.PressAsync("Delete");
        await Page.Keyboard.TypeAsync(text);
        await Expect(field).ToHaveValueAsync(text);
    }

    /// <summary>Tabs to a checkbox and presses Space until it is in the state wanted.</summary>
    public async Task KeyCheckAsync(ILocator checkbox, bool check = true)
    {
        await TabToAsync(checkbox);
        if (await checkbox.IsCheckedAsync() != check)
        {
            await Page.Keyboard.PressAsync("Space");
        }

        Assert.Equal(check, await checkbox.IsCheckedAsync());
    }

    /// <summary>
    /// Chooses a radio button as a keyboard user does: Tab into its group (one stop per group), Space
    /// when focus is on it, otherwise the down arrow, which moves to the next one and chooses it.
    /// </summary>
    public async Task KeyChooseAsync(ILocator radio)
    {
        await Expect(radio).ToHaveCountAsync(1);
        var name = await radio.GetAttributeAsync("name") ?? string.Empty;
        for (var i = 0; i < MaxTabStops; i++)
        {
            if (await Page.EvaluateAsync<bool>("n => document.activeElement?.type === 'radio' && document.activeElement.name === n", name))
            {
                break;
            }

            await Page.Keyboard.PressAsync("Tab");
        }

        for (var i = 0; i < 20; i++)
        {
            var (focused, checkedNow) = (await radio.EvaluateAsync<bool>("el => el === document.activeElement"), await radio.IsCheckedAsync());
            if (focused && checkedNow)
            {
                return;
            }

            await Page.Keyboard.PressAsync(focused ? "Space" : "ArrowDown");
        }

        Assert.Fail($"The arrow keys never chose {radio} on {Path}; focus is on {await FocusedAsync()}");
    }

    /// <summary>
    /// Tabs to a link or button and presses a key on it (Enter, or Space for a button), waits for the page
    /// it leads to, then checks that page (axe, quick exit) and walks it by keyboard (<see cref="KeyboardAudit"/>).
    /// </summary>
    public async Task KeyFollowAsync(ILocator target, string key = "Enter")
    {
        await TabToAsync(target);
#pragma warning disable CS0612 // as in FollowAsync: these keys always navigate, and a form may post back to its own address
        IResponse? response;
        try
        {
            response = await Page.RunAndWaitForNavigationAsync(() => Page.Keyboard.PressAsync(key));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{key} on {target} led nowhere from {Path}; focus is on {await FocusedAsync()}");
            throw;
        }
#pragma warning restore CS0612
        Assert.True(response?.Ok == true, $"{key} on {target} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"} at {Page.Url}");
        await CheckPageAsync();
        await WalkByKeyboardAsync();
    }

    /// <summary>From any page: the header's "Your circles", then the circle's own link.</summary>
    public async Task KeyOpenCircleAsync(string circleName)
    {
        await KeyFollowAsync(Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Your circles", Exact = true }));
        await KeyFollowAsync(Main.GetByRole(AriaRole.Link, new() { Name = circleName, Exact = true }));
        Assert.Equal(CirclePath, Path);
    }
}

/// <summary>
/// Walks a freshly opened page with the Tab key the way someone without a mouse meets it.
/// A page may put the person somewhere on arrival: back at what they just did (a fragment such as
/// #clause-3 after saving that clause) or on an element it focuses. That place must be on screen, not
/// under a sticky bar, and have a name. Then, from the top of the document (the sequential focus
/// navigation starting point set back there, as for someone arriving at the top), the first stop is the
/// skip link, which is visible and moves focus to the main content; nothing jumps the queue with a
/// positive tabindex; from there
/// Tab goes through the rest of the page, leaves it at the end (focus returns to the document,
/// which the browser's own controls would take) and comes back round through the top to where it
/// started, so nothing traps focus. Every stop shows a focus indicator that differs from its look
/// without focus and is on screen, not hidden under anything; and every control that can be used
/// (one stop per group of radio buttons) is among the stops.
/// </summary>
public static class KeyboardAudit
{
    internal const string DescribeActive = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return 'the document';
          const text = (el.getAttribute('aria-label') || el.innerText || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 50);
          return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.name ? ' name=' + el.name : ''}> "${text}"`;
        }
        """;

    /// <summary>
    /// Installs window.__keys: the controls a person should be able to reach, their look without focus,
    /// and stop(), which says where focus is and whether it is seen.
    /// </summary>
    private const string Install = """
        () => {
          const describe = el => {
            const text = (el.getAttribute('aria-label') || el.innerText || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 50);
            return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.name ? ' name=' + el.name : ''}> "${text}"`;
          };
          // A control drawn by something else (a transparent radio inside its segment, a visually hidden
          // input) shows its focus on what a person sees: its label's visible box.
          const seen = el => {
            const s = getComputedStyle(el);
            const r = el.getBoundingClientRect();
            if (s.opacity === '0' || r.width <= 2 || r.height <= 2) {
              return el.nextElementSibling ?? el.closest('label') ?? el;
            }
            return el;
          };
          const look = el => {
            const s = getComputedStyle(el);
            return { outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
                     shadow: s.boxShadow, border: s.borderColor, background: s.backgroundColor };
          };
          // A link, button or field taken out of the Tab order (tabindex="-1") still counts: a keyboard cannot reach it.
          const native = el => el.matches('a[href], button, input, select, textarea, summary');
          const usable = el => !el.disabled && (el.tabIndex >= 0 || native(el)) && el.type !== 'hidden' && !el.closest('[inert], [aria-hidden="true"]')
            && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
          const selector = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"], audio[controls], video[controls], iframe';
          const controls = [...document.querySelectorAll(selector)].filter(usable);
          // Radio buttons of one name in one form are one Tab stop.
          const stopOf = el => el.type === 'radio' && el.name ? `radio ${el.form?.id ?? ''} ${el.name}` : null;
          const stops = new Map();
          controls.forEach((el, i) => { const key = stopOf(el) ?? `#${i}`; if (!stops.has(key)) stops.set(key, describe(el)); });
          const before = new Map(controls.map(el => [el, look(seen(el))]));
          window.__keys = {
            stops: [...stops.entries()].map(([key, description]) => ({ key, description })),
            stop: () => {
              const el = document.activeElement;
              if (!el || el === document.body || el === document.documentElement) return { key: 'document', description: 'the document', problem: null };
              const i = controls.indexOf(el);
              const key = i < 0 ? `other ${describe(el)}` : (stopOf(el) ?? `#${i}`);
              const target = seen(el);
              const now = look(target);
              const was = before.get(el) ?? { outline: 'none', shadow: 'none', border: '', background: '' };
              const problems = [];
              const indicator = (now.outline !== 'none' && now.outline !== was.outline) || (now.shadow !== 'none' && now.shadow !== was.shadow);
              if (!indicator) problems.push(`no visible focus indicator (outline ${now.outline}, shadow ${now.shadow}; without focus ${was.outline}, ${was.shadow})`);
              const r = target.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) problems.push('it has no size');
              else if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) problems.push(`it is off screen (${Math.round(r.left)},${Math.round(r.top)})`);
              else {
                const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
                const hit = document.elementFromPoint(x, y);
                const ok = hit && (target.contains(hit) || hit.contains(target) || el.contains(hit) || [...(el.labels ?? [])].some(l => l.contains(hit)));
                if (!ok) problems.push(`it is covered by ${describe(hit ?? document.body)}`);
              }
              return { key, description: describe(el), problem: problems.length ? problems.join('; ') : null };
            },
          };
          return window.__keys.stops.length;
        }
        """;

    /// <summary>
    /// The element focused on arrival, or else the fragment's target: null when the page puts the person
    /// nowhere in particular. Its top must be on screen and not covered (a sticky bar, say), and it must
    /// have a name (its own, its labelling element's, or its text); a focused control must also show focus.
    /// </summary>
    private const string Landing = """
        () => {
          const active = document.activeElement;
          const focused = active && active !== document.body && active !== document.documentElement ? active : null;
          const id = decodeURIComponent(location.hash.slice(1));
          const target = focused ?? (id ? document.getElementById(id) : null);
          if (!target) return null;
          const problems = [];
          const labelledBy = (target.getAttribute('aria-labelledby') ?? '').split(/\s+/).map(i => document.getElementById(i)?.innerText ?? '').join(' ');
          const name = (target.getAttribute('aria-label') || labelledBy || target.innerText || target.value || '').trim();
          if (!name) problems.push('it has no name');
          const r = target.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) problems.push('it has no size');
          else if (r.top < -1 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) problems.push(`its top is off screen (${Math.round(r.left)},${Math.round(r.top)})`);
          else {
            // Its first line, at its start, middle and end (a fixed bar or button may cover any of them).
            const y = Math.min(r.top + Math.min(r.height / 2, 16), innerHeight - 1);
            const inset = Math.min(r.width / 2, 24);
            for (const x of [r.left + inset, r.left + r.width / 2, r.right - inset].map(x => Math.min(Math.max(x, 0), innerWidth - 1))) {
              const hit = document.elementFromPoint(x, y);
              if (!hit || !(target.contains(hit) || hit.contains(target))) {
                const el = hit ?? document.body;
                problems.push(`its top is covered by <${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''}>`);
              }
            }
          }
          // A control focused on arrival must show it; a container given focus to start from (main, after
          // the skip link's #main came along through a redirect; a status with tabindex="-1") need not.
          const control = focused && (focused.matches('a[href], button, input, select, textarea, summary, [contenteditable="true"]') || focused.tabIndex >= 0);
          const stop = focused ? window.__keys.stop() : null;
          if (control && stop?.problem) problems.push(stop.problem);
          return { key: focused ? 'focus' : 'fragment', description: stop?.description ?? `#${id}`, problem: problems.length ? [...new Set(problems)].join('; ') : null };
        }
        """;

    /// <summary>A positive tabindex puts its element ahead of the skip link in Tab order, wherever it is.</summary>
    private const string AheadOfTheSkipLink = """
        () => [...document.querySelectorAll('[tabindex]')].filter(el => el.tabIndex > 0)
          .map(el => `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}> has tabindex ${el.tabIndex}, which puts it ahead of the skip link`)
        """;

    /// <summary>
    /// Sets the sequential focus navigation starting point back to the top of the document, as for someone
    /// who arrives there: an unnamed, unreachable marker before everything else takes focus for the first
    /// Tab and is removed after it (a page with a control before the skip link still shows it first).
    /// </summary>
    private const string FromTheTop = """
        () => {
          const top = document.createElement('span');
          top.id = 'keyboard-audit-top';
          top.tabIndex = -1;
          document.body.prepend(top);
          top.focus({ preventScroll: true });
        }
        """;

    /// <summary>Walks the page just opened, from where it puts the person and then from its top.</summary>
    public static async Task AssertPageAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var where = new Uri(page.Url).AbsolutePath;
        await page.EvaluateAsync<int>(Install);
        var problems = new List<string>();

        // Where the page puts the person on arrival, if anywhere: seen, named, not under anything.
        var landing = await page.EvaluateAsync<Stop?>(Landing);
        if (landing?.Problem is not null)
        {
            problems.Add($"where the page puts you on arrival, {landing.Description}: {landing.Problem}");
        }

        problems.AddRange(await page.EvaluateAsync<string[]>(AheadOfTheSkipLink));

        // The first stop from the top of the document: the skip link, seen, and Enter on it moves focus to the main content.
        await page.EvaluateAsync(FromTheTop);
        await page.Keyboard.PressAsync("Tab");
        await page.EvaluateAsync("() => document.getElementById('keyboard-audit-top')?.remove()");
        var first = await StopAsync(page);
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.matches('a.skip-link[href=\"#main\"]') === true"),
            $"The first Tab stop from the top of {where} is {first.Description}, not the skip link");
        if (first.Problem is not null)
        {
            problems.Add($"the skip link: {first.Problem}");
        }

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
        await Expect(page.Locator("main#main")).ToBeInViewportAsync();

        // From the main content to the end, out of the page, and round through the top back to the start.
        var reached = new List<string>();
        var left = false;
        string? start = null;
        for (var i = 0; ; i++)
        {
            Assert.True(i < 400, $"Focus never came back round on {where}: it went {string.Join(" → ", reached.TakeLast(12))}");
            await page.Keyboard.PressAsync("Tab");
            var stop = await StopAsync(page);
            if (stop.Key == "document" || stop.Key == first.Key)
            {
                left = true;
                continue;
            }

            if (stop.Key == start)
            {
                break;
            }

            if (start is null)
            {
                start = stop.Key;
                await SaveFocusAsync(page, where);
            }
            if (reached.Count > 0 && reached[^1] == stop.Key)
            {
                continue; // a date field's day, month and year are stops of one control
            }

            if (reached.Contains(stop.Key))
            {
                Assert.Fail($"Focus is trapped on {where}: it came back to {stop.Description} without leaving the page ({string.Join(" → ", reached.TakeLast(12))})");
            }

            reached.Add(stop.Key);
            if (stop.Problem is not null)
            {
                problems.Add($"{stop.Description}: {stop.Problem}");
            }
        }

        Assert.True(left, $"Focus is trapped on {where}: Tab never left the page, going round {string.Join(" → ", reached.TakeLast(12))}");
        var expected = await page.EvaluateAsync<Stop[]>("() => window.__keys.stops");
        var unreached = expected.Where(s => !reached.Contains(s.Key) && s.Key != first.Key).Select(s => s.Description).ToList();
        if (unreached.Count > 0)
        {
            problems.Add("never reached by Tab: " + string.Join(", ", unreached));
        }

        if (problems.Count > 0)
        {
            var report = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Keyboard problems on {where}:");
            foreach (var problem in problems)
            {
                report.AppendLine().Append("- ").Append(problem);
            }

            Assert.Fail(report.ToString());
        }
    }

    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("SAMEPAGE_SCREENSHOTS");

    private static int _shots;

    /// <summary>With SAMEPAGE_SCREENSHOTS set to a folder: the screen with focus on the first control of the main content.</summary>
    private static async Task SaveFocusAsync(IPage page, string where)
    {
        if (string.IsNullOrEmpty(ScreenshotFolder))
        {
            return;
        }

        Directory.CreateDirectory(ScreenshotFolder);
        var scheme = await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches") ? "dark" : "light";
        var name = string.Create(CultureInfo.InvariantCulture,
            $"focus-{Interlocked.Increment(ref _shots):D3}-{page.ViewportSize?.Width}-{scheme}-{where.Trim('/').Replace('/', '_')}.png");
        await page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(ScreenshotFolder, name[..Math.Min(name.Length, 120)]) });
    }

    private static Task<Stop> StopAsync(IPage page) => page.EvaluateAsync<Stop>("() => window.__keys.stop()");

    /// <summary>One Tab stop as the page reports it (a class with setters: Playwright fills it in from JSON).</summary>
    private sealed class Stop
    {
        public string Key { get; set; } = string.Empty;

        public string Description { get; set; } = string.Empty;

        public string? Problem { get; set; }
    }
}
