namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>One default site with the plugin, booted once for every test class in the collection.</summary>
[CollectionDefinition(Name)]
public sealed class InstalledSiteCollection : ICollectionFixture<UmbracoSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "installed site";
}
