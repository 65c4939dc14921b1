using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Infrastructure.Migrations;

namespace Diplomatic.Umbraco.Installation.Migrations;

/// <summary>
/// The plan's one step: runs <see cref="DiplomaticInstaller"/>. Unscoped, so the installer writes in batches, one
/// scope per batch, and survives a transient "database is locked" from Umbraco's own background jobs, where a scoped
/// migration would hold one transaction for everything.
/// </summary>
/// <remarks>
/// A refused item does not fail the step: a failed package migration leaves Umbraco in its maintenance state
/// (503 for every request) until a restart, and a plugin must not take a site down. The installers roll back what
/// they wrote, the problems are logged at Error with the fix, and the health check reports them.
/// </remarks>
internal sealed class InstallDiplomaticContentModel : UnscopedAsyncMigrationBase
{
    private readonly DiplomaticInstaller _installer;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly DeliveryApiIndexRebuildRequest _indexRebuild;

    /// <summary>Creates the step.</summary>
    public InstallDiplomaticContentModel(IMigrationContext context, DiplomaticInstaller installer, IHostApplicationLifetime lifetime, DeliveryApiIndexRebuildRequest indexRebuild)
        : base(context)
    {
        _installer = installer;
        _lifetime = lifetime;
        _indexRebuild = indexRebuild;
    }

    /// <inheritdoc />
    protected override async Task MigrateAsync()
    {
        var outcome = await _installer.RunAsync(_lifetime.ApplicationStopping);
        if (outcome != InstallOutcome.Skipped)
        {
            _indexRebuild.Request();
        }

        if (outcome == InstallOutcome.Incomplete)
        {
            Logger.LogError(
                "Diplomatic content model is not fully installed (see the errors above; nothing was half-written). "
                + "Fix the reported items, then upgrade the plugin or change a Diplomatic:Installation option to run it again");
        }

        Context.Complete();
    }
}
