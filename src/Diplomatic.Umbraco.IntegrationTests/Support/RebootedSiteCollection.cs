using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Installation.Migrations;
using Umbraco.Cms.Core;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>A site booted three times: fresh, again unchanged, and after it was made to look like an older install.</summary>
[CollectionDefinition(Name)]
public sealed class RebootedSiteCollection : ICollectionFixture<RebootedSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "rebooted site";
}

/// <summary>
/// Boots a fresh site, stops it, boots it again, then (stopped) gives it an older schema and the plan state of an
/// older plugin, and boots it a third time, the way a site upgrades the plugin. Snapshots of the database are taken
/// between the boots; the site stays up after the third boot.
/// </summary>
public sealed class RebootedSite : UmbracoSite
{
    /// <summary>The name the fact box type had "before the upgrade".</summary>
    public const string OldFactBoxName = "Fact (old plugin)";

    /// <summary>The name the fact box headline had "before the upgrade".</summary>
    public const string OldHeadlineName = "Headline (old plugin)";

    /// <summary>The key-value entry of the plugin's package migration state.</summary>
    public static readonly string PlanStateKey = Constants.Conventions.Migrations.KeyValuePrefix + DiplomaticPackageMigrationPlan.PlanName;

    /// <summary>After the first boot (installed and indexed), stopped.</summary>
    public DatabaseSnapshot AfterFirstBoot { get; private set; } = null!;

    /// <summary>After the second boot, stopped.</summary>
    public DatabaseSnapshot AfterSecondBoot { get; private set; } = null!;

    /// <summary>After the database was made to look like an older install, before the third boot.</summary>
    public DatabaseSnapshot BeforeUpgrade { get; private set; } = null!;

    /// <summary>After the third boot, with the site running.</summary>
    public DatabaseSnapshot AfterUpgrade { get; private set; } = null!;

    /// <inheritdoc />
    public override async Task InitializeAsync()
    {
        await BootAsync();
        await StopAsync();
        AfterFirstBoot = DatabaseSnapshot.Of(this);

        await BootAsync();
        await StopAsync();
        AfterSecondBoot = DatabaseSnapshot.Of(this);

        // An older plugin: another schema version and plan state, and two names the new model changed.
        DatabaseSnapshot.Execute(this, "UPDATE umbracoKeyValue SET value = 'old-plugin' WHERE key IN ($plan, $schema)",
            ("$plan", PlanStateKey), ("$schema", SchemaInstaller.VersionKey));
        DatabaseSnapshot.Execute(this, "UPDATE umbracoNode SET text = $name WHERE lower(uniqueId) = $key",
            ("$name", OldFactBoxName), ("$key", DiplomaticContentModel.FactBox.Key.ToString()));
        DatabaseSnapshot.Execute(this, "UPDATE cmsPropertyType SET Name = $name WHERE lower(UniqueID) = $key",
            ("$name", OldHeadlineName), ("$key", DiplomaticContentModel.FactBox.Property(ContentModel.PropertyAliases.FactBox.Headline).Key.ToString()));
        BeforeUpgrade = DatabaseSnapshot.Of(this);

        await BootAsync();
        AfterUpgrade = DatabaseSnapshot.Of(this);
    }
}
