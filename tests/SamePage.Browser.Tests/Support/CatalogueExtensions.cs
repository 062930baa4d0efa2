using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Catalogue;
using SamePage.Web.Content;

namespace SamePage.Browser.Tests.Support;

public static class CatalogueExtensions
{
    /// <summary>The behaviour catalogue the running app serves, to know how many questions "every" is.</summary>
    public static BehaviourCatalogue Catalogue(this BrowserFixture app) =>
        app.Server.Services.GetRequiredService<ContentLibrary>().Catalogue;
}
