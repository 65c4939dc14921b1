using Diplomatic.Umbraco.Installation.HealthChecks;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Umbraco.Cms.Core.HealthChecks;

namespace Diplomatic.Umbraco.IntegrationTests.Installation;

/// <summary>The bulk-writes check as the backoffice runs it, on a test site with Umbraco's <c>Cache=Shared</c>.</summary>
[Collection(InstalledSiteCollection.Name)]
public sealed class BulkWritesHealthCheckTests
{
    private readonly InstalledSite _site;

    public BulkWritesHealthCheckTests(InstalledSite site) => _site = site;

    [Fact]
    public async Task Umbraco_finds_the_check_and_it_warns_about_a_shared_SQLite_cache_without_quoting_the_path()
    {
        var check = _site.Get<HealthCheckCollection>().SingleOrDefault(c => c.Id == Guid.Parse(BulkWritesHealthCheck.CheckId));
        Assert.True(check is not null, "Umbraco's health-check collection does not hold the bulk-writes check");

        var status = Assert.Single(await check.GetStatusAsync());

        Assert.Equal(StatusResultType.Warning, status.ResultType);
        Assert.Contains("Cache=Private", status.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_site.DatabaseFile, status.Message, StringComparison.Ordinal);
    }
}
