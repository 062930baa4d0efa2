using SamePage.Core.Accounts;

namespace SamePage.Web.Accounts;

/// <summary>Recovery codes: 25 characters (125 bits), shown once, stored only as a password hash.</summary>
public static class RecoveryCodes
{
    public const int Groups = 5;

    public static string Create() => SecretCode.Normalize(SecretCode.Create(Groups), Groups)!;
}
