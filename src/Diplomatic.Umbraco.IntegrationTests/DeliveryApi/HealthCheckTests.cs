using Diplomatic.Umbraco.IntegrationTests.Support;
using Umbraco.Cms.Core.HealthChecks;

namespace Diplomatic.Umbraco.IntegrationTests.DeliveryApi;

/// <summary>The plugin's health check on a site that serves the magazine.</summary>
[Collection(InstalledSiteCollection.Name)]
public sealed class HealthCheckTests
{
    private readonly InstalledSite _site;

    public HealthCheckTests(InstalledSite site) => _site = site;

    [Fact]
    public async Task A_site_that_serves_the_magazine_is_healthy()
    {
        var statuses = await HealthChecks.DeliveryApiAsync(_site);

        Assert.Equal(3, statuses.Count);
        Assert.Equal(StatusResultType.Success, statuses[0].ResultType);
        Assert.Equal(StatusResultType.Success, statuses[1].ResultType);
        Assert.NotEqual(StatusResultType.Error, statuses[2].ResultType);
        Assert.DoesNotContain(statuses, s => s.ResultType is StatusResultType.Error or StatusResultType.Warning);
    }
}
