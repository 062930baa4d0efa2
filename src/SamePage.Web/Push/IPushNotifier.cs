namespace SamePage.Web.Push;

/// <summary>
/// Tells the circle's other members, in the browsers where they turned notifications on, that
/// something new waits for them. Never blocks, never fails, and says nothing about what happened.
/// </summary>
public interface IPushNotifier
{
    /// <summary>Something new in the circle for everyone but the member who acted.</summary>
    void SomethingNew(Guid circleId, Guid actingMembershipId);

    /// <summary>Something new for these members only (a concern shared with them).</summary>
    void SomethingNewFor(Guid circleId, IReadOnlyCollection<Guid> membershipIds);
}

/// <summary>One thing to tell: who in which circle (the acting member is never among them).</summary>
public sealed record PushNotice(Guid CircleId, Guid? ActingMembershipId, IReadOnlyCollection<Guid>? OnlyMembershipIds);
