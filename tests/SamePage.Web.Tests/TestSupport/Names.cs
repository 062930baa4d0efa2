namespace SamePage.Web.Tests.TestSupport;

/// <summary>Fresh names, so tests that share an app never meet each other's accounts.</summary>
public static class Names
{
    public static string Username(string prefix = "u") => $"{prefix}{Guid.NewGuid():N}"[..Math.Min(24, prefix.Length + 16)];

    public static string Passphrase() => $"quiet harbour lantern {Guid.NewGuid():N}"[..40];

    public static string DisplayName(string prefix = "Member") => $"{prefix} {Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 9)];
}
