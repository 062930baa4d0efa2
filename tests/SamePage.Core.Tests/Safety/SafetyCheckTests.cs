using SamePage.Core.Safety;

namespace SamePage.Core.Tests.Safety;

public class SafetyCheckTests
{
    private static Dictionary<string, Frequency> Answers(params (string Id, Frequency F)[] answers) => answers.ToDictionary(a => a.Id, a => a.F);

    [Fact]
    public void No_signs_is_reassuring_and_skipping_counts_as_never()
    {
        Assert.Equal(SafetyLevel.Reassuring, SafetyCheck.Assess(Answers()).Level);
        Assert.Equal(SafetyLevel.Reassuring, SafetyCheck.Assess(Answers(("afraid", Frequency.Never), ("money", Frequency.Never))).Level);
    }

    [Fact]
    public void Fear_or_threats_alone_are_serious()
    {
        Assert.Equal(SafetyLevel.Serious, SafetyCheck.Assess(Answers(("afraid", Frequency.Sometimes))).Level);
        Assert.Equal(SafetyLevel.Serious, SafetyCheck.Assess(Answers(("threats", Frequency.Sometimes))).Level);
    }

    [Fact]
    public void One_sometimes_is_some_signs_and_several_areas_or_often_are_serious()
    {
        var one = SafetyCheck.Assess(Answers(("phone-checked", Frequency.Sometimes)));
        Assert.Equal(SafetyLevel.SomeSigns, one.Level);
        Assert.Equal([ControlArea.Monitoring], one.Areas);
        Assert.Equal(SafetyLevel.Serious, SafetyCheck.Assess(Answers(("phone-checked", Frequency.Sometimes), ("money", Frequency.Sometimes), ("appearance", Frequency.Sometimes))).Level);
        Assert.Equal(SafetyLevel.Serious, SafetyCheck.Assess(Answers(("phone-checked", Frequency.Often), ("whereabouts", Frequency.Often))).Level);
    }

    [Fact]
    public void Unknown_question_ids_are_ignored() =>
        Assert.Equal(SafetyLevel.Reassuring, SafetyCheck.Assess(Answers(("made-up", Frequency.Often))).Level);

    [Fact]
    public void Every_area_has_a_question_and_ids_are_unique()
    {
        Assert.Equal(Enum.GetValues<ControlArea>().Order(), SafetyCheck.Questions.Select(q => q.Area).Distinct().Order());
        Assert.Equal(SafetyCheck.Questions.Count, SafetyCheck.Questions.Select(q => q.Id).Distinct().Count());
    }
}
