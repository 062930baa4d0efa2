using PdfSharp.Fonts;

namespace SamePage.Web.Agreements.Exports;

/// <summary>
/// The one typeface of the PDF exports: DejaVu Sans, shipped inside the app (Fonts/, see its LICENSE.txt),
/// so a PDF never depends on the fonts of the machine it is made on and covers Latin, Greek and Cyrillic.
/// PDFsharp asks a process-wide font resolver for every face; any family name it asks for gets DejaVu Sans.
/// </summary>
public sealed class AgreementFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly AgreementFonts Instance = new();
    private static readonly Lock Gate = new();
    private static volatile bool _installed;

    private static readonly Lazy<byte[]> RegularFace = new(() => Load(Regular));
    private static readonly Lazy<byte[]> BoldFace = new(() => Load(Bold));

    private AgreementFonts()
    {
    }

    /// <summary>
    /// Installs the resolver once per process. PDFsharp allows the setting only once (or again with the
    /// same instance), so concurrent first requests wait for each other here.
    /// </summary>
    public static void Install()
    {
        if (_installed)
        {
            return;
        }

        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is not null && !ReferenceEquals(current, Instance))
            {
                throw new InvalidOperationException("Another PDFsharp font resolver is installed; SamePage's PDF exports need their own.");
            }

            GlobalFontSettings.FontResolver = Instance;
            _installed = true;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => faceName == Bold ? BoldFace.Value : RegularFace.Value;

    private static byte[] Load(string face)
    {
        using var stream = typeof(AgreementFonts).Assembly.GetManifestResourceStream($"SamePage.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"The font {face}.ttf is not embedded in the app.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
