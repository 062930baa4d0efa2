using SamePage.Core.Comparisons;
using SamePage.Core.Reflections;
using SamePage.Core.Rounds;
using SamePage.Core.Stances;
using SamePage.Data.Sealing;
using SamePage.Data.Sealing.Documents;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// What is inside the rounds' sealed columns stays exactly as it has been stored: documents in the
/// format written before the codecs existed (copied here as text) open, and writing gives the same text.
/// </summary>
public sealed class RoundDocumentsTests
{
    private static readonly Guid Ben = new("00000002-0000-0000-0000-000000000000");
    private static readonly Guid Cai = new("00000003-0000-0000-0000-000000000000");

    [Fact]
    public void Answers_open_and_write_in_the_stored_format()
    {
        const string Stored = """{"answers":{"b1":"Fine","b2":"AskFirst"},"guesses":{"b1":{"00000002-0000-0000-0000-000000000000":"TellMe"}},"styles":{"reply-speed":2},"page":"privacy","from":1}""";

        var sheet = RoundDocuments.Answers.Read(Stored);

        Assert.Equal(SealedField.RoundAnswers, RoundDocuments.Answers.Field);
        Assert.Equal(Stance.AskFirst, sheet.Answers["b2"]);
        Assert.Equal(Stance.TellMe, sheet.GuessFor("b1", Ben));
        Assert.Equal(2, sheet.Styles["reply-speed"]);
        Assert.Equal(("privacy", 1), (sheet.LastCategory, sheet.CarriedFromRound));
        Assert.Equal(Stored, RoundDocuments.Answers.Write(sheet));
    }

    [Fact]
    public void Answers_saved_before_how_I_connect_existed_still_open()
    {
        const string Older = """{"answers":{"b1":"Hurts"},"guesses":{},"page":null,"from":null}""";

        var sheet = RoundDocuments.Answers.Read(Older);

        Assert.Equal(Stance.Hurts, sheet.Answers["b1"]);
        Assert.Empty(sheet.Styles);
        Assert.Null(sheet.LastCategory);
        Assert.Equal("""{"answers":{"b1":"Hurts"},"guesses":{},"styles":{},"page":null,"from":null}""", RoundDocuments.Answers.Write(sheet));
    }

    [Fact]
    public void A_custom_behaviour_opens_and_writes_in_the_stored_format()
    {
        const string Stored = """{"Label":"Texting an ex\u2019s sister","Category":"contact","Clarification":""}""";

        var behaviour = RoundDocuments.CustomBehaviour.Read(Stored);

        Assert.Equal(new CustomBehaviourDocument("Texting an ex’s sister", "contact", ""), behaviour);
        Assert.Equal(Stored, RoundDocuments.CustomBehaviour.Write(behaviour));
    }

    [Fact]
    public void The_journal_and_its_shared_copy_open_and_write_in_the_stored_format()
    {
        const string Private = """{"answers":{"hopes":"More evenings \u003Cjust us\u003E","fears":"x"},"shared":["hopes"]}""";
        const string Shared = """{"hopes":"More evenings \u003Cjust us\u003E"}""";

        var journal = RoundDocuments.PrivateJournal.Read(Private);
        var shared = RoundDocuments.SharedJournal.Read(Shared);

        Assert.Equal("More evenings <just us>", journal.Text("hopes"));
        Assert.Contains("hopes", journal.Shared);
        Assert.Equal("More evenings <just us>", shared["hopes"]);
        Assert.Equal(Private, RoundDocuments.PrivateJournal.Write(journal));
        Assert.Equal(Shared, RoundDocuments.SharedJournal.Write(new Dictionary<string, string> { ["hopes"] = "More evenings <just us>" }));
        Assert.Equal((SealedField.ReflectionPrivate, SealedField.ReflectionShared), (RoundDocuments.PrivateJournal.Field, RoundDocuments.SharedJournal.Field));
    }

    [Fact]
    public void Talked_about_marks_open_and_write_in_the_stored_format_in_a_fixed_order()
    {
        const string Stored = """[{"B":"b1","F":"00000002-0000-0000-0000-000000000000","S":"00000003-0000-0000-0000-000000000000"},{"B":"b2","F":"00000002-0000-0000-0000-000000000000","S":"00000003-0000-0000-0000-000000000000"}]""";

        var marks = RoundDocuments.TalkedAbout.Read(Stored);

        Assert.Equal(2, marks.Topics.Count);
        Assert.Contains(new TalkTopic("b2", Ben, Cai), marks.Topics);
        Assert.Equal(Stored, RoundDocuments.TalkedAbout.Write(new TalkedAbout([new TalkTopic("b2", Ben, Cai), new TalkTopic("b1", Ben, Cai)])));
    }

    [Fact]
    public void A_draft_written_by_the_codec_opens_as_the_same_draft()
    {
        var sheet = new AnswerSheet { LastCategory = AnswerSheet.StylePage, CarriedFromRound = 2 };
        sheet.Answers["b1"] = Stance.Betrayal;
        sheet.Guesses["b1"] = new() { [Cai] = Stance.Unsure };

        var opened = RoundDocuments.Answers.Read(RoundDocuments.Answers.Write(sheet));

        Assert.Equal(sheet.Answers, opened.Answers);
        Assert.Equal(Stance.Unsure, opened.GuessFor("b1", Cai));
        Assert.Equal((AnswerSheet.StylePage, 2), (opened.LastCategory, opened.CarriedFromRound));
        Assert.IsType<Journal>(RoundDocuments.PrivateJournal.Read("""{"answers":{},"shared":[]}"""));
    }
}
