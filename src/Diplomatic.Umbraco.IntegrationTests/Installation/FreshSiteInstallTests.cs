using System.Xml.Linq;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Installation.Migrations;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace Diplomatic.Umbraco.IntegrationTests.Installation;

/// <summary>What a default site (server role as Umbraco leaves it) has after its first boot with the plugin.</summary>
[Collection(InstalledSiteCollection.Name)]
public sealed class FreshSiteInstallTests
{
    private readonly UmbracoSite _site;

    public FreshSiteInstallTests(InstalledSite site) => _site = site;

    [Fact]
    public void The_package_migration_ran_to_its_final_state_on_a_site_whose_role_was_not_forced()
    {
        var plan = _site.Get<global::Umbraco.Cms.Core.Packaging.PackageMigrationPlanCollection>().OfType<DiplomaticPackageMigrationPlan>().Single();
        var recorded = _site.Get<IKeyValueService>().GetValue(Constants.Conventions.Migrations.KeyValuePrefix + DiplomaticPackageMigrationPlan.PlanName);

        Assert.Equal(plan.FinalState, recorded);
        Assert.Equal(SchemaDefinition.Diplomatic.ComputeVersion(), _site.Get<IKeyValueService>().GetValue(SchemaInstaller.VersionKey));
        // The accessor is Umbraco's own (elected in the background), not a forced single-server one.
        Assert.Equal("ElectedServerRoleAccessor", _site.Get<IServerRoleAccessor>().GetType().Name);
    }

    [Fact]
    public void Every_document_type_tab_and_property_is_at_its_usync_key()
    {
        var contentTypes = _site.Get<IContentTypeService>();
        var files = Repository.USyncItems("ContentTypes");
        Assert.Equal(DiplomaticContentModel.DocumentTypes.Count, files.Count);
        foreach (var file in files)
        {
            var key = Guid.Parse(file.Attribute("Key")!.Value);
            var type = contentTypes.Get(key);
            Assert.True(type is not null, $"document type {file.Attribute("Alias")!.Value} ({key}) is missing");
            Assert.Equal(file.Attribute("Alias")!.Value, type.Alias);
            Assert.Equal(file.Element("Info")!.Element("Name")!.Value, type.Name);

            var properties = type.PropertyTypes.ToDictionary(p => p.Alias);
            foreach (var property in file.Element("GenericProperties")!.Elements("GenericProperty"))
            {
                var alias = property.Element("Alias")!.Value;
                Assert.True(properties.TryGetValue(alias, out var actual), $"{type.Alias}.{alias} is missing");
                Assert.Equal(Guid.Parse(property.Element("Key")!.Value), actual.Key);
                Assert.Equal(Guid.Parse(property.Element("Definition")!.Value), actual.DataTypeKey);
                Assert.Equal(property.Element("Type")!.Value, actual.PropertyEditorAlias);
                Assert.Equal(Enum.Parse<ContentVariation>(property.Element("Variations")!.Value), actual.Variations);
            }

            Assert.Equal(properties.Count, file.Element("GenericProperties")!.Elements("GenericProperty").Count());
            var groups = type.PropertyGroups.ToDictionary(g => g.Alias);
            foreach (var tab in file.Element("Tabs")?.Elements("Tab") ?? [])
            {
                var alias = tab.Element("Alias")!.Value;
                Assert.True(groups.TryGetValue(alias, out var group), $"{type.Alias} tab {alias} is missing");
                Assert.Equal(Guid.Parse(tab.Element("Key")!.Value), group.Key);
                Assert.Equal(tab.Element("Caption")!.Value, group.Name);
            }

            var compositions = file.Element("Info")!.Element("Compositions")!.Elements("Composition").Select(c => Guid.Parse(c.Attribute("Key")!.Value)).Order();
            Assert.Equal(compositions, type.ContentTypeComposition.Select(c => c.Key).Order());
        }
    }

    [Fact]
    public async Task Every_data_type_is_at_its_usync_key_with_its_editor()
    {
        var dataTypes = _site.Get<IDataTypeService>();
        foreach (var file in Repository.USyncItems("DataTypes"))
        {
            var key = Guid.Parse(file.Attribute("Key")!.Value);
            var dataType = await dataTypes.GetAsync(key);
            Assert.True(dataType is not null, $"data type {file.Attribute("Alias")!.Value} ({key}) is missing");
            Assert.Equal(file.Element("Info")!.Element("Name")!.Value, dataType.Name);
            Assert.Equal(file.Element("Info")!.Element("EditorAlias")!.Value, dataType.EditorAlias);
            Assert.Equal(file.Element("Info")!.Element("EditorUIAlias")!.Value, dataType.EditorUiAlias);
        }
    }

    [Fact]
    public void The_first_booklet_is_installed_and_published_at_its_usync_keys()
    {
        var content = _site.Get<IContentService>();
        var items = Repository.USyncItems("Content");
        Assert.Equal(20, items.Count);
        foreach (var file in items)
        {
            var key = Guid.Parse(file.Attribute("Key")!.Value);
            var item = content.GetById(key);
            Assert.True(item is not null, $"content {file.Attribute("Alias")!.Value} ({key}) is missing");
            Assert.Equal(file.Element("Info")!.Element("ContentType")!.Value, item.ContentType.Alias);
            var parent = Guid.Parse(file.Element("Info")!.Element("Parent")!.Attribute("Key")!.Value);
            Assert.Equal(parent, item.ParentId == Constants.System.Root ? Guid.Empty : content.GetById(item.ParentId)!.Key);

            Assert.True(item.Published, $"{item.Name} is not published");
            Assert.False(item.Edited, $"{item.Name} has unpublished changes");
        }
    }
}
