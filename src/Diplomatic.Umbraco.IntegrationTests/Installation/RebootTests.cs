using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Installation.Migrations;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Umbraco.Cms.Core.Services;

namespace Diplomatic.Umbraco.IntegrationTests.Installation;

/// <summary>What later boots of a site with the plugin write: nothing, unless the plugin was upgraded.</summary>
[Collection(RebootedSiteCollection.Name)]
public sealed class RebootTests
{
    private static readonly string[] ContentTables =
    [
        "umbracoContent", "umbracoContentVersion", "umbracoDocument", "umbracoDocumentVersion", "umbracoPropertyData",
        "umbracoContentVersionCultureVariation", "umbracoDocumentCultureVariation", "umbracoContentSchedule", "umbracoRelation",
    ];

    private readonly RebootedSite _site;

    public RebootTests(RebootedSite site) => _site = site;

    [Fact]
    public void A_second_boot_writes_no_schema_content_version_or_audit_row()
    {
        Assert.Empty(_site.AfterFirstBoot.Changes(_site.AfterSecondBoot));
        Assert.NotEmpty(_site.AfterFirstBoot["umbracoPropertyData"]);
    }

    [Fact]
    public void After_an_upgrade_the_migration_runs_again_and_brings_the_schema_to_the_model()
    {
        var plan = _site.Get<global::Umbraco.Cms.Core.Packaging.PackageMigrationPlanCollection>().OfType<DiplomaticPackageMigrationPlan>().Single();
        Assert.Equal(plan.FinalState, _site.Get<IKeyValueService>().GetValue(RebootedSite.PlanStateKey));
        Assert.Equal(SchemaDefinition.Diplomatic.ComputeVersion(), _site.Get<IKeyValueService>().GetValue(SchemaInstaller.VersionKey));

        var factBox = _site.Get<IContentTypeService>().Get(DiplomaticContentModel.FactBox.Key)!;
        Assert.Equal(DiplomaticContentModel.FactBox.Name, factBox.Name);
        var headline = DiplomaticContentModel.FactBox.Property(ContentModel.PropertyAliases.FactBox.Headline);
        Assert.Equal(headline.Name, factBox.PropertyTypes.Single(p => p.Key == headline.Key).Name);
    }

    [Fact]
    public void An_upgrade_changes_the_schema_only_where_the_model_differs_and_leaves_every_content_row()
    {
        Assert.Empty(_site.BeforeUpgrade.Changes(_site.AfterUpgrade, ContentTables));

        var nodes = _site.BeforeUpgrade.Changes(_site.AfterUpgrade, "umbracoNode", "cmsPropertyType");
        Assert.Equal(4, nodes.Count);
        Assert.Contains(nodes, n => n.StartsWith("umbracoNode: - ", StringComparison.Ordinal) && n.Contains(RebootedSite.OldFactBoxName, StringComparison.Ordinal));
        Assert.Contains(nodes, n => n.StartsWith("cmsPropertyType: - ", StringComparison.Ordinal) && n.Contains(RebootedSite.OldHeadlineName, StringComparison.Ordinal));
    }
}
