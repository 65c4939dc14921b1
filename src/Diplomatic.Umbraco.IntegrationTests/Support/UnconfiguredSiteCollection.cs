namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>A default site that adds the plugin and sets nothing of the Delivery API, as a site that does not publish its content.</summary>
[CollectionDefinition(Name)]
public sealed class UnconfiguredSiteCollection : ICollectionFixture<UnconfiguredSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "site without delivery api settings";
}

/// <summary>
/// A fresh site whose configuration leaves <c>Umbraco:CMS:DeliveryApi</c> out (Umbraco's defaults: off) but for a
/// disallow-list that hides fact boxes, as a site that does not serve the magazine might have.
/// </summary>
public sealed class UnconfiguredSite : UmbracoSite
{
    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string?>> DeliveryApiSettings() =>
        [new("Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases:0", "factBox")];
}
