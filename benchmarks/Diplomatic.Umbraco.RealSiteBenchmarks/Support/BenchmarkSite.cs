using Diplomatic.Umbraco.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Infrastructure.BackgroundJobs.Jobs.ServerRegistration;

namespace Diplomatic.Umbraco.RealSiteBenchmarks.Support;

/// <summary>
/// The integration tests' real site (same boot, same settings) with the Delivery API's output cache switched on or
/// off for the next boot, and optionally another installer batch size (to compare write paths).
/// </summary>
internal sealed class BenchmarkSite : UmbracoSite
{
    /// <summary>Whether the next boot serves the Delivery API through Umbraco's output cache (ten minutes, so only eviction refreshes).</summary>
    public bool OutputCache { get; set; }

    /// <summary>The installer's batch size, or null for the plugin's default.</summary>
    public int? BatchSize { get; init; }

    /// <summary>False: the installer publishes item by item (its behaviour before branch publishing), to compare.</summary>
    public bool BranchPublishing { get; init; } = true;

    /// <summary>The SQLite cache mode (Umbraco's installer writes <c>Shared</c>).</summary>
    public string Cache { get; init; } = "Shared";

    protected override string SqliteCache => Cache;

    /// <summary>How often Umbraco's InstructionProcessJob syncs cache instructions, or null for Umbraco's 5 s.</summary>
    public string? SyncInterval { get; init; }

    /// <summary>True: Umbraco's single-server role (no election, so its TouchServerJob does nothing).</summary>
    public bool SingleServer { get; init; }

    /// <summary>
    /// True: the site runs without Umbraco's two cache-instruction jobs (InstructionProcessJob, which applies other
    /// servers' instructions, and CacheInstructionsPruningJob). A single server has no other servers' instructions;
    /// on SQLite the two stall a long burst of writes, and without them the stalls that remain are Umbraco's others
    /// (docs/install.md).
    /// </summary>
    public bool WithoutInstructionJobs { get; init; }

    // Internal to Umbraco.Infrastructure, so named rather than typed.
    private const string PruningJob = "Umbraco.Cms.Infrastructure.BackgroundJobs.Jobs.DistributedJobs.CacheInstructionsPruningJob";

    protected override void ConfigureServices(IServiceCollection services)
    {
        if (WithoutInstructionJobs)
        {
            foreach (var job in services.Where(d => d.ImplementationType == typeof(InstructionProcessJob) || d.ImplementationType?.FullName == PruningJob).ToList())
            {
                services.Remove(job);
            }
        }
    }

    /// <summary>Stops the site and boots it again on the same database (to switch the output cache).</summary>
    public async Task RebootAsync(bool outputCache)
    {
        await StopAsync();
        OutputCache = outputCache;
        await BootAsync();
    }

    protected override IEnumerable<KeyValuePair<string, string?>> DeliveryApiSettings()
    {
        var settings = base.DeliveryApiSettings().ToList();
        if (OutputCache)
        {
            settings.Add(new("Umbraco:CMS:DeliveryApi:OutputCache:Enabled", "true"));
            settings.Add(new("Umbraco:CMS:DeliveryApi:OutputCache:ContentDuration", "00:10:00"));
            settings.Add(new("Umbraco:CMS:DeliveryApi:OutputCache:MediaDuration", "00:10:00"));
        }

        if (BatchSize is { } size)
        {
            settings.Add(new("Diplomatic:Installation:BatchSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (SyncInterval is not null)
        {
            settings.Add(new("Umbraco:CMS:Global:DatabaseServerMessenger:TimeBetweenSyncOperations", SyncInterval));
        }

        if (SingleServer)
        {
            settings.Add(new("Umbraco:CMS:Global:DisableElectionForSingleServer", "true"));
        }

        if (!BranchPublishing)
        {
            settings.Add(new("Diplomatic:Installation:BranchPublishing", "false"));
        }

        return settings;
    }
}
