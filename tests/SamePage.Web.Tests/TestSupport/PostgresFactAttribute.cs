namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// A test that only makes sense on PostgreSQL (several nodes on one database, say): skipped, with a
/// message saying so, when the test command provides no server (`SAMEPAGE_TEST_POSTGRES`).
/// `scripts/test.sh` always provides one, so CI runs it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestPostgres.IsConfigured)
        {
            Skip = $"PostgreSQL is not configured: set {TestPostgres.ServerVariable} (scripts/test.sh does).";
        }
    }
}
