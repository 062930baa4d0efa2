namespace SamePage.Core.Catalogue;

/// <summary>The validated catalogue of one locale: categories in questionnaire order, each with its behaviours.</summary>
public sealed class BehaviourCatalogue
{
    private readonly Dictionary<string, Behaviour> _byId;
    private readonly Dictionary<string, Category> _categoriesById;

    public BehaviourCatalogue(IReadOnlyList<Category> categories, IReadOnlyList<Behaviour> behaviours)
    {
        Categories = categories;
        Behaviours = behaviours;
        _byId = behaviours.ToDictionary(b => b.Id, StringComparer.Ordinal);
        _categoriesById = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Category> Categories { get; }

    public IReadOnlyList<Behaviour> Behaviours { get; }

    public Behaviour? Find(string id) => _byId.GetValueOrDefault(id);

    public Category? FindCategory(string id) => _categoriesById.GetValueOrDefault(id);

    public IEnumerable<Behaviour> InCategory(string categoryId) =>
        Behaviours.Where(b => b.CategoryId == categoryId);

    /// <summary>The zero-based page of a category in the questionnaire, or -1.</summary>
    public int PageOf(string categoryId)
    {
        for (var i = 0; i < Categories.Count; i++)
        {
            if (Categories[i].Id == categoryId)
            {
                return i;
            }
        }

        return -1;
    }
}
