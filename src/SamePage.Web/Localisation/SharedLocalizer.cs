using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SamePage.Web.Localisation;

/// <summary>
/// The pages' localiser: the resources of <see cref="SharedResource"/>, with one addition. The
/// resource compiler keeps one of two names that differ only in case, yet the English texts need both
/// ("Notes" as a heading, "notes" inside a sentence). So a key that starts with a lower-case letter
/// and has a capitalised twin is kept in the .resx files under <see cref="LowercasePrefix"/> + key
/// (scripts/localisation-keys.cs, <c>ResourceName</c>, says which), and is looked up there when the
/// key itself is not found.
/// </summary>
public sealed class SharedLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    public const string LowercasePrefix = "lowercase: ";

    private readonly IStringLocalizer _resources = factory.Create(typeof(SharedResource));

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var found = _resources[name];
            if (!found.ResourceNotFound || name.Length == 0 || !char.IsLower(name[0]))
            {
                return found;
            }

            var twin = _resources[LowercasePrefix + name];
            return twin.ResourceNotFound ? found : new LocalizedString(name, twin.Value, resourceNotFound: false, twin.SearchedLocation);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _resources.GetAllStrings(includeParentCultures);
}
