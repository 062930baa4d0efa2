using SamePage.Core.Agreements;
using SamePage.Data.Sealing.Documents;

namespace SamePage.Web.Tests.Agreements;

/// <summary>
/// The agreement's sealed documents keep the format they were first stored in: documents written
/// before the codecs existed still open, and what is written now is the same text, byte for byte.
/// </summary>
public sealed class AgreementDocumentTests
{
    private static readonly Guid ClauseId = Guid.Parse("6f1c2a4e-3b5d-4c8e-9a7f-0d1e2f3a4b5c");
    private static readonly Guid Alder = Guid.Parse("11111111-2222-3333-4444-555555555555");
    private static readonly Guid Birch = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");

    // As the agreement desk wrote them before the codecs (System.Text.Json, enums by name).
    private const string StoredClause =
        """{"id":"6f1c2a4e-3b5d-4c8e-9a7f-0d1e2f3a4b5c","text":"We tell each other when we\u0027re drawn to someone.","expect":"TellMe","behaviour":null,"category":"online-and-technology","for":["11111111-2222-3333-4444-555555555555"],"notes":"Over breakfast."}""";

    private const string StoredVersion =
        """{"clauses":[{"id":"6f1c2a4e-3b5d-4c8e-9a7f-0d1e2f3a4b5c","text":"We tell each other when we\u0027re drawn to someone.","expect":"TellMe","behaviour":null,"category":"online-and-technology","for":["11111111-2222-3333-4444-555555555555"],"notes":"Over breakfast."}],"names":{"11111111-2222-3333-4444-555555555555":"Alder","aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee":"Birch"}}""";

    private static readonly Clause Expected = new(ClauseId, "We tell each other when we're drawn to someone.", Expectation.TellMe, null, "online-and-technology", [Alder], "Over breakfast.");

    [Fact]
    public void A_draft_clause_in_the_stored_format_opens_and_is_written_the_same_way()
    {
        var clause = AgreementDocuments.DraftClause.Read(StoredClause);

        Assert.Equal(Expected with { AppliesTo = clause.AppliesTo }, clause);
        Assert.Equal([Alder], clause.AppliesTo);
        Assert.Equal(StoredClause, AgreementDocuments.DraftClause.Write(clause));
    }

    [Fact]
    public void A_version_in_the_stored_format_opens_and_is_written_the_same_way()
    {
        var version = AgreementDocuments.Version.Read(StoredVersion);

        var clause = Assert.Single(version.Clauses);
        Assert.Equal(Expected with { AppliesTo = clause.AppliesTo }, clause);
        Assert.Equal([Alder], clause.AppliesTo);
        Assert.Equal(new Dictionary<Guid, string> { [Alder] = "Alder", [Birch] = "Birch" }, version.Names);
        Assert.Equal(StoredVersion, AgreementDocuments.Version.Write(version));
    }

    [Fact]
    public void A_signer_name_is_stored_as_the_plain_name()
    {
        Assert.Equal("Alder", AgreementDocuments.SignerName.Write("Alder"));
        Assert.Equal("Birch", AgreementDocuments.SignerName.Read("Birch"));
    }

    [Fact]
    public void Every_expectation_is_written_by_its_name()
    {
        foreach (var expectation in Enum.GetValues<Expectation>())
        {
            var written = AgreementDocuments.DraftClause.Write(Expected with { Expectation = expectation });
            Assert.Contains($"\"expect\":\"{expectation}\"", written, StringComparison.Ordinal);
            Assert.Equal(expectation, AgreementDocuments.DraftClause.Read(written).Expectation);
        }
    }
}
