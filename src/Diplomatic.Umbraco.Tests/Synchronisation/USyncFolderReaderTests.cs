using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Synchronisation;

public class USyncFolderReaderTests
{
    [Fact]
    public void Write_then_read_gives_back_every_type_property_key_variation_tab_composition_and_child()
    {
        using var folder = USyncTestFolders.Generated();
        var read = USyncFolderReader.Read(folder.Path);

        Assert.Empty(read.Unreadable);
        Assert.Equal(DiplomaticContentModel.DocumentTypes.Count, read.ContentTypes.Count);
        foreach (var model in DiplomaticContentModel.DocumentTypes)
        {
            var type = read.ContentTypes.Single(t => t.Key == model.Key);
            Assert.Equal(USyncTypeKind.ContentType, type.Kind);
            Assert.Equal(model.Alias, type.Alias);
            Assert.Equal(model.Name, type.Name);
            Assert.Equal(model.Icon, type.Icon);
            Assert.Equal(model.Description, type.Description);
            Assert.Equal(model.Folder, type.ContainerPath);
            Assert.Equal(2, type.Level);
            Assert.Equal(model.AllowAtRoot, type.AllowAtRoot);
            Assert.Equal(model.IsElement, type.IsElement);
            Assert.Equal(model.VariesByCulture, type.VariesByCulture);
            Assert.Equal(
                model.Compositions.Select(c => (DiplomaticContentModel.DocumentType(c).Key, c)).Order(),
                type.Compositions.Select(c => (c.Key!.Value, c.Alias)).Order());
            Assert.Equal(
                model.AllowedChildren.Select((c, i) => (DiplomaticContentModel.DocumentType(c).Key, c, i)),
                type.Structure.OrderBy(s => s.SortOrder).Select(s => (s.Key!.Value, s.Alias, s.SortOrder!.Value)));
            Assert.Equal(
                model.Containers.Select(c => (c.Key, c.Alias, c.Name, c.Kind.ToString(), c.SortOrder)).OrderBy(c => c.Key),
                type.Tabs.Select(t => (t.Key!.Value, t.Alias, t.Caption, t.Type, t.SortOrder)).OrderBy(t => t.Item1));
            Assert.Equal(model.Properties.Count, type.Properties.Count);
            foreach (var property in model.Properties)
            {
                var p = type.Properties.Single(x => x.Key == property.Key);
                var container = model.Containers.Single(c => c.Alias == property.ContainerAlias);
                Assert.Equal(
                    (property.Alias, property.Name, property.DataType.Key, property.DataType.EditorAlias, property.Mandatory, property.VariesByCulture),
                    (p.Alias, p.Name, p.Definition!.Value, p.Type, p.Mandatory, p.VariesByCulture));
                Assert.Equal(
                    (container.Alias, container.Name, property.SortOrder, property.Description, property.ValidationRegex, property.ValidationRegexMessage, property.MandatoryMessage, property.LabelOnTop),
                    (p.TabAlias, p.TabCaption, p.SortOrder, p.Description, p.Validation, p.ValidationRegExpMessage, p.MandatoryMessage, p.LabelOnTop));
            }
        }
    }

    [Fact]
    public void Write_then_read_gives_back_every_data_type_with_its_configuration()
    {
        using var folder = USyncTestFolders.Generated();
        var read = USyncFolderReader.Read(folder.Path);

        Assert.Equal(DiplomaticDataTypes.All.Count, read.DataTypes.Count);
        foreach (var model in DiplomaticDataTypes.All)
        {
            var dataType = read.DataTypes.Single(d => d.Key == model.Key);
            Assert.Equal((model.Name, model.Name, model.EditorAlias, model.EditorUiAlias, model.Folder, 2),
                (dataType.Name, dataType.Alias, dataType.EditorAlias, dataType.EditorUiAlias, dataType.ContainerPath, dataType.Level!.Value));
            var expected = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(model.Configuration));
            Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(dataType.ConfigJson!)), model.Name);
        }
    }

    [Fact]
    public void Read_then_convert_back_gives_the_model_definitions()
    {
        using var folder = USyncTestFolders.Generated();
        var read = USyncFolderReader.Read(folder.Path);
        var dataTypes = read.DataTypes.Select(USyncTestFolders.ToDefinition).ToDictionary(d => d.Key);

        foreach (var model in DiplomaticContentModel.DocumentTypes)
        {
            var back = USyncTestFolders.ToDefinition(read.ContentTypes.Single(t => t.Key == model.Key), dataTypes);
            var byAlias = DiplomaticContentModel.DocumentTypes.ToDictionary(t => t.Alias);
            Assert.Equal(
                USyncXml.ToBytes(USyncSchemaWriter.ContentType(model, byAlias)),
                USyncXml.ToBytes(USyncSchemaWriter.ContentType(back, byAlias)));
        }
    }

    [Fact]
    public void Every_element_keeps_its_file_and_line()
    {
        using var folder = USyncTestFolders.Generated();
        var read = USyncFolderReader.Read(folder.Path);
        var booklet = read.ContentTypes.Single(t => t.Alias == DocumentTypeAliases.Booklet);
        var lines = File.ReadAllLines(folder.File(booklet.Location.File));

        Assert.Equal("ContentTypes/booklet.config", booklet.Location.File);
        Assert.StartsWith("<ContentType ", lines[booklet.Location.Line - 1]);
        foreach (var property in booklet.Properties)
        {
            Assert.Equal("    <GenericProperty>", lines[property.Location.Line - 1]);
            Assert.Equal($"      <Alias>{property.Alias}</Alias>", lines[property.Location.Line + 2]);
        }

        foreach (var reference in booklet.Compositions.Concat(booklet.Structure))
        {
            Assert.Contains($">{reference.Alias}</", lines[reference.Location.Line - 1]);
        }

        Assert.All(booklet.Tabs, t => Assert.Equal("    <Tab>", lines[t.Location.Line - 1]));
    }

    [SkippableFact]
    public void A_real_site_export_is_read_with_content_markers_languages_and_templates()
    {
        SharedCorpus.Require(RepositoryPaths.USyncFixtures);
        var read = USyncFolderReader.Read(USyncTestFolders.Fixture(USyncTestFolders.Automotive));

        Assert.Empty(read.Unreadable);
        Assert.Equal(14, read.FileCount);
        Assert.Equal(5, read.DataTypes.Count);
        Assert.Equal(["blockSettings", "callToActionBlock", "frontPage", "seoSettings"], read.ContentTypes.Select(t => t.Alias).Order(StringComparer.Ordinal));
        var empty = Assert.Single(read.Empties);
        Assert.Equal(("faq", "Delete", Guid.Parse("90824b9e-5eaa-4c99-a0c9-0edf6565c54c")), (empty.Alias, empty.Change, empty.Key!.Value));
        Assert.Equal(["Language", "Template"], read.Others.Select(o => o.Element.Name.LocalName).Order(StringComparer.Ordinal));

        var home = read.Content.Single(c => c.Alias == "Strona Główna");
        Assert.Equal(("frontPage", 2, Guid.Parse("225bcefd-b793-4d2b-9b0e-e0f5db282293")), (home.ContentType, home.Level!.Value, home.Parent!.Key!.Value));
        var frontPage = read.ContentTypes.Single(t => t.Alias == "frontPage");
        Assert.Equal(["seoSettings"], frontPage.Compositions.Select(c => c.Alias));
        Assert.Equal(["treść/komponenty", "treść/sekcjaHero"], frontPage.Properties.Select(p => p.TabAlias!).Distinct().Order(StringComparer.Ordinal));
        Assert.Null(read.ContentTypes.Single(t => t.Alias == "callToActionBlock").Properties.Single(p => p.Alias == "bgColor").TabAlias);

        var image = Assert.Single(USyncFolderReader.Read(USyncTestFolders.Fixture(USyncTestFolders.Aesys)).ContentTypes);
        Assert.Equal((USyncTypeKind.MediaType, "Image", 5), (image.Kind, image.Alias, image.Properties.Count));
    }

    [Fact]
    public void The_number_of_files_is_capped()
    {
        using var folder = USyncTestFolders.Generated();
        var read = USyncFolderReader.Read(folder.Path, maxFiles: 5);

        Assert.True(read.Truncated);
        Assert.Equal(5, read.AllItems.Count());
        var problem = Assert.Single(USyncValidator.Validate(read), p => p.Code == "too-many-files");
        Assert.Equal(USyncSeverity.Error, problem.Severity);
    }

    [Fact]
    public void An_oversized_file_is_not_read_and_is_reported()
    {
        using var folder = USyncTestFolders.Generated();
        File.WriteAllText(folder.File("ContentTypes/huge.config"), "<ContentType>" + new string(' ', 2048) + "</ContentType>");

        var read = USyncFolderReader.Read(folder.Path, maxFileBytes: 1024);

        Assert.Contains(read.Unreadable, u => u.Location.File == "ContentTypes/huge.config" && u.Message.Contains("limit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_folder_is_an_exception_naming_it()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => USyncFolderReader.Read("/no/such/uSync/v17"));
        Assert.Contains("/no/such/uSync/v17", e.Message);
    }
}
