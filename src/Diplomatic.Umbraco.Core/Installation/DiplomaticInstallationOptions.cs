using System.ComponentModel.DataAnnotations;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Options of the installer, bound from <c>Diplomatic:Installation</c>. The installer also honours Umbraco's
/// <c>Umbraco:CMS:PackageMigration:RunSchemaAndContentMigrations</c>: when that is false nothing is installed.
/// </summary>
public sealed class DiplomaticInstallationOptions
{
    /// <summary>
    /// Whether the schema (data types, compositions, document types) and the seed content are installed and kept
    /// up to date at start-up. Turn it off on uSync- or Deploy-managed environments. Default: true.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether the registered <see cref="IContentSeed"/>s are installed on first boot. Default: true.</summary>
    public bool InstallSeedContent { get; set; } = true;

    /// <summary>Whether seed content is published once installed (a headless site serves only published content). Default: true.</summary>
    public bool PublishSeedContent { get; set; } = true;

    /// <summary>
    /// How many content items are written per database transaction (scope). Smaller batches hold the database
    /// lock for less time, which matters on SQLite where background jobs write too. Default: 25.
    /// </summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 25;

    /// <summary>
    /// Whether a tree the install creates from its root, and publishes, is published at once with Umbraco's branch
    /// publish (<c>IContentService.PublishBranch</c>: one transaction, one cache refresh and one published
    /// notification for the whole tree) instead of item by item (a transaction, cache refresh, cache instruction
    /// and notification round per item, which made seeding slow and collided with Umbraco's background jobs on
    /// SQLite). Trees that update existing items, or mix publish cultures, are still published item by item. Default: true.
    /// </summary>
    public bool BranchPublishing { get; set; } = true;

    /// <summary>How many times a batch is retried after a transient "database is locked" (or deadlock) error. Default: 5.</summary>
    [Range(0, 20)]
    public int TransientRetries { get; set; } = 5;

    /// <summary>The first back-off delay in milliseconds; it doubles on each retry, up to 10 seconds. Default: 250.</summary>
    [Range(0, 10_000)]
    public int RetryDelayMilliseconds { get; set; } = 250;
}
