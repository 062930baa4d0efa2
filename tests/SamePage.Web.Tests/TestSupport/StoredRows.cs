using Microsoft.EntityFrameworkCore;
using SamePage.Data;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>
/// Every row of every table the model knows, read generically through its entity types, so a table
/// added later is searched too without anyone remembering to add it here.
/// </summary>
public static class StoredRows
{
    /// <summary>Where any of the ids is stored, in any column of any table, as "Table.Column".</summary>
    public static async Task<IReadOnlyList<string>> WhereAsync(AppFactory app, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        texts ??= [];
        await using var db = Databases.Open(app);
        var found = new List<string>();
        var set = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && !t.HasSharedClrType))
        {
            var rows = ((IQueryable<object>)set.MakeGenericMethod(type.ClrType).Invoke(db, null)!).ToList();
            foreach (var row in rows)
            {
                var entry = db.Entry(row);
                foreach (var property in type.GetProperties())
                {
                    var value = entry.Property(property.Name).CurrentValue;
                    var match = value switch
                    {
                        Guid id => ids.Contains(id),
                        string text => ids.Any(id => text.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase))
                            || texts.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)),
                        _ => false,
                    };
                    if (match)
                    {
                        found.Add($"{type.GetTableName()}.{property.Name}");
                    }
                }
            }
        }

        return found;
    }

    /// <summary>How many entity types (tables) were searched: a guard that the search saw the whole model.</summary>
    public static int TableCount(AppFactory app)
    {
        using var db = Databases.Open(app);
        return db.Model.GetEntityTypes().Count(t => !t.IsOwned() && !t.HasSharedClrType);
    }
}
