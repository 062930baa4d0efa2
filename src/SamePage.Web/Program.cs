using SamePage.Core.Catalogue;
using SamePage.Data;
using SamePage.Web;
using SamePage.Web.Infrastructure;

// With no verb, SamePage serves the web app; `migrate` and other admin verbs share its configuration.
var (verb, verbArgs, hostArgs) = AdminVerbs.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);

// Verbs that only read content (`safety screen FILE`) start no server and open no database.
if (verb is not null && !AdminVerbs.NeedsDatabase(verb))
{
    return await AdminVerbs.RunAsync(verb, verbArgs, builder.Configuration);
}

// Run from a build folder (tests, `dotnet run`), the compressed copies of wwwroot's files sit in obj/;
// this finds them whatever the environment. A published app has them beside it, and this does nothing.
// (appsettings.json turns off MapStaticAssets' reloading of edited files, which would serve them uncached.)
builder.WebHost.UseStaticWebAssets();
builder.Services.AddData(builder.Configuration);
builder.Services.AddWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

if (verb is not null)
{
    return await AdminVerbs.RunAsync(verb, app, verbArgs);
}

app.UseWeb();

try
{
    await app.RunAsync();
    return 0;
}
catch (CatalogueException e)
{
    await Console.Error.WriteLineAsync($"SamePage cannot start: {e.Message}");
    return 1;
}

/// <summary>Visible to the tests, which boot the real app.</summary>
public partial class Program;
