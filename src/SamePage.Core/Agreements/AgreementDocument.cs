using System.Security.Cryptography;
using System.Text;

namespace SamePage.Core.Agreements;

/// <summary>
/// The content of an agreement: its clauses in order. A proposed version is identified by
/// <see cref="Hash"/>, so "the version everyone signed" is exactly this content and nothing else.
/// </summary>
public sealed class AgreementDocument
{
    public AgreementDocument(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        Clauses = clauses;
        Hash = ComputeHash(clauses);
    }

    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>SHA-256 of a canonical encoding of every clause, in order: lower-case hex, 64 characters.</summary>
    public string Hash { get; }

    /// <summary>The first characters of the hash, for people to compare at a glance.</summary>
    public string ShortHash => Hash[..12];

    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>
    /// Each field length-prefixed, so no two different documents encode the same way; the members a
    /// clause applies to are sorted, since their order carries no meaning.
    /// </summary>
    private static string ComputeHash(IReadOnlyList<Clause> clauses)
    {
        var canonical = new StringBuilder("samepage-agreement-v1\n");
        void Field(string? value)
        {
            var text = value ?? "\u0000";
            canonical.Append(text.Length).Append(':').Append(text).Append('\n');
        }

        foreach (var clause in clauses)
        {
            Field(clause.Id.ToString("N"));
            Field(clause.Expectation.ToString());
            Field(clause.BehaviourId);
            Field(clause.CategoryId);
            Field(string.Join(",", clause.AppliesTo.Select(m => m.ToString("N")).Order(StringComparer.Ordinal)));
            Field(clause.Text);
            Field(clause.Notes);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
