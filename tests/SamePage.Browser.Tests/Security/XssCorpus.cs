namespace SamePage.Browser.Tests.Security;

/// <summary>
/// Text a hostile partner might type, sized for each field's limit. Each string carries several
/// vectors; <see cref="Vectors"/> names every vector and the corpus must represent each one somewhere.
/// Every payload that would run calls alert or loads a URL, so running shows up as a dialog, a console
/// error (a failed load, a CSP refusal) or a CSP violation event.
/// </summary>
public static class XssCorpus
{
    // Names: short, and no invisible characters (the app refuses those in names, kindly).
    public const string CircleName = "</title><svg onload=alert('circle')>";
    public const string FirstName = "<img src=x onerror=alert('first')>";
    public const string SecondName = "\"><script>alert('second')</script>";

    /// <summary>A custom behaviour's label (120 characters at most).</summary>
    public const string BehaviourLabel = "<a href=\"javascript:alert('label')\">late calls</a> <details open ontoggle=alert('toggle')>";

    /// <summary>A custom behaviour's clarification (400 at most).</summary>
    public const string Clarification = "</textarea><script>alert('clarification')</script> ' autofocus onfocus=alert('single') x=' [see](javascript:alert('md'))";

    /// <summary>Clause text and notes: every vector that a printable, visible text can carry (clauses refuse invisible characters too).</summary>
    public const string ClauseText =
        "We don't <script>alert('clause')</script> and <img src=/x onerror=alert('img')>\n" +
        "<svg><script>alert('svg-script')</script></svg> <svg/onload=alert('svg')>\n" +
        "<iframe src=\"javascript:alert('iframe')\"></iframe> <body onload=alert('body')> <input autofocus onfocus=alert('focus')>\n" +
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('meta')\"> <base href=\"javascript:alert('base')//\">\n" +
        "<style>*{background:url(\"javascript:alert('style')\")}</style> {{constructor.constructor('alert(1)')()}} ${alert('template')}";

    public const string ClauseNotes =
        "# Not a heading\n[click me](javascript:alert('markdown')) ![x](javascript:alert('image'))\n" +
        "<a href=\"JaVaScRiPt:alert('mixed')\">x</a> <https://example.invalid/<script>> \"' ` --></textarea></title>";

    /// <summary>A second wording of the clause, so the word-by-word comparison has hostile insertions and deletions.</summary>
    public const string ClauseTextAmended =
        "We don't <script>alert('amended')</script> and <video><source onerror=alert('video')></video>\n" +
        "<object data=\"javascript:alert('object')\"></object> <embed src=\"javascript:alert('embed')\">";

    /// <summary>Writing fields (journal, check-in, concern, self-check): everything, unicode tricks included.</summary>
    public const string Writing =
        "Before <script>alert('writing')</script> <img src=x onerror=alert('img')> <svg onload=alert('svg')>\n" +
        "<a href=\"javascript:alert('href')\">link</a> [md](javascript:alert('md')) \"><b onmouseover=alert('dq')>x</b>\n" +
        "' onfocus=alert('sq') autofocus ' </textarea><script>alert('textarea')</script> </title></p></main>\n" +
        "RTL \u202Egnp.exe\u202C; zero\u200Bwidth <scr\u200Bipt>alert('zw')</scr\u200Bipt> java\u200Dscript:alert('zwj') \uFEFFbom\n" +
        "Fullwidth \uFF1Cscript\uFF1Ealert('fw')\uFF1C/script\uFF1E and after.";

    /// <summary>A one-line writing text (check-in topics are one per line).</summary>
    public const string Topic = "<img src=x onerror=alert('topic')> \u202Eevil\u202C [t](javascript:alert('t'))";

    /// <summary>The vectors the issue asks for, each with a sample of it that some string above contains.</summary>
    public static IReadOnlyDictionary<string, string> Vectors { get; } = new Dictionary<string, string>
    {
        ["script tag"] = "<script>",
        ["img onerror"] = "onerror=",
        ["other event handlers"] = "onfocus=",
        ["javascript: URL"] = "href=\"javascript:",
        ["SVG onload"] = "<svg onload=",
        ["closing textarea"] = "</textarea>",
        ["attribute-breaking double quote"] = "\"><",
        ["attribute-breaking single quote"] = "' onfocus=",
        ["right-to-left override"] = "\u202E",
        ["zero-width characters"] = "\u200B",
        ["Markdown javascript: link"] = "](javascript:",
    };

    public static IEnumerable<string> All =>
        [CircleName, FirstName, SecondName, BehaviourLabel, Clarification, ClauseText, ClauseNotes, ClauseTextAmended, Writing, Topic];

    /// <summary>Words no export that must quote nothing may contain.</summary>
    public static IEnumerable<string> Markers => ["alert", "<script", "javascript", "onerror", "onload"];
}
