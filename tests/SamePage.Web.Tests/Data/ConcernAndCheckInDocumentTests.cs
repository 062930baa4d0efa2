using System.Security.Cryptography;
using SamePage.Core.CheckIns;
using SamePage.Core.Concerns;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// The sealed documents of concerns, check-ins and self-checks keep the format they were first stored
/// in: a value sealed as the app wrote it before the codecs existed still opens, and the codecs write
/// exactly those bytes again (same property names, same options, same escaping).
/// </summary>
public sealed class ConcernAndCheckInDocumentTests
{
    private static readonly EnvelopeSealer Sealer = new();
    private static readonly Guid Owner = new("6f1c2a9e-0d4b-4c55-9a43-3d2f1e7b8c01");
    private static readonly Guid Clause = new("0b6e4f6a-7c1d-4e8a-b2f3-5a9c8d7e6f10");
    private static readonly Guid Member = new("a3d9b7c5-1e2f-4a6b-8c0d-9e8f7a6b5c42");
    private static readonly SealingKey Personal = SealingKey.Personal(Guid.NewGuid(), RandomNumberGenerator.GetBytes(32));
    private static readonly SealingKey Circle = SealingKey.Circle(Guid.NewGuid(), RandomNumberGenerator.GetBytes(32));

    // Written by the app before the codecs (ConcernDocument.ToJson, OutcomeDocument.ToJson, CheckInSheet.ToJson, SelfCheckDesk).
    // A concern document has always also carried its "Draft" property (Core's ConcernDraft: the same
    // words again, by their C# names, and IsEmpty): it is written still, so the bytes stay the same, and
    // it is ignored when read. A new public property on ConcernDraft would change these bytes: this fails.
    private const string DraftJson = """{"noticed":"Late home, no message","felt":"Worried \u2014 then calm","need":"A text","clauseId":"0b6e4f6a-7c1d-4e8a-b2f3-5a9c8d7e6f10","clauseText":"We tell each other when plans change.","fromSelfCheck":true,"Draft":{"Noticed":"Late home, no message","Felt":"Worried \u2014 then calm","ClauseId":"0b6e4f6a-7c1d-4e8a-b2f3-5a9c8d7e6f10","Need":"A text","IsEmpty":false}}""";
    private const string SharedJson = """{"noticed":"Late home, no message","felt":"","need":"","clauseId":null,"clauseText":null,"fromSelfCheck":false,"Draft":{"Noticed":"Late home, no message","Felt":"","ClauseId":null,"Need":"","IsEmpty":false}}""";
    private const string OutcomeJson = """{"outcome":"AgreementAmended","by":"a3d9b7c5-1e2f-4a6b-8c0d-9e8f7a6b5c42","atUtc":"2026-03-02T20:15:00Z"}""";
    private const string AnswersJson = """{"scores":{"satisfied":5,"secure":0},"clauses":{"0b6e4f6a-7c1d-4e8a-b2f3-5a9c8d7e6f10":"WantToRevisit"},"appreciation":"The picnic","topics":"Holidays\nMoney"}""";
    private const string SelfCheckJson = """{"behaviours":[{"id":"flirting","label":"Flirting"}],"doing":"Chatting late","reason":"SeekingAttention","why":"I miss our evenings"}""";

    [Fact]
    public void A_concern_draft_shared_copy_and_outcome_stored_in_the_old_format_still_open_and_are_written_the_same()
    {
        var draft = Sealer.Open(ConcernDocuments.Draft, Personal, Owner, Sealer.Seal(Personal, SealedField.ConcernDraft, Owner, DraftJson));
        Assert.Equal(new ConcernDocument("Late home, no message", "Worried \u2014 then calm", "A text", Clause, "We tell each other when plans change.", FromSelfCheck: true), draft);
        Assert.Equal(DraftJson, ConcernDocuments.Draft.Write(draft));

        var shared = Sealer.Open(ConcernDocuments.Shared, Circle, Owner, Sealer.Seal(Circle, SealedField.ConcernShared, Owner, SharedJson));
        Assert.Equal(new ConcernDraft("Late home, no message", string.Empty, null, string.Empty), shared.Draft);
        Assert.Equal(SharedJson, ConcernDocuments.Shared.Write(shared));

        var outcome = Sealer.Open(ConcernDocuments.Outcome, Circle, Owner, Sealer.Seal(Circle, SealedField.ConcernOutcome, Owner, OutcomeJson));
        Assert.Equal(new OutcomeDocument(ConcernOutcome.AgreementAmended, Member, new DateTime(2026, 3, 2, 20, 15, 0, DateTimeKind.Utc)), outcome);
        Assert.Equal(OutcomeJson, ConcernDocuments.Outcome.Write(outcome));

        Assert.Equal("Thank you for saying it.", Sealer.Open(ConcernDocuments.Reply, Circle, Owner, Sealer.Seal(Circle, SealedField.ConcernResponse, Owner, "Thank you for saying it.")));
    }

    [Fact]
    public void Check_in_answers_stored_in_the_old_format_still_open_and_are_written_the_same()
    {
        var answers = Sealer.Open(CheckInDocuments.Answers, Circle, Owner, Sealer.Seal(Circle, SealedField.CheckInAnswers, Owner, AnswersJson));

        Assert.Equal(5, answers.Score(CheckInItems.Satisfied));
        Assert.Equal(0, answers.Score(CheckInItems.Secure));
        Assert.Null(answers.Score(CheckInItems.Heard));
        Assert.Equal(ClauseFeeling.WantToRevisit, answers.Feeling(Clause));
        Assert.Equal(("The picnic", "Holidays\nMoney"), (answers.Appreciation, answers.Topics));
        Assert.Equal(AnswersJson, CheckInDocuments.Answers.Write(answers));

        // What a later version of the items would not know is left out, as before; an empty document is no answers yet.
        var later = CheckInDocuments.Answers.Read("""{"scores":{"satisfied":9,"playful":3},"clauses":{},"appreciation":"","topics":""}""");
        Assert.Empty(later.Scores);
        Assert.Empty(CheckInDocuments.Answers.Read("null").Scores);
    }

    [Fact]
    public void A_self_check_stored_in_the_old_format_still_opens_and_is_written_the_same()
    {
        var check = Sealer.Open(SelfCheckDocuments.SelfCheck, Personal, Owner, Sealer.Seal(Personal, SealedField.SelfCheck, Owner, SelfCheckJson));

        Assert.Equal(new NamedBehaviour("flirting", "Flirting"), Assert.Single(check.Behaviours));
        Assert.Equal(("Chatting late", SelfCheckReason.SeekingAttention, "I miss our evenings"), (check.Doing, check.Reason, check.Why));
        Assert.Equal(SelfCheckJson, SelfCheckDocuments.SelfCheck.Write(check));
    }

    [Fact]
    public void Each_document_is_sealed_as_its_own_field_under_the_right_kind_of_key()
    {
        Assert.Equal(
            [SealedField.ConcernDraft, SealedField.ConcernShared, SealedField.ConcernOutcome, SealedField.ConcernResponse, SealedField.CheckInAnswers, SealedField.SelfCheck],
            new[] { ConcernDocuments.Draft.Field, ConcernDocuments.Shared.Field, ConcernDocuments.Outcome.Field, ConcernDocuments.Reply.Field, CheckInDocuments.Answers.Field, SelfCheckDocuments.SelfCheck.Field });

        // A draft opened as the shared copy (or under the circle's key) does not open: the field is bound to the value.
        var sealedDraft = Sealer.Seal(ConcernDocuments.Draft, Personal, Owner, ConcernDocuments.Draft.Read(DraftJson));
        Assert.ThrowsAny<CryptographicException>(() => Sealer.Open(ConcernDocuments.Draft, Personal, Guid.NewGuid(), sealedDraft));
        Assert.Throws<ArgumentException>(() => Sealer.Open(ConcernDocuments.Draft, Circle, Owner, sealedDraft));
    }
}
