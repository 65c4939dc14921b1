using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Synchronisation;

namespace Diplomatic.Umbraco.Tests.Synchronisation;

public class USyncSchemaExporterTests
{
    [Fact]
    public void Export_writes_the_schema_and_a_second_export_changes_nothing()
    {
        using var folder = new TemporaryFolder();

        var first = USyncSchemaExporter.Export(folder.Path);
        var second = USyncSchemaExporter.Export(folder.Path);

        var expected = USyncSchemaWriter.Generate();
        Assert.Equal(expected.Count + 1, first.Written.Count);
        Assert.Empty(second.Written);
        Assert.Equal(first.Written, second.Unchanged);
        foreach (var file in expected)
        {
            Assert.Equal(file.Bytes, File.ReadAllBytes(folder.File(file.RelativePath)));
        }
    }

    [Fact]
    public void Export_removes_stale_files_it_generated_before_and_leaves_everything_else_alone()
    {
        using var folder = new TemporaryFolder();
        USyncSchemaExporter.Export(folder.Path);
        var manifest = folder.File(USyncSchemaExporter.ManifestFile);

        // A type we generated once and no longer do, listed in the manifest.
        File.WriteAllText(folder.File("ContentTypes/retired.config"), $"<ContentType Key=\"{Guid.NewGuid()}\" Alias=\"retired\" Level=\"2\" />");
        // Our booklet under an old file name (same key): uSync would see a duplicate key.
        File.Copy(folder.File("ContentTypes/booklet.config"), folder.File("ContentTypes/oldbooklet.config"));
        // The site's own type and content, and a content file wrongly listed in the manifest: never ours to delete.
        File.WriteAllText(folder.File("ContentTypes/sitepage.config"), $"<ContentType Key=\"{Guid.NewGuid()}\" Alias=\"sitePage\" Level=\"1\" />");
        Directory.CreateDirectory(folder.File("Content"));
        File.WriteAllText(folder.File("Content/home.config"), "<Content />");
        File.AppendAllText(manifest, "ContentTypes/retired.config\nContent/home.config\n../outside.config\n");

        var result = USyncSchemaExporter.Export(folder.Path);

        Assert.Equal(["ContentTypes/oldbooklet.config", "ContentTypes/retired.config"], result.Removed);
        Assert.False(File.Exists(folder.File("ContentTypes/retired.config")));
        Assert.False(File.Exists(folder.File("ContentTypes/oldbooklet.config")));
        Assert.True(File.Exists(folder.File("ContentTypes/sitepage.config")));
        Assert.True(File.Exists(folder.File("Content/home.config")));
        Assert.True(File.Exists(folder.File("ContentTypes/booklet.config")));
        Assert.Equal([USyncSchemaExporter.ManifestFile], result.Written);
    }

    [Fact]
    public void A_bad_file_fails_the_export_before_the_folder_is_touched()
    {
        using var folder = new TemporaryFolder();
        var files = USyncSchemaWriter.Generate().Append(new USyncGeneratedFile("ContentTypes/bad.config", "<ContentType Key="u8.ToArray())).ToList();

        Assert.Throws<USyncFileException>(() => USyncSchemaExporter.Export(folder.Path, files));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_site_file_at_one_of_the_export_paths_is_never_overwritten()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("ContentTypes"));
        var siteArticle = $"<ContentType Key=\"{Guid.NewGuid()}\" Alias=\"article\" Level=\"1\" />";
        File.WriteAllText(folder.File("ContentTypes/article.config"), siteArticle);

        var e = Assert.Throws<InvalidOperationException>(() => USyncSchemaExporter.Export(folder.Path));

        Assert.Contains("ContentTypes/article.config holds another item", e.Message);
        Assert.Equal(siteArticle, File.ReadAllText(folder.File("ContentTypes/article.config")));
        Assert.Equal([folder.File("ContentTypes/article.config")], Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_file_of_an_earlier_export_is_replaced_even_without_the_manifest()
    {
        using var folder = new TemporaryFolder();
        USyncSchemaExporter.Export(folder.Path);
        File.Delete(folder.File(USyncSchemaExporter.ManifestFile));
        var booklet = folder.File("ContentTypes/booklet.config");
        File.WriteAllText(booklet, File.ReadAllText(booklet).Replace("<Icon>", "<Icon>x", StringComparison.Ordinal));

        var result = USyncSchemaExporter.Export(folder.Path);

        Assert.Contains("ContentTypes/booklet.config", result.Written);
    }

    [Fact]
    public void A_model_error_is_reported_by_the_writer()
    {
        var broken = DiplomaticContentModel.Magazine with { AllowedChildren = ["noSuchType"] };

        var e = Assert.Throws<InvalidOperationException>(() => USyncSchemaWriter.Generate([.. DiplomaticContentModel.DocumentTypes.Where(t => t != DiplomaticContentModel.Magazine), broken]));
        Assert.Contains("noSuchType", e.Message);
    }
}
