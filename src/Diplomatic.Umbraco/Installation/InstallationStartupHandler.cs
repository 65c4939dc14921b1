using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Runs the installer once Umbraco has started: only when the installer is enabled, package schema migrations
/// are allowed, the runtime level is <see cref="RuntimeLevel.Run"/> and this server is the one that writes
/// (<see cref="ServerRole.Single"/> or <see cref="ServerRole.SchedulingPublisher"/>). Schema first; seeds only once
/// the schema is fully in place. It never stops the site from starting: failures are logged and retried on the next start.
/// A seed is not installed while the content root holds an item of the same document type as one of the seed's roots
/// under another key (a site with its own magazine root does not get a second, competing one); it is installed on a
/// later start if that item goes.
/// </summary>
internal sealed class InstallationStartupHandler : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    /// <summary>The prefix of the key-value entries that record installed seeds.</summary>
    public const string SeedKeyPrefix = "Diplomatic.Umbraco.Installation.Seed.";

    private readonly IRuntimeState _runtimeState;
    private readonly IServerRoleAccessor _serverRole;
    private readonly IOptionsMonitor<DiplomaticInstallationOptions> _options;
    private readonly IOptions<PackageMigrationSettings> _packageMigrations;
    private readonly SchemaInstaller _schemaInstaller;
    private readonly SchemaDefinition _schema;
    private readonly IContentInstaller _contentInstaller;
    private readonly IEnumerable<IContentSeed> _seeds;
    private readonly IKeyValueService _keyValues;
    private readonly IContentService _content;
    private readonly ILogger<InstallationStartupHandler> _logger;

    /// <summary>Creates the handler.</summary>
    public InstallationStartupHandler(
        IRuntimeState runtimeState,
        IServerRoleAccessor serverRole,
        IOptionsMonitor<DiplomaticInstallationOptions> options,
        IOptions<PackageMigrationSettings> packageMigrations,
        SchemaInstaller schemaInstaller,
        SchemaDefinition schema,
        IContentInstaller contentInstaller,
        IEnumerable<IContentSeed> seeds,
        IKeyValueService keyValues,
        IContentService content,
        ILogger<InstallationStartupHandler> logger)
    {
        _runtimeState = runtimeState;
        _serverRole = serverRole;
        _options = options;
        _packageMigrations = packageMigrations;
        _schemaInstaller = schemaInstaller;
        _schema = schema;
        _contentInstaller = contentInstaller;
        _seeds = seeds;
        _keyValues = keyValues;
        _content = content;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        if (!options.Enabled)
        {
            _logger.LogInformation("Diplomatic installer is off (Diplomatic:Installation:Enabled=false)");
            return;
        }

        if (!_packageMigrations.Value.RunSchemaAndContentMigrations)
        {
            _logger.LogInformation("Diplomatic installer skipped: Umbraco:CMS:PackageMigration:RunSchemaAndContentMigrations is false");
            return;
        }

        if (_runtimeState.Level != RuntimeLevel.Run)
        {
            _logger.LogDebug("Diplomatic installer skipped at runtime level {Level}", _runtimeState.Level);
            return;
        }

        if (_serverRole.CurrentServerRole is not (ServerRole.Single or ServerRole.SchedulingPublisher))
        {
            _logger.LogDebug("Diplomatic installer skipped on a {Role} server", _serverRole.CurrentServerRole);
            return;
        }

        try
        {
            var report = await _schemaInstaller.InstallAsync(_schema, cancellationToken);
            if (!report.Succeeded)
            {
                return;
            }

            if (options.InstallSeedContent)
            {
                await InstallSeedsAsync(options, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Diplomatic installer failed; the next start tries again");
        }
    }

    private async Task InstallSeedsAsync(DiplomaticInstallationOptions options, CancellationToken cancellationToken)
    {
        foreach (var seed in _seeds)
        {
            var marker = SeedKeyPrefix + seed.Name;
            if (_keyValues.GetValue(marker) is not null)
            {
                continue;
            }

            if (CompetingRoot(seed) is { } competing)
            {
                _logger.LogWarning(
                    "Seed '{Seed}' not installed: the site already has its own '{Type}' root '{Name}' ({Key}), and a second one would compete with it. "
                    + "Move the seed's content in by hand (or with uSync), or set Diplomatic:Installation:InstallSeedContent=false to silence this",
                    seed.Name, competing.ContentType.Alias, competing.Name, competing.Key);
                continue;
            }

            var result = await _contentInstaller.InstallAsync(
                seed.Roots,
                new ContentInstallRequest { Mode = ContentInstallMode.CreateMissing, Publish = options.PublishSeedContent },
                cancellationToken);
            if (result.Succeeded)
            {
                _keyValues.SetValue(marker, DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                _logger.LogInformation("Seed '{Seed}' installed: {Created} items created", seed.Name, result.Created.Count);
            }
            else
            {
                _logger.LogError("Seed '{Seed}' not installed (rolled back; the next start tries again): {Error}", seed.Name, result.Error);
            }
        }
    }

    /// <summary>An item at the content root with the document type of one of the seed's roots but another key, or null.</summary>
    private IContent? CompetingRoot(IContentSeed seed)
    {
        var roots = _content.GetRootContent().ToList();
        return seed.Roots
            .Select(node => roots.FirstOrDefault(root =>
                string.Equals(root.ContentType.Alias, node.ContentTypeAlias, StringComparison.OrdinalIgnoreCase) && root.Key != node.Key))
            .FirstOrDefault(root => root is not null);
    }
}
