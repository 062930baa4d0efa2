using Microsoft.Extensions.Localization;
using SamePage.Core.Text;

namespace SamePage.Web.Circles;

/// <summary>
/// Lists of people as a sentence says them, in the reader's language: "Sam and you", "Sam, Kai and
/// you". The reader always comes last, as lower-case "you" mid-sentence.
/// </summary>
public sealed class PeopleWords(IStringLocalizer<SharedResource> l)
{
    private ListPattern Pattern => PatternIn(l);

    /// <summary>How the reader's language joins a list. English uses the same words for a pair and for the end of a longer list; a translation may not.</summary>
    public static ListPattern PatternIn(IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new(l["{0} and {1}"], l["{0}, {1}"], l["{0} and {1}"]);
    }

    /// <summary>Members, the reader (if among them) last as "you".</summary>
    public string People(IEnumerable<MemberView> members) =>
        NameList.People(members, m => m.IsYou, m => m.DisplayName, l["you"], Pattern);

    /// <summary>Names already chosen (say, of people who have left), joined as a list.</summary>
    public string Names(IEnumerable<string> names) => NameList.Join(names, Pattern);
}
