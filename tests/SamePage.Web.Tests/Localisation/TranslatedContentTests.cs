using System.Net;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Localisation;

/// <summary>
/// Issue 19, item 1: content (catalogue, guides, styles) is shown in the reader's language once that
/// language has a content folder, with the same ids, and in English until then.
/// </summary>
public sealed class TranslatedContentTests
{
    [Fact]
    public async Task A_language_with_its_own_content_folder_shows_its_catalogue_to_its_readers_only()
    {
        var folder = Directory.CreateTempSubdirectory("samepage-content-").FullName;
        try
        {
            var shipped = Path.Combine(AppContext.BaseDirectory, "content", "en");
            Directory.CreateDirectory(Path.Combine(folder, "en"));
            foreach (var file in Directory.EnumerateFiles(shipped))
            {
                File.Copy(file, Path.Combine(folder, "en", Path.GetFileName(file)));
            }

            // A Spanish catalogue with the same ids: only the first category's title differs here.
            Directory.CreateDirectory(Path.Combine(folder, "es"));
            var english = await File.ReadAllTextAsync(Path.Combine(shipped, "behaviours.yaml"));
            await File.WriteAllTextAsync(Path.Combine(folder, "es", "behaviours.yaml"),
                english.Replace("title: Time and priority", "title: Tiempo y prioridades", StringComparison.Ordinal));

            await using var app = new AppFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["SamePage:ContentDirectory"] = folder });
            using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
            circle[1].AcceptLanguage = "es";
            string FirstGroup(WebPage page) => page.Find("select option[value=time-and-priority]")!.TextContent.Trim();

            var englishPage = await circle[0].GetAsync(Paths.Behaviours(circle.Circle));
            var spanishPage = await circle[1].GetAsync(Paths.Behaviours(circle.Circle));
            circle[0].AcceptLanguage = "de"; // German has no content folder here: English content
            var germanPage = await circle[0].GetAsync(Paths.Behaviours(circle.Circle));

            Assert.Equal(HttpStatusCode.OK, spanishPage.Status);
            Assert.Equal("Time and priority", FirstGroup(englishPage));
            Assert.Equal("Tiempo y prioridades", FirstGroup(spanishPage));
            Assert.Equal("Time and priority", FirstGroup(germanPage));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
