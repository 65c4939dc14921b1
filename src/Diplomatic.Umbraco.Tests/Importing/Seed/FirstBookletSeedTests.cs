using System.Xml.Linq;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Importing.Seed;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Synchronisation.Content;
using Diplomatic.Umbraco.Tests.Installation;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace Diplomatic.Umbraco.Tests.Importing.Seed;

/// <summary>The first booklet ships as seed content: the same tree as the committed uSync content, installed once.</summary>
public class FirstBookletSeedTests
{
    private static FirstBookletSeed Seed() => new(new ManuscriptReader(new ImportingOptions()), new ImportingOptions().WordsPerMinute);

    private static IEnumerable<(ContentNode Node, Guid Parent, int SortOrder)> Flatten(IReadOnlyList<ContentNode> nodes, Guid parent) =>
        nodes.SelectMany((n, i) => Flatten(n.Children, n.Key).Prepend((n, parent, i)));

    /// <summary>One item as a comparable line: key, parent, type, sort order, names, published cultures and every non-empty value.</summary>
    private static string Describe(Guid key, Guid parent, string type, int sortOrder, IEnumerable<(string Culture, string Name)> names, IEnumerable<string> published, IEnumerable<(string Alias, string? Culture, string Value)> values) =>
        $"{key} parent {parent} {type} #{sortOrder}\n"
        + string.Concat(names.OrderBy(n => n.Culture, StringComparer.Ordinal).Select(n => $"  name [{n.Culture}] {n.Name}\n"))
        + string.Concat(published.Order(StringComparer.Ordinal).Select(c => $"  published [{c}]\n"))
        + string.Concat(values.OrderBy(v => v.Alias, StringComparer.Ordinal).ThenBy(v => v.Culture, StringComparer.Ordinal).Select(v => $"  {v.Alias} [{v.Culture}] = {v.Value}\n"));

    [Fact]
    public void The_embedded_manuscript_is_the_committed_file()
    {
        using var stream = typeof(FirstBookletSeed).Assembly.GetManifestResourceStream(FirstBookletSeed.ResourceName);
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        Assert.Equal(System.IO.File.ReadAllBytes(ImportingPaths.FirstBooklet), copy.ToArray());
    }

    [Fact]
    public void The_seed_tree_has_exactly_the_keys_names_and_values_of_the_committed_usync_content()
    {
        var folder = USyncFolderReader.Read(RepositoryPaths.USyncV17);
        var files = folder.Content.Where(c => c.Folder == USyncContentWriter.Folder).ToList();
        Assert.NotEmpty(files);
        var fromUSync = files
            .Select(c =>
            {
                var info = c.Element.Element("Info")!;
                var names = info.Element("NodeName")!.Elements("Name").Select(n => ((string)n.Attribute("Culture")!, n.Value));
                var published = info.Element("Published")!.Elements("Published").Where(p => p.Value == "true").Select(p => (string)p.Attribute("Culture")!);
                var values = c.Element.Element("Properties")!.Elements()
                    .SelectMany(p => p.Elements("Value").Select(v => (p.Name.LocalName, (string?)v.Attribute("Culture"), v.Value)))
                    .Where(v => v.Value.Length > 0);
                return Describe(c.Key!.Value, c.Parent!.Key!.Value, c.ContentType, c.SortOrder, names, published, values);
            })
            .Order(StringComparer.Ordinal)
            .ToList();

        var fromSeed = Flatten(Seed().Roots, Guid.Empty)
            .Select(x => Describe(
                x.Node.Key,
                x.Parent,
                x.Node.ContentTypeAlias,
                x.SortOrder,
                x.Node.Names.Select(n => (n.Key, n.Value)),
                x.Node.PublishCultures.Count > 0 ? x.Node.PublishCultures : x.Node.Names.Keys,
                x.Node.Values.Select(v => (v.Alias, v.Culture, v.Value))))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(20, fromSeed.Count);
        Assert.Equal(fromUSync, fromSeed);
    }

    [Fact]
    public void The_seed_is_registered_by_the_importer_and_its_root_is_the_magazine_with_the_mappers_keys()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        var builder = TestUmbracoBuilder.Of(services, configuration);

        global::Umbraco.Extensions.ImportingBuilderExtensions.AddDiplomaticImporting(builder);
        global::Umbraco.Extensions.ImportingBuilderExtensions.AddDiplomaticImporting(builder);

        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var seed = Assert.IsType<FirstBookletSeed>(Assert.Single(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetServices<IContentSeed>(provider)));
        var root = Assert.Single(seed.Roots);
        Assert.Equal((BookletContentMapper.MagazineKey, DocumentTypeAliases.Magazine), (root.Key, root.ContentTypeAlias));
        Assert.Equal([BookletContentMapper.AuthorsKey, BookletContentMapper.BookletKey("azerbaijan-pakistan-relations")], root.Children.Select(c => c.Key));
        Assert.Single(services, d => d.ServiceType == typeof(IContentInstaller));
    }

    [Fact]
    public async Task A_fresh_site_gets_the_booklet_installed_and_published_and_the_second_start_does_nothing()
    {
        var schema = new FakeSchemaSite();
        var content = new FakeContentSite();
        var keys = Flatten(Seed().Roots, Guid.Empty).Select(x => x.Node.Key).ToList();

        await Handler(schema, content).RunAsync(CancellationToken.None);

        Assert.Equal(keys.Order(), content.Store.Keys.Order());
        Assert.Equal(keys.Select(k => $"create {k}"), content.Log.Where(l => l.StartsWith("create", StringComparison.Ordinal)));
        Assert.Equal(keys.Select(k => $"publish {k} en-US"), content.Log.Where(l => l.StartsWith("publish", StringComparison.Ordinal)));
        Assert.Null(content.Parents[BookletContentMapper.MagazineKey]);
        Assert.Equal("Azerbaijan-Pakistan Relations", content.Store[BookletContentMapper.BookletKey("azerbaijan-pakistan-relations")].GetCultureName("en-US"));
        Assert.True(schema.KeyValues.ContainsKey(DiplomaticInstaller.SeedKeyPrefix + Seed().Name));
        var writes = content.Log.Count;

        await Handler(schema, content).RunAsync(CancellationToken.None);

        Assert.Equal(writes, content.Log.Count);
        Assert.Equal(keys.Count, content.Store.Count);
    }

    [Fact]
    public async Task A_site_that_already_got_the_booklet_from_usync_gets_no_second_copy_and_no_writes()
    {
        var schema = new FakeSchemaSite();
        var content = new FakeContentSite();
        foreach (var (node, parent, _) in Flatten(Seed().Roots, Guid.Empty))
        {
            content.AddExisting(node.Key, node.ContentTypeAlias, node.Names["en-US"]);
            content.Parents[node.Key] = parent == Guid.Empty ? null : parent;
        }

        var before = content.Store.Count;

        await Handler(schema, content).RunAsync(CancellationToken.None);

        Assert.Equal(before, content.Store.Count);
        Assert.Empty(content.Log);
        Assert.True(schema.KeyValues.ContainsKey(DiplomaticInstaller.SeedKeyPrefix + Seed().Name));
    }

    [Fact]
    public async Task A_site_with_its_own_magazine_root_does_not_get_a_second_one()
    {
        var schema = new FakeSchemaSite();
        var content = new FakeContentSite();
        var own = content.AddExisting(Guid.NewGuid(), DocumentTypeAliases.Magazine, "Our magazine");

        await Handler(schema, content).RunAsync(CancellationToken.None);

        Assert.Equal([own.Key], content.Store.Keys);
        Assert.Empty(content.Log);
        Assert.False(schema.KeyValues.ContainsKey(DiplomaticInstaller.SeedKeyPrefix + Seed().Name));
    }

    [Fact]
    public async Task The_seed_can_be_turned_off()
    {
        var schema = new FakeSchemaSite();
        var content = new FakeContentSite();

        await Handler(schema, content, new DiplomaticInstallationOptions { InstallSeedContent = false }).RunAsync(CancellationToken.None);

        Assert.True(schema.KeyValues.ContainsKey(SchemaInstaller.VersionKey));
        Assert.Empty(content.Store);
    }

    private static DiplomaticInstaller Handler(FakeSchemaSite schema, FakeContentSite content, DiplomaticInstallationOptions? options = null)
    {
        var monitor = Mock.Of<IOptionsMonitor<DiplomaticInstallationOptions>>(o => o.CurrentValue == (options ?? new DiplomaticInstallationOptions()));
        var contentService = new Mock<IContentService>();
        contentService.Setup(c => c.GetRootContent()).Returns(() => content.Store.Values.Where(c => content.Parents.GetValueOrDefault(c.Key) is null).ToList());
        return new DiplomaticInstaller(
            monitor,
            Options.Create(new PackageMigrationSettings { RunSchemaAndContentMigrations = true }),
            schema.Installer(),
            SchemaDefinition.Diplomatic,
            content.Installer(),
            [Seed()],
            schema.KeyValueService.Object,
            contentService.Object,
            NullLogger<DiplomaticInstaller>.Instance);
    }
}
