namespace SamePage.Web.Circles;

/// <summary>A page about one circle. Anyone who is not a member is told the page does not exist (404).</summary>
public abstract class CirclePageModel(CircleAccess circles) : MemberPageModel
{
    protected CircleAccess Circles { get; } = circles;

    public CircleView Circle { get; private set; } = null!;

    public string CirclePath => $"/circles/{Circle.Id}";

    /// <summary>Loads the circle for the signed-in member; false means "not found" for this person.</summary>
    protected async Task<bool> OpenCircleAsync(Guid circleId)
    {
        var circle = await Circles.OpenAsync(circleId, AccountId);
        if (circle is null)
        {
            return false;
        }

        Circle = circle;
        return true;
    }
}
