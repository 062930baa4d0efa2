namespace SamePage.Web;

/// <summary>
/// The anchor for user-facing text. Pages write English text through <c>L["…"]</c>; a translation
/// adds `Resources/SharedResource.&lt;culture&gt;.resx` with the English text as keys.
/// </summary>
public sealed class SharedResource;
