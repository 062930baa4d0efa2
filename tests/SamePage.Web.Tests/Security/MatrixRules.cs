using System.Net;
using System.Text.RegularExpressions;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// Who asks. The order is the order each rule is tried in: those who must be refused first, so that
/// what they try meets the world as arranged, and the member (who may change things) last.
/// </summary>
public enum Actor
{
    /// <summary>Nobody signed in.</summary>
    Anonymous,

    /// <summary>Signed in, with a circle of their own, never part of this one.</summary>
    NonMember,

    /// <summary>Was in the circle (and took part in its first round), then left.</summary>
    FormerMember,

    /// <summary>
    /// Joined after the first round and check-in were revealed, and was not chosen to see the concern:
    /// what was revealed, and what was shared, before their time stays with those who took part.
    /// </summary>
    Newcomer,

    /// <summary>The other member: has not submitted the open round or check-in, and was chosen to see the concern.</summary>
    Partner,

    /// <summary>The member who wrote everything: submitted the open round and check-in, raised the concern, keeps a journal and a self-check.</summary>
    Member,
}

/// <summary>What an actor should get back.</summary>
public sealed class Expect
{
    private readonly Func<WebPage, MatrixWorld, bool> _met;

    private Expect(string name, bool refused, Func<WebPage, MatrixWorld, bool> met)
    {
        Name = name;
        Refused = refused;
        _met = met;
    }

    public string Name { get; }

    /// <summary>The request is turned away, so it must change nothing.</summary>
    public bool Refused { get; }

    public static Expect Ok { get; } = new("200", false, (page, _) => page.Status == HttpStatusCode.OK);

    /// <summary>The kind "not found" page, the same whether the thing exists or not.</summary>
    public static Expect NotFound { get; } = new("404", true, (page, _) =>
        page.Status == HttpStatusCode.NotFound && page.Text.Contains("We couldn't find that page", StringComparison.Ordinal));

    public static Expect SignIn { get; } = new("302 to sign-in", true, (page, _) =>
        page.Status == HttpStatusCode.Redirect && page.Location?.StartsWith("http://localhost/signin?ReturnUrl=", StringComparison.Ordinal) == true);

    /// <summary>A redirect to an address starting with <paramref name="path"/>; "{circle}" stands for the circle's address.</summary>
    public static Expect To(string path) => new($"302 to {path}", false, (page, world) =>
        page.Status == HttpStatusCode.Redirect && page.Location?.StartsWith(world.Resolve(path), StringComparison.Ordinal) == true);

    /// <summary>A redirect to exactly this address; "{circle}" stands for the circle's address.</summary>
    public static Expect Exactly(string path) => new($"302 to exactly {path}", false, (page, world) =>
        page.Status == HttpStatusCode.Redirect && page.Location == world.Resolve(path));

    public static Expect Status(HttpStatusCode status) => new($"{(int)status}", false, (page, _) => page.Status == status);

    /// <summary>Any answer but a server error.</summary>
    public static Expect NoServerError { get; } = new("no 5xx", false, (page, _) => (int)page.Status < 500);

    /// <summary>Whatever the status; only what the answer holds is checked.</summary>
    public static Expect Anything { get; } = new("any answer", false, (_, _) => true);

    /// <summary>
    /// Exactly the answer another request got (status and redirect), with one id in place of another:
    /// e.g. the answer for a thing of another circle is the answer for a thing that does not exist.
    /// </summary>
    public static Expect SameAs(WebPage other, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(other);
        var location = other.Location?.Replace(from, to, StringComparison.Ordinal);
        return new($"{(int)other.Status} {location}, as for a made-up id", true, (page, _) => page.Status == other.Status && page.Location == location);
    }

    public bool IsMetBy(WebPage page, MatrixWorld world) => _met(page, world);

    public override string ToString() => Name;
}

/// <summary>Which thing of the arranged world a rule asks about: the values of the route's parameters.</summary>
public sealed record Place(string Label, Func<MatrixWorld, IReadOnlyDictionary<string, string>> Values)
{
    public static Place None { get; } = new("-", _ => new Dictionary<string, string>());
}

/// <summary>
/// One line of the matrix: an operation, at a place in the world, and what each actor gets there.
/// Several lines may share an operation (e.g. a revealed round and an open one).
/// </summary>
public sealed partial record Rule(Operation Operation, string Access, Place Place, IReadOnlyDictionary<Actor, Expect> Expected)
{
    /// <summary>The form a POST carries (besides the actor's own antiforgery token): harmless for those allowed.</summary>
    public Func<MatrixWorld, (string Name, string Value)[]> Form { get; init; } = _ => [];

    /// <summary>Texts an actor must find in the answer: proof that the page really showed the arranged world.</summary>
    public IReadOnlyList<(Actor Actor, Func<Sentinels, string> Text)> Sees { get; init; } = [];

    /// <summary>The request signs the actor out; the test signs them in again.</summary>
    public bool SignsOut { get; init; }

    /// <summary>Allowed actors change the world for good (leaving): tried after everything else.</summary>
    public bool RunsLast { get; init; }

    public Rule Seeing(Actor actor, Func<Sentinels, string> text) => this with { Sees = [.. Sees, (actor, text)] };

    /// <summary>The address for these route values, with the handler in the query string as the pages' forms post it.</summary>
    public string Url(IReadOnlyDictionary<string, string> values)
    {
        var path = Parameter().Replace(Operation.Pattern, m =>
            values.TryGetValue(m.Groups["name"].Value, out var value) ? Uri.EscapeDataString(value)
            : m.Groups["optional"].Success ? string.Empty
            : throw new InvalidOperationException($"{this} has no value for {{{m.Groups["name"].Value}}}."));
        path = path.Length > 1 ? path.TrimEnd('/') : path;
        return Operation.Handler is null ? path : $"{path}?handler={Operation.Handler}";
    }

    public override string ToString() => $"{Operation} [{Place.Label}]";

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}?]*)?(?<optional>\?)?\}")]
    private static partial Regex Parameter();
}
