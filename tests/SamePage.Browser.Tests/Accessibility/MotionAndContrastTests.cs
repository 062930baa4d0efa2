using Microsoft.Playwright;
using SamePage.Browser.Tests.Support;

namespace SamePage.Browser.Tests.Accessibility;

/// <summary>
/// The forced-colour and motion checks <see cref="VisualCheck"/> runs on every page catch what they are
/// there to catch: on a page broken on purpose each is reported, and on the same page whole nothing is.
/// The motion check also sees the stylesheet's own transitions when no one asked for less motion, so
/// the walk's empty answer means the reduced-motion rules are at work.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class MotionAndContrastTests(BrowserFixture app)
{
    [Fact]
    public async Task The_motion_check_sees_an_animation_a_long_transition_and_smooth_scrolling_and_the_sites_own_transitions_stop_when_asked()
    {
        await using var person = await Person.OpenAsync(app);
        await person.GoToAsync("/help");
        var page = person.Page;

        var usual = await PageLayout.MotionAsync(page);
        Assert.True(usual.Any(p => p.Contains("has a transition of", StringComparison.Ordinal)), "The buttons' own transitions were not seen:\n" + string.Join('\n', usual));
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        var reduced = await PageLayout.MotionAsync(page);
        Assert.True(reduced.Length == 0, string.Join('\n', reduced));

        await page.EvaluateAsync("""
            () => {
              const spinner = document.createElement('p');
              spinner.id = 'spinner';
              spinner.textContent = 'Turning';
              document.querySelector('main').append(spinner);
              spinner.animate([{ transform: 'rotate(0)' }, { transform: 'rotate(1turn)' }], { duration: 800, iterations: Infinity });
              document.querySelector('main h1').style.setProperty('transition', 'opacity 300ms ease', 'important');
              document.documentElement.style.setProperty('scroll-behavior', 'smooth', 'important');
            }
            """);
        var moving = await PageLayout.MotionAsync(page);
        Assert.Contains(moving, p => p.Contains("#spinner", StringComparison.Ordinal) && p.Contains("moves", StringComparison.Ordinal));
        Assert.Contains(moving, p => p.StartsWith("<h1", StringComparison.Ordinal) && p.Contains("transition of opacity", StringComparison.Ordinal));
        Assert.Contains(moving, p => p.StartsWith("<html", StringComparison.Ordinal) && p.EndsWith("scrolls smoothly", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_forced_colour_checks_see_a_borderless_button_a_focus_without_outline_choices_that_look_alike_and_a_faint_icon()
    {
        await using var person = await Person.OpenAsync(app);
        await person.GoToAsync("/help");
        var page = person.Page;
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(forced-colors: active)').matches"));
        Assert.Empty(await PageLayout.ControlsWithoutBoundaryAsync(page));
        Assert.Empty((await PageLayout.ChoicesThatLookAlikeAsync(page)).Problems);
        Assert.Empty(await PageLayout.FaintGraphicsAsync(page));
        Assert.Empty(await PageLayout.FocusWithoutOutlineAsync(page));

        await page.EvaluateAsync("""
            () => {
              const part = document.createElement('div');
              part.id = 'broken';
              part.innerHTML = `
                <button type="button" id="borderless">Borderless</button>
                <a href="#broken" id="no-outline">No outline</a>
                <label><input type="radio" name="alike" checked><span class="face">One</span></label>
                <label><input type="radio" name="alike"><span class="face">Two</span></label>
                <svg id="faint" width="40" height="40" aria-hidden="true">
                  <rect width="40" height="40" fill="#ffffff"/><circle cx="20" cy="20" r="12" fill="#eeeeee"/>
                </svg>`;
              document.querySelector('main').append(part);
              // The content security policy ignores style attributes: each breakage goes through the style object.
              document.getElementById('borderless').style.setProperty('border', 'none', 'important');
              document.getElementById('no-outline').style.setProperty('outline', 'none', 'important');
              for (const radio of part.querySelectorAll('input')) radio.style.cssText = 'opacity: 0; position: absolute';
              document.getElementById('faint').style.setProperty('forced-color-adjust', 'none');
            }
            """);
        Assert.Contains(await PageLayout.ControlsWithoutBoundaryAsync(page), p => p.Contains("#borderless", StringComparison.Ordinal));
        var (alike, compared) = await PageLayout.ChoicesThatLookAlikeAsync(page);
        Assert.Equal(1, compared);
        Assert.Contains(alike, p => p.Contains("\"One\"", StringComparison.Ordinal) && p.Contains("\"Two\"", StringComparison.Ordinal));
        Assert.Contains(await PageLayout.FaintGraphicsAsync(page), p => p.Contains("#faint", StringComparison.Ordinal));
        Assert.Contains(await PageLayout.FocusWithoutOutlineAsync(page), p => p.Contains("#no-outline", StringComparison.Ordinal));
    }
}
