using System.Reflection;
using SamePage.Data;
using Xunit.Sdk;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// Runs a theory on SQLite, and on PostgreSQL too when the test command provides a server
/// (SAMEPAGE_TEST_POSTGRES). <see cref="Data.PostgresRequirementTests"/> fails when a server is required but missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProvidersAttribute : DataAttribute
{
    public static IEnumerable<DatabaseProvider> Available =>
        TestPostgres.IsConfigured ? [DatabaseProvider.Sqlite, DatabaseProvider.Postgres] : [DatabaseProvider.Sqlite];

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => Available.Select(p => new object[] { p });
}
