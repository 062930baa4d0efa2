using Microsoft.Extensions.Localization;

namespace SamePage.Web.Push;

/// <summary>The only words a notification ever carries: the same for everything, naming no one and nothing.</summary>
public sealed class PushWords(IStringLocalizer<SharedResource> l)
{
    public string Title => l["Notes"];

    public string Body => l["Something new"];
}
