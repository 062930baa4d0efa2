using SamePage.Core.Rounds;

namespace SamePage.Core.Tests.Rounds;

public class QuestionnairePaceTests
{
    [Theory]
    [InlineData(0, 63, 13)]
    [InlineData(23, 63, 8)]
    [InlineData(58, 63, 1)]
    [InlineData(62, 63, 1)]
    [InlineData(63, 63, 0)]
    [InlineData(70, 63, 0)]
    [InlineData(0, 0, 0)]
    public void Minutes_left_round_up_from_the_questions_still_open(int answered, int total, int minutes) =>
        Assert.Equal(minutes, QuestionnairePace.MinutesLeft(answered, total));

    [Fact]
    public void The_whole_catalogue_takes_what_the_first_page_promises()
    {
        // Page 1 says "About 10–15 minutes" for the 63 questions of the catalogue.
        Assert.InRange(QuestionnairePace.MinutesLeft(0, 63), 10, 15);
    }
}
