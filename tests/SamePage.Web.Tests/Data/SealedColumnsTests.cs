using SamePage.Data.Sealing;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>The list of sealed columns is the database's: whatever walks over sealed values through it misses none.</summary>
public sealed class SealedColumnsTests
{
    [Fact]
    public void Every_sealed_column_of_the_model_is_listed_once_and_every_listed_one_exists()
    {
        using var db = Databases.Sqlite("Data Source=:memory:");
        var inModel = db.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Where(p => p.ClrType == typeof(byte[]) && p.Name.StartsWith("Sealed", StringComparison.Ordinal)).Select(p => (t.ClrType, p.Name)))
            .ToHashSet();
        var listed = SealedColumns.All.Select(c => (c.Entity, c.Property)).Concat(SealedColumns.Keys).ToList();

        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Empty(inModel.Except(listed)); // a sealed column nobody listed: add it to SealedColumns.All
        Assert.Empty(listed.Except(inModel));
    }

    [Fact]
    public void Every_kind_of_sealed_field_has_its_column_and_each_column_is_sealed_under_its_fields_scope()
    {
        Assert.Equal(Enum.GetValues<SealedField>().Order(), SealedColumns.All.Select(c => c.Field).Distinct().Order());
        Assert.All(SealedColumns.All, c => Assert.Equal(SealedFields.ScopeOf(c.Field), c.Scope));
    }
}
