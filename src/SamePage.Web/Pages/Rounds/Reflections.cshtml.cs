using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Reflections;
using SamePage.Web.Circles;
using SamePage.Web.Rounds;

namespace SamePage.Web.Pages.Rounds;

/// <summary>After the reveal, for those who took part: the journal answers the others chose to share.</summary>
public sealed class ReflectionsModel(CircleAccess circles, RoundDesk rounds, ReflectionDesk reflections) : RoundPageModel(circles, rounds)
{
    /// <summary>What the others share, in prompt order, then seat order.</summary>
    public IReadOnlyList<SharedReflection> FromOthers { get; private set; } = [];

    /// <summary>The prompts the viewer shares, in order.</summary>
    public IReadOnlyList<string> MyShared { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int number)
    {
        if (!await OpenAsync(id, number))
        {
            return NotFound();
        }

        if (!ReflectionDesk.CanShare(State, Circle.Me.MembershipId))
        {
            return ToComparisonOrReview();
        }

        var shared = await reflections.SharedAsync(Circle, Round);
        var me = Circle.Me.MembershipId;
        FromOthers = [.. shared.Where(s => s.MembershipId != me && Circle.Member(s.MembershipId) is not null)
            .OrderBy(s => IndexOf(s.Prompt))];
        MyShared = [.. shared.Where(s => s.MembershipId == me).Select(s => s.Prompt)];
        return Page();
    }

    public string NameOf(Guid membershipId) => Circle.Member(membershipId)?.DisplayName ?? string.Empty;

    private static int IndexOf(string prompt) => ReflectionPrompts.All.ToList().IndexOf(prompt);
}
