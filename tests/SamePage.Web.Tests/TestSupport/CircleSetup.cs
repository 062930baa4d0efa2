using SamePage.Core.Stances;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>Common starting points: a circle of several people, each with their own browser.</summary>
public sealed class CircleSetup : IDisposable
{
    private CircleSetup(Guid circle, IReadOnlyList<Person> members, IReadOnlyList<string> displayNames)
    {
        Circle = circle;
        Members = members;
        DisplayNames = displayNames;
    }

    public Guid Circle { get; }

    /// <summary>The members in the order they joined; the first started the circle.</summary>
    public IReadOnlyList<Person> Members { get; }

    public IReadOnlyList<string> DisplayNames { get; }

    public Person this[int index] => Members[index];

    /// <summary>Someone starts a circle and invites the others, who join under the given names.</summary>
    public static async Task<CircleSetup> CreateAsync(AppFactory app, params string[] displayNames)
    {
        var members = new List<Person>();
        var first = await app.SignUpAsync();
        members.Add(first);
        var circle = await first.CreateCircleAsync("Us", displayNames[0]);
        foreach (var name in displayNames.Skip(1))
        {
            var code = await first.InviteAsync(circle);
            var member = await app.SignUpAsync();
            await member.JoinCircleAsync(circle, code, name);
            members.Add(member);
        }

        return new CircleSetup(circle, members, displayNames);
    }

    /// <summary>Each member answers everything with one stance and submits; the round is revealed.</summary>
    public async Task RevealRoundAsync(int round, params Stance[] stances)
    {
        for (var i = 0; i < Members.Count; i++)
        {
            await Members[i].AnswerAllAsync(Circle, round, stances[i]);
            await Members[i].SubmitAsync(Circle, round);
        }
    }

    public void Dispose()
    {
        foreach (var member in Members)
        {
            member.Dispose();
        }
    }
}
