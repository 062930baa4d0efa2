using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SamePage.Browser.Tests.Security;

/// <summary>
/// Listens to one browser context for any sign that typed text ran as code: a dialog (alert, confirm,
/// prompt), a console error (a failed load of a URL a payload named, a script refused by the CSP), an
/// uncaught page error, a Content-Security-Policy violation event, or a window a payload opened.
/// Dialogs are dismissed so the page never hangs; everything is kept with the address it happened at.
/// </summary>
public sealed class ScriptAlarm
{
    private const string ViolationBinding = "samepageReportCspViolation";

    /// <summary>Reports CSP violations through a binding (bindings and init scripts are not subject to the page's CSP).</summary>
    private const string ViolationListener =
        "document.addEventListener('securitypolicyviolation', e => " +
        $"window.{ViolationBinding}(`${{e.violatedDirective}} blocked ${{e.blockedURI}} ${{e.sample || ''}}`));";

    /// <summary>
    /// What on a SamePage page could only have come from typed text: event-handler attributes, script
    /// URLs, scripts other than SamePage's own modules, inline styles, frames, embeds, a base or a
    /// refreshing meta element. SamePage's own markup has none of these.
    /// </summary>
    private const string LiveMarkupScan = """
        () => {
          const found = [];
          const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'content', 'poster', 'background'];
          for (const el of document.querySelectorAll('*')) {
            for (const attr of el.attributes) {
              const name = attr.name.toLowerCase();
              if (name.startsWith('on')) found.push(`${el.localName}[${name}]`);
              if (urlAttributes.includes(name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value.replace(/[\u0000-\u0020\u200b-\u200d\ufeff]/g, ''))) found.push(`${el.localName}[${name}=${attr.value}]`);
            }
            if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'style', 'video', 'audio', 'source', 'marquee', 'img'].includes(el.localName)) found.push(el.localName);
            if (el.localName === 'meta' && el.hasAttribute('http-equiv')) found.push('meta[http-equiv]');
          }
          for (const script of document.scripts) {
            const src = script.getAttribute('src') || '';
            if (!src.startsWith('/js/') || script.textContent.trim() !== '') found.push(`script ${src || script.textContent.slice(0, 60)}`);
          }
          return found;
        }
        """;

    private readonly ConcurrentQueue<string> _events = new();
    private readonly string _who;

    private ScriptAlarm(string who) => _who = who;

    /// <summary>Everything noticed so far, each with where it happened.</summary>
    public IReadOnlyCollection<string> Events => _events;

    /// <summary>Starts listening to a person's browser (the page they use, and any page opened later in their context).</summary>
    public static async Task<ScriptAlarm> WatchAsync(string who, IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var alarm = new ScriptAlarm(who);
        await page.Context.ExposeBindingAsync(ViolationBinding, (BindingSource source, string violation) =>
            alarm.Raise(source.Page?.Url, $"CSP violation: {violation}"));
        await page.Context.AddInitScriptAsync(ViolationListener);
        page.Context.Page += (_, opened) =>
        {
            alarm.Raise(opened.Url, "a new window was opened");
            alarm.Listen(opened);
        };
        alarm.Listen(page);
        return alarm;
    }

    /// <summary>Fails if anything ran, loaded or was refused since the watch began, or if the page holds live markup.</summary>
    public async Task AssertQuietAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var live = await page.EvaluateAsync<string[]>(LiveMarkupScan);
        foreach (var element in live)
        {
            Raise(page.Url, $"live markup on the page: {element}");
        }

        AssertQuiet();
    }

    public void AssertQuiet() =>
        Assert.True(_events.IsEmpty, $"Typed text came alive in {_who}'s browser:\n{string.Join('\n', _events)}");

    private void Listen(IPage page)
    {
        page.Dialog += async (_, dialog) =>
        {
            Raise(page.Url, $"{dialog.Type} dialog: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Raise(page.Url, $"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Raise(page.Url, $"page error: {error}");
    }

    private void Raise(string? url, string what) => _events.Enqueue($"at {url}: {what}");
}
