namespace SamePage.Web.Pages;

/// <summary>The picker's form: where to come back to, the id of its list, and whether it stands alone as a card (the language page).</summary>
public sealed record LanguagePicker(string ReturnTo, string Id, bool Card = false);
