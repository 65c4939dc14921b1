using System.Text;
using System.Xml.Linq;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Synchronisation;

public class USyncSchemaWriterTests
{
    private const string RegenerateCommand = "dotnet run --project src/Diplomatic.Umbraco.Cli -- usync export uSync/v17";

    [Fact]
    public void The_committed_uSync_schema_equals_what_the_model_generates_byte_for_byte()
    {
        var generated = USyncSchemaWriter.Generate();
        var expected = generated.Append(USyncSchemaExporter.Manifest(generated)).ToDictionary(f => f.RelativePath, f => f.Bytes);
        var committed = Directory.EnumerateFiles(RepositoryPaths.USyncV17, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryPaths.USyncV17, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith(USyncNames.Content + "/", StringComparison.Ordinal))
            .ToHashSet();

        var drift = new List<string>();
        foreach (var (path, bytes) in expected)
        {
            var file = Path.Combine(RepositoryPaths.USyncV17, path);
            if (!File.Exists(file))
            {
                drift.Add($"missing {path}");
            }
            else if (!File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes))
            {
                drift.Add($"differs {path}");
            }
        }

        drift.AddRange(committed.Where(p => !expected.ContainsKey(p)).Select(p => $"stale {p}"));
        Assert.True(drift.Count == 0,
            $"uSync/v17 is out of date with the content model ({string.Join("; ", drift)}). Regenerate it with: {RegenerateCommand}");
    }

    [Fact]
    public void Only_the_plugins_own_data_types_get_a_file_and_never_a_built_in_one()
    {
        var files = USyncSchemaWriter.Generate();
        var dataTypeFiles = files.Where(f => f.RelativePath.StartsWith("DataTypes/", StringComparison.Ordinal)).ToList();
        Assert.Equal(DiplomaticDataTypes.All.Count, dataTypeFiles.Count);
        foreach (var file in dataTypeFiles)
        {
            var key = Guid.Parse(Load(file).Attribute("Key")!.Value);
            Assert.False(BuiltInDataTypes.IsBuiltIn(key), file.RelativePath);
            Assert.Contains(DiplomaticDataTypes.All, d => d.Key == key);
        }

        var builtIn = BuiltInDataTypes.Textstring;
        var e = Assert.Throws<InvalidOperationException>(() => USyncSchemaWriter.Generate(DiplomaticContentModel.DocumentTypes, [.. DiplomaticDataTypes.All, builtIn]));
        Assert.Contains(builtIn.Name, e.Message);
    }

    [Theory]
    [InlineData("Diplomatic - Countries", "DiplomaticCountries.config")]
    [InlineData("BL - Standard Page", "BLStandardPage.config")]
    [InlineData("Date Picker with time", "DatePickerWithTime.config")]
    [InlineData("Richtext editor", "RichtextEditor.config")]
    [InlineData("Media Picker", "MediaPicker.config")]
    public void Data_type_files_are_named_like_uSync_names_them(string name, string fileName)
    {
        Assert.Equal(fileName, USyncNames.DataTypeFileName(name));
    }

    [Theory]
    [InlineData(DocumentTypeAliases.FactBox, "factbox.config")]
    [InlineData(DocumentTypeAliases.Bilateral, "diplomaticbilateral.config")]
    [InlineData("umbracoMediaArticle", "umbracomediaarticle.config")]
    public void Content_type_files_are_named_by_lowercased_alias(string alias, string fileName)
    {
        Assert.Equal(fileName, USyncNames.ContentTypeFileName(alias));
    }

    [Fact]
    public void The_marker_names_the_lowest_supported_uSync_and_format_10_7_0()
    {
        var marker = USyncSchemaWriter.Generate().Single(f => f.RelativePath == "usync.config");
        Assert.Equal("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<uSync version=\"17.6.2.0\" format=\"10.7.0\" />", Encoding.UTF8.GetString(marker.Bytes));
        Assert.Equal([0xEF, 0xBB, 0xBF], marker.Bytes[..3]);
        Assert.NotEqual((byte)'\n', marker.Bytes[^1]);
    }

    [Theory]
    [InlineData(USyncTestFolders.Automotive + "/DataTypes/398655ae-ef46-4b62-9106-11024ef7cbf3.config")] // Block List in folder "Bloki (Block List)", emoji labels
    [InlineData(USyncTestFolders.Automotive + "/DataTypes/1a731403-1f64-4996-90a3-a15339b88ab7.config")] // Block Grid, nested arrays
    [InlineData(USyncTestFolders.Automotive + "/DataTypes/88e8a052-30ee-4d44-a507-59f2cdfc769c.config")] // nested object
    [InlineData(USyncTestFolders.Automotive + "/DataTypes/ca90c950-0aff-4e72-b976-a30b1ac57dad.config")] // Tiptap
    [InlineData(USyncTestFolders.Automotive + "/DataTypes/0cc0eba1-9960-42c9-bf9b-60e150b429ae.config")] // empty config
    [InlineData(USyncTestFolders.Aesys + "/DataTypes/MediaPicker.config")]
    public void A_data_type_written_by_uSync_is_reproduced_byte_for_byte(string fixture)
    {
        var path = USyncTestFolders.Fixture(fixture);
        var folder = USyncFolderReader.Read(Path.GetDirectoryName(Path.GetDirectoryName(path))!);
        var dataType = folder.DataTypes.Single(d => d.Location.File.EndsWith(Path.GetFileName(path), StringComparison.Ordinal));

        var written = USyncXml.ToBytes(USyncSchemaWriter.DataType(USyncTestFolders.ToDefinition(dataType)));

        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(path)), Encoding.UTF8.GetString(written));
    }

    [Theory]
    [InlineData("9b6de0fa-85ed-42fd-a7f5-b2f9fcf4ce9a.config")] // seoSettings: composition source, folder, tab + group, a validation regex
    [InlineData("c350d716-b434-45f7-a645-6176f4fb7c2d.config")] // blockSettings: element type, a group without a tab
    public void A_document_type_written_by_uSync_is_reproduced_byte_for_byte(string fileName)
    {
        var path = USyncTestFolders.Fixture($"{USyncTestFolders.Automotive}/ContentTypes/{fileName}");
        var folder = USyncFolderReader.Read(USyncTestFolders.Fixture(USyncTestFolders.Automotive));
        var type = folder.ContentTypes.Single(t => t.Location.File == $"ContentTypes/{fileName}");
        var definition = USyncTestFolders.ToDefinition(type, new Dictionary<Guid, DataTypeDefinition>());

        var written = USyncXml.ToBytes(USyncSchemaWriter.ContentType(definition, new Dictionary<string, DocumentTypeDefinition>()));

        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(path)), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void Our_document_types_have_the_element_shape_of_a_real_uSync_17_export()
    {
        // The composition seoSettings (folder, no compositions, no children, no templates) against ours.
        var real = XElement.Load(USyncTestFolders.Fixture($"{USyncTestFolders.Automotive}/ContentTypes/9b6de0fa-85ed-42fd-a7f5-b2f9fcf4ce9a.config"));
        var ours = Load(USyncSchemaWriter.Generate().Single(f => f.RelativePath == "ContentTypes/diplomaticseo.config"));
        Assert.Equal(Shape(real), Shape(ours));

        // A type with compositions and children against frontPage (minus its templates: we are headless).
        var frontPage = XElement.Load(USyncTestFolders.Fixture($"{USyncTestFolders.Automotive}/ContentTypes/3f1e0dc6-ce22-41fd-8943-acb331787591.config"));
        frontPage.Element("Info")!.Element("AllowedTemplates")!.RemoveNodes();
        var booklet = Load(USyncSchemaWriter.Generate().Single(f => f.RelativePath == "ContentTypes/booklet.config"));
        Assert.Equal(Shape(frontPage), Shape(booklet));
    }

    [Fact]
    public void Our_data_types_have_the_element_shape_of_a_real_uSync_17_export()
    {
        var real = XElement.Load(USyncTestFolders.Fixture($"{USyncTestFolders.Aesys}/DataTypes/BLStandardPage.config"));
        foreach (var file in USyncSchemaWriter.Generate().Where(f => f.RelativePath.StartsWith("DataTypes/", StringComparison.Ordinal)))
        {
            Assert.Equal(Shape(real), Shape(Load(file)));
        }
    }

    [Fact]
    public void Properties_tabs_and_compositions_are_sorted_as_uSync_sorts_them()
    {
        foreach (var file in USyncSchemaWriter.Generate().Where(f => f.RelativePath.StartsWith("ContentTypes/", StringComparison.Ordinal)))
        {
            var root = Load(file);
            var aliases = root.Element("GenericProperties")!.Elements().Select(p => p.Element("Alias")!.Value).ToList();
            Assert.Equal(aliases.Order(StringComparer.Ordinal), aliases);
            Assert.Equal(aliases.Order(StringComparer.InvariantCulture), aliases); // uSync's OrderBy uses the culture comparer: same order here
            var tabKeys = root.Element("Tabs")!.Elements().Select(t => Guid.Parse(t.Element("Key")!.Value)).ToList();
            Assert.Equal(tabKeys.Order(), tabKeys);
            var compositions = root.Element("Info")!.Element("Compositions")!.Elements().Select(c => c.Value).ToList();
            Assert.Equal(compositions.Order(StringComparer.Ordinal), compositions);
        }
    }

    [Fact]
    public void The_generated_folder_validates_with_no_problem_at_all_in_plugin_mode()
    {
        using var folder = USyncTestFolders.Generated();
        Assert.Empty(USyncValidator.ValidateFolder(folder.Path, new USyncValidationOptions { PluginMode = true }));
    }

    private static XElement Load(USyncGeneratedFile file) => XElement.Parse(Encoding.UTF8.GetString(file.Bytes).TrimStart('\uFEFF'));

    /// <summary>The distinct element paths (with attribute names) in document order: the file's shape, without values or counts.</summary>
    private static List<string> Shape(XElement root) =>
        root.DescendantsAndSelf()
            .Select(e => string.Join('/', e.AncestorsAndSelf().Reverse().Select(a => a.Name.LocalName))
                         + string.Concat(e.Attributes().Select(a => $"@{a.Name.LocalName}"))
                         + (e.Nodes().OfType<XCData>().Any() ? "#cdata" : string.Empty))
            .Distinct()
            .ToList();
}
