using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Moq;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace Diplomatic.Umbraco.Tests.Installation;

public class SchemaInstallerTests
{
    private static readonly SchemaDefinition Model = SchemaDefinition.Diplomatic;

    [Fact]
    public async Task Fresh_site_gets_every_data_type_and_type_with_the_model_keys_in_dependency_order()
    {
        var site = new FakeSchemaSite();

        var report = await site.Installer().InstallAsync(Model);

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Steps));
        Assert.Equal(Model.ComputeVersion(), site.KeyValues[SchemaInstaller.VersionKey]);
        Assert.Equal([Constants.Security.SuperUserKey], site.UserKeys);

        foreach (var dataType in DiplomaticContentModel.DataTypes)
        {
            var created = site.DataTypes[dataType.Key];
            Assert.Equal(dataType.Name, created.Name);
            Assert.Equal(dataType.EditorAlias, created.EditorAlias);
            Assert.Equal(dataType.EditorUiAlias, created.EditorUiAlias);
            Assert.Equal(site.DataTypeFolders.Values.Single(f => f.Name == DiplomaticDataTypes.Folder).Id, created.ParentId);
            Assert.Equal(CanonicalJson.Of(dataType.Configuration), CanonicalJson.Of(created.ConfigurationData));
        }

        foreach (var type in DiplomaticContentModel.DocumentTypes)
        {
            var created = site.ContentTypes[type.Key];
            Assert.Equal(type.Alias, created.Alias);
            Assert.Equal(site.DocumentTypeFolders.Values.Single(f => f.Name == type.Folder).Id, created.ParentId);
            Assert.Equal(type.Properties.Select(p => (p.Key, p.Alias, p.DataType.Key)), created.PropertyTypes.Select(p => (p.Key, p.Alias, p.DataTypeKey)).OrderBy(p => type.Properties.ToList().FindIndex(x => x.Key == p.Key)));
            Assert.Equal(type.Compositions.Select(c => DiplomaticContentModel.DocumentType(c).Key).Order(), created.ContentTypeComposition.Select(c => c.Key).Order());
            Assert.Equal(type.AllowedChildren.Select(c => DiplomaticContentModel.DocumentType(c).Key), created.AllowedContentTypes!.OrderBy(a => a.SortOrder).Select(a => a.Key));
            foreach (var container in type.Containers.Where(c => type.Properties.Any(p => p.ContainerAlias == c.Alias)))
            {
                Assert.Contains(created.PropertyGroups, g => g.Key == container.Key && g.Name == container.Name);
            }
        }

        // Order: folders and data types, then compositions, then the other types, then the allowed-children pass.
        int Index(string entry) => site.Log.IndexOf(entry);
        var lastDataType = site.Log.FindLastIndex(e => e.StartsWith("create data type", StringComparison.Ordinal));
        var firstType = site.Log.FindIndex(e => e.StartsWith("create type", StringComparison.Ordinal));
        Assert.True(lastDataType < firstType);
        var compositions = DiplomaticContentModel.DocumentTypes.Where(t => t.IsComposition).Select(t => Index($"create type {t.Alias}")).ToList();
        var others = DiplomaticContentModel.DocumentTypes.Where(t => !t.IsComposition).Select(t => Index($"create type {t.Alias}")).ToList();
        Assert.True(compositions.Max() < others.Min());
        var lastCreate = site.Log.FindLastIndex(e => e.StartsWith("create type", StringComparison.Ordinal));
        var updates = site.Log.Skip(lastCreate + 1).ToList();
        Assert.All(updates, u => Assert.StartsWith("update type", u));
        Assert.Equal(
            DiplomaticContentModel.DocumentTypes.Where(t => t.AllowedChildren.Any(c => Index($"create type {c}") > Index($"create type {t.Alias}"))).Select(t => $"update type {t.Alias}").Order(),
            updates.Order());
    }

    [Fact]
    public async Task Second_start_does_nothing()
    {
        var site = new FakeSchemaSite();
        await site.Installer().InstallAsync(Model);
        var writes = site.Log.Count;

        var report = await site.Installer().InstallAsync(Model);

        Assert.True(report.UpToDate);
        Assert.Empty(report.Steps);
        Assert.Equal(writes, site.Log.Count);
    }

    [Fact]
    public async Task A_site_that_already_matches_the_model_is_only_stamped()
    {
        // e.g. the schema came from uSync: the version is missing but every item matches.
        var site = new FakeSchemaSite();
        await site.Installer().InstallAsync(Model);
        site.KeyValues.Clear();
        var writes = site.Log.Count;

        var report = await site.Installer().InstallAsync(Model);

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Steps));
        Assert.All(report.Steps, s => Assert.Equal(SchemaStepOutcome.Unchanged, s.Outcome));
        Assert.Equal(writes, site.Log.Count);
        Assert.Equal(Model.ComputeVersion(), site.KeyValues[SchemaInstaller.VersionKey]);
    }

    [Fact]
    public async Task A_changed_model_updates_only_what_changed()
    {
        var site = new FakeSchemaSite();
        await site.Installer().InstallAsync(Model);
        var writes = site.Log.Count;
        var changed = ChangeArticleStandfirstAndEventTypes(out var newEventType, out var article);

        var report = await site.Installer().InstallAsync(changed);

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Steps));
        Assert.Equal([$"update data type {newEventType.Name}", $"update type {DocumentTypeAliases.Article}"], site.Log.Skip(writes));
        Assert.Equal(
            [(SchemaStepOutcome.Updated, newEventType.Name), (SchemaStepOutcome.Updated, DocumentTypeAliases.Article)],
            report.Steps.Where(s => s.Outcome != SchemaStepOutcome.Unchanged).Select(s => (s.Outcome, s.Name)));
        Assert.Equal("Lead", site.ContentTypes[article.Key].PropertyTypes.Single(p => p.Alias == PropertyAliases.Article.Standfirst).Name);
        Assert.Contains("Summit", (string[])site.DataTypes[newEventType.Key].ConfigurationData["items"]);
        Assert.Equal(changed.ComputeVersion(), site.KeyValues[SchemaInstaller.VersionKey]);
        Assert.NotEqual(Model.ComputeVersion(), changed.ComputeVersion());
    }

    [Fact]
    public async Task An_update_keeps_the_properties_and_tabs_the_site_added()
    {
        var site = new FakeSchemaSite();
        await site.Installer().InstallAsync(Model);
        site.AddSiteProperty(DocumentTypeKeys.Article, "Sponsorship", "sponsor", "Sponsor");
        var changed = ChangeArticleStandfirstAndEventTypes(out _, out _);

        var report = await site.Installer().InstallAsync(changed);

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Steps));
        var article = site.ContentTypes[DocumentTypeKeys.Article];
        var sponsor = Assert.Single(article.PropertyTypes, p => p.Alias == "sponsor");
        var tab = Assert.Single(article.PropertyGroups, g => g.Name == "Sponsorship");
        Assert.True(tab.PropertyTypes!.Contains("sponsor"));
        Assert.Equal("Lead", article.PropertyTypes.Single(p => p.Alias == PropertyAliases.Article.Standfirst).Name);
        var sent = site.UpdateModels.Last(u => u.Key == DocumentTypeKeys.Article).Model;
        Assert.Contains(sent.Properties, p => p.Alias == "sponsor" && p.Key == sponsor.Key && p.ContainerKey == tab.Key);
    }

    [Fact]
    public async Task An_alias_clash_is_reported_and_nothing_is_overwritten()
    {
        var site = new FakeSchemaSite();
        var theirs = site.AddSiteContentType(DocumentTypeAliases.Booklet, "Their booklet");

        var report = await site.Installer().InstallAsync(Model);

        Assert.False(report.Succeeded);
        var clash = Assert.Single(report.Steps, s => s.Outcome == SchemaStepOutcome.Clash);
        Assert.Equal(DocumentTypeAliases.Booklet, clash.Name);
        Assert.Contains(theirs.Key.ToString(), clash.Detail);
        Assert.Equal("Their booklet", site.ContentTypes[theirs.Key].Name);
        Assert.Empty(site.ContentTypes[theirs.Key].PropertyTypes);
        Assert.DoesNotContain(site.UpdateModels, u => u.Key == theirs.Key);
        Assert.False(site.ContentTypes.ContainsKey(DocumentTypeKeys.Booklet));
        Assert.False(site.KeyValues.ContainsKey(SchemaInstaller.VersionKey));

        // Everything else is installed; the magazine simply does not offer the clashing booklet as a child.
        Assert.True(site.ContentTypes.ContainsKey(DocumentTypeKeys.Article));
        Assert.DoesNotContain(site.ContentTypes[DocumentTypeKeys.Magazine].AllowedContentTypes!, a => a.Key == theirs.Key);
    }

    [Fact]
    public async Task A_data_type_name_clash_blocks_the_types_that_use_it()
    {
        var site = new FakeSchemaSite();
        var theirs = new Mock<IDataType>();
        theirs.Setup(d => d.Key).Returns(Guid.NewGuid());
        theirs.Setup(d => d.Name).Returns(DiplomaticDataTypes.Countries.Name);
        site.DataTypes[theirs.Object.Key] = theirs.Object;

        var report = await site.Installer().InstallAsync(Model);

        Assert.Contains(report.Steps, s => s.Outcome == SchemaStepOutcome.Clash && s.Key == DiplomaticDataTypes.Countries.Key);
        var blocked = Assert.Single(report.Steps, s => s.Outcome == SchemaStepOutcome.Blocked && s.Name == DocumentTypeAliases.Bilateral);
        Assert.Contains(DiplomaticDataTypes.Countries.Name, blocked.Detail);
        Assert.Contains(report.Steps, s => s.Outcome == SchemaStepOutcome.Blocked && s.Name == DocumentTypeAliases.Article);
        theirs.VerifySet(d => d.Name = It.IsAny<string>(), Times.Never());
        Assert.False(site.KeyValues.ContainsKey(SchemaInstaller.VersionKey));
    }

    [Fact]
    public async Task A_failing_create_is_reported_with_its_status_and_leaves_the_version_unset_so_the_next_start_retries()
    {
        var site = new FakeSchemaSite();
        site.FailingCreates[DocumentTypeAliases.Event] = ContentTypeOperationStatus.DataTypeNotFound;
        var log = new ListLogger<SchemaInstaller>();

        var first = await site.Installer(log).InstallAsync(Model);

        var failed = Assert.Single(first.Steps, s => s.Outcome == SchemaStepOutcome.Failed);
        Assert.Equal((DocumentTypeAliases.Event, "DataTypeNotFound"), (failed.Name, failed.Status));
        Assert.Contains(log.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error
                                          && e.Message.Contains($"'{DocumentTypeAliases.Event}'") && e.Message.Contains("[DataTypeNotFound]")
                                          && e.Message.Contains(DocumentTypeKeys.Event.ToString()));
        Assert.False(site.KeyValues.ContainsKey(SchemaInstaller.VersionKey));

        site.FailingCreates.Clear();
        var second = await site.Installer().InstallAsync(Model);

        Assert.True(second.Succeeded, string.Join(Environment.NewLine, second.Steps));
        Assert.Contains(second.Steps, s => s.Outcome == SchemaStepOutcome.Created && s.Name == DocumentTypeAliases.Event);
        Assert.Contains(DocumentTypeKeys.Event, site.ContentTypes[DocumentTypeKeys.Booklet].AllowedContentTypes!.Select(a => a.Key));
        Assert.Equal(Model.ComputeVersion(), site.KeyValues[SchemaInstaller.VersionKey]);
    }

    [Fact]
    public void The_version_is_deterministic_and_follows_the_model()
    {
        var same = new SchemaDefinition(DiplomaticContentModel.DataTypes.ToList(), DiplomaticContentModel.DocumentTypes.ToList());
        var changed = ChangeArticleStandfirstAndEventTypes(out _, out _);

        Assert.Equal(Model.ComputeVersion(), same.ComputeVersion());
        Assert.Matches("^[0-9a-f]{64}$", Model.ComputeVersion());
        Assert.NotEqual(Model.ComputeVersion(), changed.ComputeVersion());
    }

    /// <summary>The model with the article's standfirst renamed "Lead" and an event type "Summit" added.</summary>
    private static SchemaDefinition ChangeArticleStandfirstAndEventTypes(out DataTypeDefinition eventType, out DocumentTypeDefinition article)
    {
        var original = DiplomaticDataTypes.EventType;
        var items = ((string[])original.Configuration["items"]!).Append("Summit").ToArray();
        eventType = original with { Configuration = new Dictionary<string, object?>(original.Configuration) { ["items"] = items } };
        article = DiplomaticContentModel.Article with
        {
            Properties = DiplomaticContentModel.Article.Properties
                .Select(p => p.Alias == PropertyAliases.Article.Standfirst ? p with { Name = "Lead" } : p)
                .ToList(),
        };
        var newEventType = eventType;
        var newArticle = article;
        return new SchemaDefinition(
            DiplomaticContentModel.DataTypes.Select(d => d.Key == newEventType.Key ? newEventType : d).ToList(),
            DiplomaticContentModel.DocumentTypes.Select(t => t.Key == newArticle.Key ? newArticle : t).ToList());
    }
}
