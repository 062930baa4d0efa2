using SamePage.Core.Concerns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Concerns;

/// <summary>Concerns, replies, outcomes and self-checks are never stored in plain text.</summary>
[Collection(SharedAppForRounds.Name)]
public sealed class ConcernStorageTests(SharedApps apps)
{
    [Theory, Providers]
    public async Task Concern_and_self_check_text_is_stored_only_sealed(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var circle = await CircleSetup.CreateAsync(app, "Alder", "Birch");
        var (a, b, id) = (circle[0], circle[1], circle.Circle);
        const string Noticed = "Marmalade lighthouse noticed sentinel";
        const string Felt = "Quillwort felt sentinel";
        const string Need = "Saffron need sentinel";
        const string Draft = "Juniper unshared draft sentinel";
        const string Reply = "Tamarind reply sentinel";
        const string Doing = "Bergamot doing sentinel";
        const string Why = "Cardamom why sentinel";

        var concern = await a.RaiseConcernAsync(id, Noticed, [2], Felt, Need);
        await a.DraftConcernAsync(id, Draft);
        await b.ReplyToConcernAsync(id, concern, Reply);
        await b.RecordOutcomeAsync(id, concern, ConcernOutcome.MisunderstandingClearedUp);
        await b.SelfCheckAsync(id, SelfCheckReason.SeekingAttention, Doing, Why);

        string[] secrets = [Noticed, Felt, Need, Draft, Reply, Doing, Why, "Marmalade", "Quillwort", "Saffron", "Juniper", "Tamarind", "Bergamot", "Cardamom",
            nameof(ConcernOutcome.MisunderstandingClearedUp), nameof(SelfCheckReason.SeekingAttention)];
        if (provider == DatabaseProvider.Sqlite)
        {
            var stored = StoredBytes.OfSqlite(app.SqliteFile);
            Assert.True(stored.Contains(a.Username));
            Assert.Empty(stored.Found(secrets));
        }
        else
        {
            var stored = await PostgresDump.OfAsync(app.ConnectionString);
            Assert.True(stored.Contains(a.Username));
            Assert.Empty(stored.Found(secrets));
        }
    }
}
