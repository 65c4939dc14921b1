namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>A fresh site that serves the Delivery API through Umbraco's output cache.</summary>
[CollectionDefinition(Name)]
public sealed class CachedSiteCollection : ICollectionFixture<CachedSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "site with the output cache";
}

/// <summary>The installed site with <c>Umbraco:CMS:DeliveryApi:OutputCache</c> on for ten minutes: only eviction refreshes a response.</summary>
public sealed class CachedSite : UmbracoSite
{
    /// <inheritdoc />
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();

        // Wait for the seed in the index with preview (never cached): an answer cached before the index caught up
        // would stay until something evicts it.
        await WaitForAsync($"content?fetch=children:{TestContent.FirstBooklet}&take=1", TestContent.Published().Count(i => i.Booklet == TestContent.FirstBooklet), preview: true);
    }

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string?>> DeliveryApiSettings() => base.DeliveryApiSettings().Concat(new Dictionary<string, string?>
    {
        ["Umbraco:CMS:DeliveryApi:OutputCache:Enabled"] = "true",
        ["Umbraco:CMS:DeliveryApi:OutputCache:ContentDuration"] = "00:10:00",
        ["Umbraco:CMS:DeliveryApi:OutputCache:MediaDuration"] = "00:10:00",
    });
}
