using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Circles;

/// <summary>
/// Issue 17: the circle list is found from the person's memberships (an index), so its cost does not
/// grow with the number of circles on the server. Checked on the query plan SQLite makes for the
/// exact command the page sends: no step may scan a whole table.
/// </summary>
public sealed partial class CircleListQueryTests
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";

    [Fact]
    public async Task The_circle_list_reads_through_indexes_and_scans_no_table()
    {
        var logs = new CapturedLogs();
        await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { [$"Logging:LogLevel:{CommandCategory}"] = "Information" }) { Logs = logs };
        using var person = await app.SignUpAsync();
        await person.CreateCircleAsync("Us", "Alder");
        await person.CreateCircleAsync("Also us", "Alder");
        var before = logs.Lines.Count;

        var list = await person.GetAsync("/circles");

        Assert.Equal(2, list.FindAll("a.circle-name").Count);
        var circleQueries = logs.Lines.Skip(before)
            .Where(l => l.Category == CommandCategory && l.Text.Contains("FROM \"Circles\"", StringComparison.Ordinal))
            .Select(l => CommandText().Match(l.Text))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.NotEmpty(circleQueries);
        foreach (var sql in circleQueries)
        {
            var plan = await PlanAsync(app.SqliteFile, sql);
            Assert.DoesNotContain(plan, step => step.StartsWith("SCAN ", StringComparison.Ordinal) && step != "SCAN CONSTANT ROW");
        }
    }

    private static async Task<List<string>> PlanAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }

        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    /// <summary>The command's SQL, as the captured log line carries it among the message's values.</summary>
    [GeneratedRegex(@" \| commandText=(.*?)(?: \| |$)", RegexOptions.Singleline)]
    private static partial Regex CommandText();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
