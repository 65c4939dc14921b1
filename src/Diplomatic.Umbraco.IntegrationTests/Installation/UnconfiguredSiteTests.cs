using System.Net;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.HealthChecks;
using Umbraco.Cms.Core.Services;

namespace Diplomatic.Umbraco.IntegrationTests.Installation;

/// <summary>Installing the plugin on a site that does not serve the Delivery API exposes nothing.</summary>
[Collection(UnconfiguredSiteCollection.Name)]
public sealed class UnconfiguredSiteTests
{
    private readonly UnconfiguredSite _site;

    public UnconfiguredSiteTests(UnconfiguredSite site) => _site = site;

    [Fact]
    public void The_plugin_installs_but_leaves_the_delivery_api_as_umbraco_defaults_it()
    {
        Assert.NotNull(_site.Get<IContentService>().GetById(TestContent.FirstBooklet));
        var settings = _site.Get<IOptions<DeliveryApiSettings>>().Value;
        var umbraco = new DeliveryApiSettings();
        Assert.False(settings.Enabled);
        Assert.Equal(umbraco.RichTextOutputAsJson, settings.RichTextOutputAsJson);
        Assert.Equal(umbraco.PublicAccess, settings.PublicAccess);
    }

    [Theory]
    [InlineData("content?filter=contentType:booklet")]
    [InlineData("content/item/azerbaijan-pakistan-relations/")]
    [InlineData("content/item/ce8b2a9a-fb52-5cc5-b93c-b948d438dc09")]
    public async Task The_published_booklet_is_not_served(string path)
    {
        using var response = await _site.DeliveryAsync(path);

        // Umbraco 17 refuses every request while the Delivery API is off (its access service grants no access).
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Azerbaijan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_check_says_the_delivery_api_is_off_and_how_to_switch_it_on()
    {
        var statuses = await HealthChecks.DeliveryApiAsync(_site);

        var api = statuses[0];
        Assert.Equal(StatusResultType.Error, api.ResultType);
        Assert.Contains("Umbraco:CMS:DeliveryApi:Enabled", api.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_check_says_which_of_the_magazines_types_are_disallowed_and_where()
    {
        var types = (await HealthChecks.DeliveryApiAsync(_site))[1];

        Assert.Equal(StatusResultType.Warning, types.ResultType);
        Assert.Contains("factBox", types.Message, StringComparison.Ordinal);
        Assert.Contains("DisallowedContentTypeAliases", types.Message, StringComparison.Ordinal);
    }
}
