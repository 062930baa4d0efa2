namespace SamePage.Core.CheckIns;

/// <summary>A revealed check-in as trends and agendas read it: its number, when it opened, and the answers of those who took part.</summary>
public sealed record CheckInRecord(int Number, DateTime OpenedAtUtc, IReadOnlyDictionary<Guid, CheckInAnswers> Answers)
{
    public bool TookPart(Guid member) => Answers.ContainsKey(member);
}
