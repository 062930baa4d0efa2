using System.Globalization;
using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Support;

/// <summary>
/// How a page is laid out and drawn under the settings people use to read comfortably: a narrow or
/// zoomed window, forced colours (Windows high contrast), reduced motion. Each check returns what it
/// found as short descriptions (empty when all is well), so a test can name every problem of a page
/// at once.
/// </summary>
public static class PageLayout
{
    /// <summary>One way of looking at a page: a window size, a pixel density and the person's preferences.</summary>
    public sealed record View(
        string Name,
        ViewportSize Viewport,
        float DeviceScaleFactor = 1,
        ColorScheme ColorScheme = ColorScheme.Light,
        ReducedMotion ReducedMotion = ReducedMotion.NoPreference,
        ForcedColors ForcedColors = ForcedColors.None);

    /// <summary>A phone held upright, or a desktop window at 400% zoom: 320 CSS pixels wide.</summary>
    public static readonly View Narrow = new("320px", new ViewportSize { Width = 320, Height = 640 });

    /// <summary>
    /// A 1280 × 800 desktop window at 200% browser zoom. Zooming doubles the CSS pixel, so it is
    /// emulated as a 640 × 400 CSS pixel viewport with two device pixels per CSS pixel.
    /// </summary>
    public static readonly View Zoomed = new("zoom200", new ViewportSize { Width = 640, Height = 400 }, DeviceScaleFactor: 2);

    /// <summary>
    /// Shows the page the person is on, as it is (with what they just chose), in a window of
    /// <paramref name="view"/>'s size, and waits until it has been laid out again. Zoom only changes how
    /// many device pixels draw a CSS pixel, which the layout never sees, so a zoomed window is emulated by
    /// its size in CSS pixels alone. Call <see cref="RestoreAsync"/> afterwards.
    /// </summary>
    public static async Task ResizeAsync(IPage page, View view)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(view);
        await page.SetViewportSizeAsync(view.Viewport.Width, view.Viewport.Height);
        await SettledAsync(page);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
        Assert.True(width <= view.Viewport.Width, $"The page is laid out {width} px wide in the {view.Name} view.");
    }

    /// <summary>The person's window back as it was: a desktop, no forced colours, motion as usual, in light mode as the flow's people read.</summary>
    public static async Task RestoreAsync(IPage page, ViewportSize desktop)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(desktop);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions
        {
            ForcedColors = ForcedColors.None,
            ReducedMotion = ReducedMotion.NoPreference,
            ColorScheme = ColorScheme.Light,
        });
        await page.SetViewportSizeAsync(desktop.Width, desktop.Height);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
    }

    /// <summary>
    /// Opens every closed disclosure (<c>details</c>) on the page, as someone reading all of it would, so
    /// what is inside is laid out and checked too; <see cref="CloseDisclosuresAsync"/> closes them again.
    /// </summary>
    public static Task OpenDisclosuresAsync(IPage page) => page.EvaluateAsync("""
        () => {
          for (const details of document.querySelectorAll('details:not([open])')) {
            details.dataset.openedToLook = '';
            details.open = true;
          }
        }
        """);

    /// <summary>Closes the disclosures <see cref="OpenDisclosuresAsync"/> opened, leaving the page as the person had it.</summary>
    public static Task CloseDisclosuresAsync(IPage page) => page.EvaluateAsync("""
        () => {
          for (const details of document.querySelectorAll('details[data-opened-to-look]')) {
            details.open = false;
            delete details.dataset.openedToLook;
          }
        }
        """);

    /// <summary>Waits for two frames, so styles and layout reflect a new window size or emulated media.</summary>
    public static Task SettledAsync(IPage page) =>
        page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");

    public static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("SAMEPAGE_SCREENSHOTS");

    /// <summary>
    /// Opens the page the person is on in a fresh browser context of their own (their cookies) seen
    /// through <paramref name="view"/>: not a mobile browser, so the layout viewport cannot grow to fit
    /// a page that is too wide. The caller closes the page's context.
    /// </summary>
    public static async Task<IPage> OpenAsync(BrowserFixture app, Person person, View view)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(view);
        var url = person.Page.Url;
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = view.Viewport,
            DeviceScaleFactor = view.DeviceScaleFactor,
            ColorScheme = view.ColorScheme,
            ReducedMotion = view.ReducedMotion,
            ForcedColors = view.ForcedColors,
            Locale = "en-GB",
            StorageState = await person.Page.Context.StorageStateAsync(),
        });
        context.SetDefaultTimeout(15_000);
        await NeutralSite.ServeAsync(context);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(response?.Ok == true, $"{url} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"} in the {view.Name} view");
        return page;
    }

    /// <summary>Saves what the page shows (first screen and whole page) when <c>SAMEPAGE_SCREENSHOTS</c> names a folder.</summary>
    public static async Task SaveAsync(IPage page, string kind, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (ScreenshotFolder is not { Length: > 0 } folder)
        {
            return;
        }

        var dir = System.IO.Path.Combine(folder, kind);
        Directory.CreateDirectory(System.IO.Path.Combine(dir, "full"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(dir, name + ".png") });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(dir, "full", name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Whatever makes the page scroll sideways: the document being wider than the viewport, and every
    /// outermost element whose right edge lies beyond it. Content may be wider only inside a region
    /// that scrolls by itself and says what it is (a named, focusable scroll container such as a wide
    /// table's wrapper); a region that scrolls without a name is reported too. Elements moved wholly off
    /// to the left (the skip link until it is focused) and visually hidden ones (1 × 1 px) are not drawn.
    /// </summary>
    public static Task<string[]> SidewaysScrollingAsync(IPage page) => page.EvaluateAsync<string[]>(WithDescribe("""
        () => {
          const found = [];
          const root = document.documentElement;
          const width = root.clientWidth;
          if (root.scrollWidth > width) found.push(`the page is ${root.scrollWidth} px wide in a ${width} px viewport`);
          const reported = new Set();
          const named = el => (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) && el.tabIndex >= 0;
          for (const el of document.body.querySelectorAll('*')) {
            const box = el.getBoundingClientRect();
            if (box.width <= 1 && box.height <= 1) continue;
            if (box.right <= width + 0.5 || box.right <= 0) continue;
            const style = getComputedStyle(el);
            if (style.visibility === 'hidden' || style.position === 'fixed' && box.left >= width || unseen(el)) continue;
            let inside = null;
            for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
              if (reported.has(a)) { inside = 'reported'; break; }
              const overflow = getComputedStyle(a).overflowX;
              if (overflow === 'auto' || overflow === 'scroll') { inside = a; break; }
              if (overflow === 'hidden' || overflow === 'clip') { inside = 'clipped'; break; }
            }
            if (inside === 'reported' || inside === 'clipped') continue;
            if (inside) {
              if (named(inside) || reported.has(inside)) continue;
              reported.add(inside);
              found.push(`${describe(inside)} scrolls sideways without a name or a way to reach it by keyboard`);
              continue;
            }
            reported.add(el);
            found.push(`${describe(el)} reaches ${Math.round(box.right)} px of ${width}`);
          }
          return found;
        }
        """));

    /// <summary>
    /// Text hidden under something that stays put (the quick exit, a sticky bar) on the first screen of
    /// the page, scrolled to its top: a line of text whose box meets a fixed or sticky element's box and
    /// is painted beneath it there; and, scrolled on so a sticky bar is stuck at the top, the bar's own
    /// text hidden under the quick exit (content passing beneath a stuck bar is meant to). Whatever is inside the covering element is its own text; text that is
    /// visually hidden (for screen readers only) or not drawn is not covered.
    /// </summary>
    public static Task<string[]> CoveredTextAsync(IPage page) => page.EvaluateAsync<string[]>(WithDescribe("""
        async () => {
          window.scrollTo(0, 0);
          await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
          const found = [];
          const covers = [...document.body.querySelectorAll('*')].filter(el => {
            const s = getComputedStyle(el);
            const box = el.getBoundingClientRect();
            return (s.position === 'fixed' || s.position === 'sticky') && s.visibility !== 'hidden'
              && box.width > 1 && box.height > 1 && box.right > 0 && box.bottom > 0;
          });
          if (covers.length === 0) return found;
          const reported = new Set();
          const look = (root, under) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            const owner = text.parentElement;
            if (!text.data.trim() || !owner || reported.has(owner) || unseen(owner)) continue;
            const range = document.createRange();
            range.selectNodeContents(text);
            for (const line of range.getClientRects()) {
              if (line.width < 1 || line.height < 1) continue;
              for (const cover of under) {
                if (cover.contains(owner) || owner.contains(cover)) continue;
                const box = cover.getBoundingClientRect();
                const left = Math.max(box.left, line.left), right = Math.min(box.right, line.right);
                const top = Math.max(box.top, line.top), bottom = Math.min(box.bottom, line.bottom);
                if (right - left < 2 || bottom - top < 2) continue;
                const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
                if (hit && cover.contains(hit) && !owner.contains(hit)) {
                  reported.add(owner);
                  found.push(`${describe(cover)} covers the text "${text.data.trim().slice(0, 30)}" of ${describe(owner)}${window.scrollY > 0 ? ' once scrolled' : ''}`);
                }
              }
              if (reported.has(owner)) break;
            }
          }
          };
          look(document.body, covers);
          // Scrolled on, a sticky bar stays at the top with the quick exit: neither may hide the other's text.
          const sticky = covers.filter(el => getComputedStyle(el).position === 'sticky');
          if (sticky.length > 0) {
            window.scrollTo(0, sticky[0].getBoundingClientRect().top + window.scrollY + 300);
            await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
            for (const bar of sticky) look(bar, covers.filter(el => el !== bar));
            window.scrollTo(0, 0);
          }
          return found;
        }
        """));

    /// <summary>
    /// Text cut off by its box: an element that hides its overflow (or ends text with an ellipsis) while
    /// its content is wider, or taller, than the box. Form fields scroll their own text and are left out,
    /// as are visually hidden elements (1 × 1 px, meant only for screen readers) and what is not drawn
    /// at all (the inside of a closed disclosure).
    /// </summary>
    public static Task<string[]> ClippedTextAsync(IPage page) => page.EvaluateAsync<string[]>(WithDescribe("""
        () => {
          const found = [];
          for (const el of document.body.querySelectorAll('*')) {
            if (el.matches('input, textarea, select, option, svg, svg *, img, progress, meter')) continue;
            const style = getComputedStyle(el);
            const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
            const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
            if (!clipsX && !clipsY) continue;
            if (el.clientWidth <= 1 && el.clientHeight <= 1) continue;
            if (!(el.innerText || '').trim() || unseen(el)) continue;
            if (clipsX && el.scrollWidth > el.clientWidth + 1)
              found.push(`${describe(el)} cuts off its text: ${el.scrollWidth} px of it in ${el.clientWidth} px`);
            else if (clipsY && el.scrollHeight > el.clientHeight + 2)
              found.push(`${describe(el)} cuts off its text: ${el.scrollHeight} px high in ${el.clientHeight} px`);
          }
          return found;
        }
        """));

    /// <summary>
    /// What moves on a page when the person asked for reduced motion: animations running (Web Animations,
    /// CSS animations and transitions alike, from <c>document.getAnimations()</c>), CSS animations and
    /// transitions declared longer than 0.01 s on any element or pseudo-element, and smooth scrolling.
    /// The first button and link are hovered and focused first, so transitions that start on hover run.
    /// </summary>
    public static async Task<string[]> MotionAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var selector in new[] { "main button:visible", "main a[href]:visible", "main label:visible" })
        {
            var target = page.Locator(selector).First;
            if (await target.CountAsync() == 1)
            {
                await target.HoverAsync();
                await target.FocusAsync();
            }
        }

        return await page.EvaluateAsync<string[]>(WithDescribe("""
            () => {
              const found = new Set();
              const seconds = list => Math.max(...list.split(',').map(v => v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v)));
              for (const animation of document.getAnimations()) {
                const timing = animation.effect && animation.effect.getComputedTiming();
                const duration = timing ? Number(timing.duration) || 0 : 0;
                const target = animation.effect && animation.effect.target;
                if (duration > 10 && animation.playState !== 'finished')
                  found.add(`${target ? describe(target) : 'something'} moves: ${animation.constructor.name} ${animation.animationName || animation.transitionProperty || ''} for ${duration} ms`);
              }
              for (const el of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
                for (const pseudo of [null, '::before', '::after']) {
                  const style = getComputedStyle(el, pseudo);
                  if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01)
                    found.add(`${describe(el)}${pseudo || ''} has animation ${style.animationName} for ${style.animationDuration}`);
                  if (style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0.01)
                    found.add(`${describe(el)}${pseudo || ''} has a transition of ${style.transitionProperty} for ${style.transitionDuration}`);
                }
                if (getComputedStyle(el).scrollBehavior === 'smooth') found.add(`${describe(el)} scrolls smoothly`);
              }
              return [...found];
            }
            """));
    }

    /// <summary>
    /// Under forced colours, the outline of boundaries people rely on: every visible button, button-styled
    /// link and form field keeps a border on all four sides (forced colours paint borders in a system
    /// colour but drop backgrounds and shadows, so a control drawn by its background alone vanishes).
    /// </summary>
    public static Task<string[]> ControlsWithoutBoundaryAsync(IPage page) => page.EvaluateAsync<string[]>(WithDescribe("""
        () => {
          const found = [];
          const controls = document.querySelectorAll('button, .button, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea');
          for (const el of controls) {
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
            const sides = ['Top', 'Right', 'Bottom', 'Left'].filter(side =>
              parseFloat(style[`border${side}Width`]) < 1 || ['none', 'hidden'].includes(style[`border${side}Style`])
              || style[`border${side}Color`] === 'rgba(0, 0, 0, 0)' || style[`border${side}Color`] === 'transparent');
            if (sides.length > 0) found.push(`${describe(el)} has no border ${sides.join('/').toLowerCase()} (${style.borderTop})`);
          }
          return found;
        }
        """));

    /// <summary>
    /// Tabs once (so focus is keyboard focus), then focuses every focusable element in turn and reports
    /// those that show no outline: the element itself, a face drawn beside it (the span after a hidden
    /// radio), or its label or wrapper, must have an outline of at least 2 px that is not transparent.
    /// Shadows do not count: forced colours remove them.
    /// </summary>
    public static async Task<string[]> FocusWithoutOutlineAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Keyboard.PressAsync("Tab");
        return await page.EvaluateAsync<string[]>(WithDescribe("""
            () => {
              const found = [];
              const seen = s => s.visibility !== 'hidden' && Number(s.opacity) > 0;
              const outlined = el => {
                const s = getComputedStyle(el);
                return seen(s) && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
                  && s.outlineColor !== 'rgba(0, 0, 0, 0)' && s.outlineColor !== 'transparent';
              };
              const focusable = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])');
              for (const el of focusable) {
                if (el.disabled || el.closest('[hidden], [inert]')) continue;
                const box = el.getBoundingClientRect();
                if (box.width === 0 && box.height === 0) continue;
                el.focus({ preventScroll: true });
                if (document.activeElement !== el) continue;
                const faces = [el, el.nextElementSibling, el.parentElement, el.parentElement && el.parentElement.parentElement].filter(Boolean);
                if (!faces.some(outlined)) {
                  const s = getComputedStyle(el);
                  found.push(`${describe(el)} shows no outline when focused (outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}, box-shadow ${s.boxShadow})`);
                }
              }
              if (document.activeElement) document.activeElement.blur();
              return found;
            }
            """));
    }

    /// <summary>
    /// Choices drawn by the page instead of the browser (a radio or checkbox made transparent, its label's
    /// face showing the choice): the chosen one must look different from an unchosen one of the same group
    /// in something forced colours keep (text colour, border, outline, weight, underline, a mark before
    /// it, or a background the page keeps with <c>forced-color-adjust: none</c>). Returns the problems
    /// and how many chosen faces were compared, so a test can tell that there was something to look at.
    /// </summary>
    public static async Task<(string[] Problems, int Compared)> ChoicesThatLookAlikeAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.EvaluateAsync<string[]>(WithDescribe("""
            () => {
              const found = [];
              let compared = 0;
              const face = input => input.nextElementSibling || input.closest('label');
              const look = el => {
                const s = getComputedStyle(el), before = getComputedStyle(el, '::before');
                return [s.color, s.backgroundColor, s.borderTopColor, s.borderTopWidth, s.borderTopStyle, s.borderLeftWidth, s.outlineStyle,
                  s.outlineWidth, s.fontWeight, s.textDecorationLine, before.content].join('|');
              };
              for (const input of document.querySelectorAll('input[type=radio]:checked, input[type=checkbox]:checked')) {
                if (Number(getComputedStyle(input).opacity) > 0) continue;
                const group = input.type === 'radio'
                  ? [...document.getElementsByName(input.name)]
                  : [...document.querySelectorAll('input[type=checkbox]')].filter(i => face(i) && face(i).className === face(input).className);
                const other = group.find(i => !i.checked && Number(getComputedStyle(i).opacity) === 0);
                if (!other || !face(input) || !face(other)) continue;
                compared++;
                if (look(face(input)) === look(face(other)))
                  found.push(`the chosen ${describe(face(input))} looks the same as the unchosen ${describe(face(other))}`);
              }
              return [String(compared), ...found];
            }
            """));
        return (result[1..], int.Parse(result[0], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Progress bars, meters and icons (small images and SVGs) as drawn: each is photographed and must
    /// contain colour that stands out at least 3:1 from its own most common colour (its background),
    /// the contrast WCAG asks of graphics that carry meaning. A glyph or bar painted in a colour forced
    /// colours do not change can disappear into the forced background; this finds it.
    /// </summary>
    public static async Task<string[]> FaintGraphicsAsync(IPage page, int limit = 24)
    {
        ArgumentNullException.ThrowIfNull(page);
        var found = new List<string>();
        var graphics = page.Locator("progress:visible, meter:visible, [role=progressbar]:visible, svg:not(svg svg):visible, img:visible");
        var count = Math.Min(await graphics.CountAsync(), limit);
        for (var i = 0; i < count; i++)
        {
            var graphic = graphics.Nth(i);
            var size = await graphic.BoundingBoxAsync();
            if (size is null || size.Width < 4 || size.Height < 4)
            {
                continue;
            }

            await graphic.ScrollIntoViewIfNeededAsync();
            var png = Convert.ToBase64String(await graphic.ScreenshotAsync(new LocatorScreenshotOptions { Animations = ScreenshotAnimations.Disabled }));
            var contrast = await page.EvaluateAsync<double>("""
                async png => {
                  const bytes = Uint8Array.from(atob(png), c => c.charCodeAt(0));
                  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
                  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
                  const context = canvas.getContext('2d');
                  context.drawImage(bitmap, 0, 0);
                  const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
                  const counts = new Map();
                  for (let i = 0; i < data.length; i += 4) {
                    const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
                    counts.set(key, (counts.get(key) || 0) + 1);
                  }
                  const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                  const luminance = key => 0.2126 * channel(key >> 16) + 0.7152 * channel((key >> 8) & 255) + 0.0722 * channel(key & 255);
                  const background = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
                  const l0 = luminance(background);
                  let best = 1;
                  for (const key of counts.keys()) {
                    const l = luminance(key);
                    best = Math.max(best, (Math.max(l, l0) + 0.05) / (Math.min(l, l0) + 0.05));
                  }
                  return best;
                }
                """, png);
            if (contrast < 3)
            {
                var what = await graphic.EvaluateAsync<string>(WithDescribe("el => describe(el)"));
                found.Add(string.Create(CultureInfo.InvariantCulture, $"{what} stands out only {contrast:0.00}:1 from its background"));
            }
        }

        return [.. found];
    }

    /// <summary>The function given, able to call <c>describe(element)</c>: a short, recognisable name for an element in a failure message.</summary>
    private static string WithDescribe(string function) => "arg => { " + Describe + " return (" + function + ")(arg); }";

    private const string Describe = """
        const describe = el => {
          const classes = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
          const text = (el.innerText || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
          return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${classes}> "${text}"`;
        };
        const unseen = el => {
          if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return true;
          for (let a = el; a && a !== document.body; a = a.parentElement) {
            const s = getComputedStyle(a), box = a.getBoundingClientRect();
            if ((box.width <= 1 || box.height <= 1) && (s.overflow !== 'visible' || s.clip !== 'auto' || s.clipPath !== 'none')) return true;
          }
          return false;
        };

        """;
}
