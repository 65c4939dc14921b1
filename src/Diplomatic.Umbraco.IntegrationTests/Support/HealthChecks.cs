using Diplomatic.Umbraco.DeliveryApi.HealthChecks;
using Umbraco.Cms.Core.HealthChecks;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>The plugin's health check as the backoffice runs it: found in Umbraco's health-check collection.</summary>
public static class HealthChecks
{
    /// <summary>The statuses of the plugin's Delivery API check on a site.</summary>
    public static async Task<IReadOnlyList<HealthCheckStatus>> DeliveryApiAsync(UmbracoSite site)
    {
        var check = site.Get<HealthCheckCollection>().SingleOrDefault(c => c.Id == Guid.Parse(DeliveryApiHealthCheck.CheckId));
        Assert.True(check is not null, "Umbraco's health-check collection does not hold the plugin's check");
        return (await check.GetStatusAsync()).ToList();
    }

    /// <summary>Polls the index status (the check's third) until it has the given result, within a bound (the index commits in the background).</summary>
    public static async Task<HealthCheckStatus> WaitForIndexStatusAsync(UmbracoSite site, StatusResultType result)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HealthCheckStatus last;
        do
        {
            last = (await DeliveryApiAsync(site))[2];
            if (last.ResultType == result)
            {
                return last;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"The index status did not become {result} within 30 s (last: {last.ResultType}: {last.Message}).");
    }
}
