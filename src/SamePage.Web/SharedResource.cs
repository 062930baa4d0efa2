namespace SamePage.Web;

/// <summary>
/// The anchor for user-facing text. Pages write English text through the localiser (<c>L[…]</c> in
/// Razor, <c>l[…]</c> in the words classes); English is the neutral language, and each translation is
/// `Resources/SharedResource.&lt;language&gt;.resx` with the English text as keys (es, de). Every key
/// used in the code must be in every translation: `scripts/localisation-keys.cs` lists them, and
/// `Localisation/ResourceKeyTests` fails when one is missing.
/// </summary>
public sealed class SharedResource;
