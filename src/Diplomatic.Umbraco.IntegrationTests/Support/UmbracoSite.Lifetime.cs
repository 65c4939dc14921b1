namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>The site as an xunit fixture: booted before a collection's first test, stopped and deleted after its last.</summary>
public partial class UmbracoSite : IAsyncLifetime
{
}
