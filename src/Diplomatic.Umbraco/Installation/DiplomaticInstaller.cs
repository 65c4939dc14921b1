using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Installs the schema, then the seeds once the schema is fully in place. Run by
/// <see cref="Migrations.DiplomaticPackageMigrationPlan"/>, Umbraco's package migration: it runs unattended at boot on
/// the one server that wins Umbraco's migration leadership (a single server, or one server of a load-balanced
/// site), never twice at once, and again whenever the plan's state changes (a new model, seed or option).
/// A seed is not installed while the content root holds an item of the same document type as one of the seed's roots
/// under another key (a site with its own magazine root does not get a second, competing one).
/// </summary>
internal sealed class DiplomaticInstaller
{
    /// <summary>The prefix of the key-value entries that record installed seeds.</summary>
    public const string SeedKeyPrefix = "Diplomatic.Umbraco.Installation.Seed.";

    private readonly IOptionsMonitor<DiplomaticInstallationOptions> _options;
    private readonly IOptions<PackageMigrationSettings> _packageMigrations;
    private readonly SchemaInstaller _schemaInstaller;
    private readonly SchemaDefinition _schema;
    private readonly IContentInstaller _contentInstaller;
    private readonly IEnumerable<IContentSeed> _seeds;
    private readonly IKeyValueService _keyValues;
    private readonly IContentService _content;
    private readonly ILogger<DiplomaticInstaller> _logger;

    /// <summary>Creates the installer.</summary>
    public DiplomaticInstaller(
        IOptionsMonitor<DiplomaticInstallationOptions> options,
        IOptions<PackageMigrationSettings> packageMigrations,
        SchemaInstaller schemaInstaller,
        SchemaDefinition schema,
        IContentInstaller contentInstaller,
        IEnumerable<IContentSeed> seeds,
        IKeyValueService keyValues,
        IContentService content,
        ILogger<DiplomaticInstaller> logger)
    {
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

    /// <summary>The seeds registered on the site, by name (part of the migration plan's state).</summary>
    public IEnumerable<string> SeedNames => _seeds.Select(s => s.Name);

    /// <summary>
    /// Brings the schema to the model and installs the seeds not yet installed. Never throws but for cancellation:
    /// each problem, and any unexpected error, is logged (the installers roll back their own writes) and reported in
    /// the result.
    /// </summary>
    /// <param name="cancellationToken">Stops between items.</param>
    /// <returns>What happened.</returns>
    public async Task<InstallOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        if (!options.Enabled)
        {
            _logger.LogWarning("Diplomatic installer skipped: Diplomatic:Installation:Enabled is false (the schema is managed elsewhere, e.g. by uSync)");
            return InstallOutcome.Skipped;
        }

        if (!_packageMigrations.Value.RunSchemaAndContentMigrations)
        {
            _logger.LogWarning("Diplomatic installer skipped: Umbraco:CMS:PackageMigration:RunSchemaAndContentMigrations is false");
            return InstallOutcome.Skipped;
        }

        // A throw would fail Umbraco's package migration and leave the whole site in maintenance (503) until a restart.
        try
        {
            var report = await _schemaInstaller.InstallAsync(_schema, cancellationToken);
            if (!report.Succeeded)
            {
                _logger.LogWarning("Diplomatic seed content skipped: the schema is not fully installed");
                return InstallOutcome.Incomplete;
            }

            if (!options.InstallSeedContent)
            {
                _logger.LogWarning("Diplomatic seed content skipped: Diplomatic:Installation:InstallSeedContent is false");
                return InstallOutcome.Installed;
            }

            return await InstallSeedsAsync(options, cancellationToken) ? InstallOutcome.Installed : InstallOutcome.Incomplete;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Diplomatic installer failed");
            return InstallOutcome.Incomplete;
        }
    }

    private async Task<bool> InstallSeedsAsync(DiplomaticInstallationOptions options, CancellationToken cancellationToken)
    {
        var succeeded = true;
        foreach (var seed in _seeds)
        {
            var marker = SeedKeyPrefix + seed.Name;
            if (_keyValues.GetValue(marker) is not null)
            {
                _logger.LogInformation("Seed '{Seed}' is already installed", seed.Name);
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
                _logger.LogError("Seed '{Seed}' not installed (rolled back): {Error}", seed.Name, result.Error);
                succeeded = false;
            }
        }

        return succeeded;
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

/// <summary>What <see cref="DiplomaticInstaller.RunAsync"/> did.</summary>
internal enum InstallOutcome
{
    /// <summary>Turned off by configuration: nothing was read or written.</summary>
    Skipped,

    /// <summary>The schema (and the seeds asked for) are in place.</summary>
    Installed,

    /// <summary>Something was refused; what was written for it was rolled back and the problems were logged.</summary>
    Incomplete,
}
