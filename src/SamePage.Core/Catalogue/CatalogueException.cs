namespace SamePage.Core.Catalogue;

/// <summary>A content file that cannot be used, with the file, line and problem.</summary>
public sealed class CatalogueException : Exception
{
    public CatalogueException(string file, long line, string problem)
        : base($"{file}, line {line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public CatalogueException()
    {
        File = string.Empty;
        Problem = string.Empty;
    }

    public CatalogueException(string message) : base(message)
    {
        File = string.Empty;
        Problem = message;
    }

    public CatalogueException(string message, Exception innerException) : base(message, innerException)
    {
        File = string.Empty;
        Problem = message;
    }

    public string File { get; }

    public long Line { get; }

    public string Problem { get; }
}
