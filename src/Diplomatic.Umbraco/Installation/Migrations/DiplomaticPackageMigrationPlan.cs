using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Packaging;

namespace Diplomatic.Umbraco.Installation.Migrations;

/// <summary>
/// The package migration that installs the Diplomatic schema and seed content. Umbraco runs pending package
/// migrations unattended at boot (<c>Umbraco:CMS:Unattended:PackageMigrationsUnattended</c>, on by default) on the
/// server that wins its migration leadership, records the state per plan, and lists the plan in the backoffice's
/// Packages section. The plan is pending whenever its final state differs from the recorded one; the final state is
/// a hash of everything the install depends on (the model's version, the registered seeds, the installer options),
/// so a plugin upgrade that changes the model, or a changed option, runs it once more.
/// </summary>
internal sealed class DiplomaticPackageMigrationPlan : PackageMigrationPlan
{
    /// <summary>The package (and plan) name shown in the backoffice and recorded in the key-value table.</summary>
    public const string PlanName = "Diplomatic.Umbraco";

    /// <summary>Creates the plan.</summary>
    /// <param name="installer">Names the seeds that are part of the state.</param>
    /// <param name="schema">The model whose version is part of the state.</param>
    /// <param name="options">The installer options that are part of the state.</param>
    /// <param name="packageMigrations">Umbraco's package-migration settings that are part of the state.</param>
    public DiplomaticPackageMigrationPlan(
        DiplomaticInstaller installer,
        SchemaDefinition schema,
        IOptions<DiplomaticInstallationOptions> options,
        IOptions<PackageMigrationSettings> packageMigrations)
        : base(PlanName)
    {
        // DefinePlan runs in the base constructor, before the state's inputs are known: the one step is added here.
        To<InstallDiplomaticContentModel>(StateOf(schema.ComputeVersion(), installer.SeedNames, options.Value, packageMigrations.Value));
    }

    /// <summary>The plan's final state for these inputs: equal inputs give an equal state.</summary>
    /// <param name="schemaVersion">The model's version.</param>
    /// <param name="seedNames">The registered seeds.</param>
    /// <param name="options">The installer options.</param>
    /// <param name="packageMigrations">Umbraco's package-migration settings.</param>
    /// <returns>The state, a GUID as Umbraco's own hash-based plans use.</returns>
    internal static Guid StateOf(
        string schemaVersion,
        IEnumerable<string> seedNames,
        DiplomaticInstallationOptions options,
        PackageMigrationSettings packageMigrations)
    {
        var text = string.Join(
            "\n",
            schemaVersion,
            string.Join(",", seedNames.Order(StringComparer.Ordinal)),
            string.Create(
                CultureInfo.InvariantCulture,
                $"{options.Enabled},{options.InstallSeedContent},{options.PublishSeedContent},{packageMigrations.RunSchemaAndContentMigrations}"));
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }

    /// <inheritdoc />
    public override bool IgnoreCurrentState => true;

    /// <inheritdoc />
    protected override void DefinePlan()
    {
        // The step is added by the constructor (see there).
    }
}
