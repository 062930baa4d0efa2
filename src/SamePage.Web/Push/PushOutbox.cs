using System.Threading.Channels;

namespace SamePage.Web.Push;

/// <summary>
/// The notices waiting to be sent, off the request path. Bounded: when push services are slow and
/// the queue is full, new notices are dropped rather than holding up anyone's request or memory.
/// </summary>
public sealed class PushOutbox(PushSettings settings) : IPushNotifier
{
    private readonly Channel<PushNotice> _channel = Channel.CreateBounded<PushNotice>(new BoundedChannelOptions(settings.QueueLength)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public ChannelReader<PushNotice> Reader => _channel.Reader;

    public void SomethingNew(Guid circleId, Guid actingMembershipId) =>
        _channel.Writer.TryWrite(new PushNotice(circleId, actingMembershipId, null));

    public void SomethingNewFor(Guid circleId, IReadOnlyCollection<Guid> membershipIds)
    {
        ArgumentNullException.ThrowIfNull(membershipIds);
        if (membershipIds.Count > 0)
        {
            _channel.Writer.TryWrite(new PushNotice(circleId, null, [.. membershipIds]));
        }
    }
}
