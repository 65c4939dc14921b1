using Diplomatic.Umbraco.IntegrationTests.Support;
using Examine;
using Umbraco.Cms.Core.HealthChecks;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Infrastructure.Examine;
using IndexName = Umbraco.Cms.Core.Constants.UmbracoIndexes;

namespace Diplomatic.Umbraco.IntegrationTests.DeliveryApi;

/// <summary>
/// The health check looks into the real Delivery API index: items indexed without the plugin's fields (as before
/// the plugin was installed) are an error until the index is rebuilt. (Umbraco indexes nothing while the Delivery API
/// is off, so this runs on a site that serves it.)
/// </summary>
[Collection(CachedSiteCollection.Name)]
public sealed class IndexHealthTests
{
    private readonly CachedSite _site;

    public IndexHealthTests(CachedSite site) => _site = site;

    [Fact]
    public async Task Items_indexed_without_the_plugins_fields_are_an_error_until_the_index_is_rebuilt()
    {
        var healthy = (await HealthChecks.DeliveryApiAsync(_site))[2];
        Assert.True(healthy.ResultType == StatusResultType.Success, healthy.Message);

        // An article as an index made before the plugin was installed holds it: Umbraco's fields only.
        var index = _site.Get<IExamineManager>().GetIndex(IndexName.DeliveryApiContentIndexName);
        index.IndexItems([new ValueSet("stale-article", IndexTypes.Content, new Dictionary<string, object> { ["contentType"] = "article" })]);
        var stale = await HealthChecks.WaitForIndexStatusAsync(_site, StatusResultType.Error);
        Assert.Contains("Rebuild index", stale.Message, StringComparison.Ordinal);

        await _site.Get<IIndexRebuilder>().RebuildIndexAsync(IndexName.DeliveryApiContentIndexName);
        await HealthChecks.WaitForIndexStatusAsync(_site, StatusResultType.Success);

        // Leave the index whole for the collection's other tests.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await _site.Get<IIndexRebuilder>().IsRebuildingAsync(IndexName.DeliveryApiContentIndexName) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var content = _site.Get<IContentService>();
        var children = content.CountChildren(content.GetById(TestContent.FirstBooklet)!.Id);
        await _site.WaitForAsync($"content?fetch=children:{TestContent.FirstBooklet}&take=1", children, preview: true);
    }
}
