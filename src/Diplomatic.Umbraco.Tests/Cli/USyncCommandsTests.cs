using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Tests.Support;
using Diplomatic.Umbraco.Tests.Synchronisation;

namespace Diplomatic.Umbraco.Tests.Cli;

public class USyncCommandsTests
{
    /// <summary>The generated item files (the marker at the root is not an item).</summary>
    private static readonly int ItemFiles = USyncSchemaWriter.Generate().Count(f => f.RelativePath.Contains('/'));

    [Fact]
    public void Export_then_validate_in_plugin_mode_passes()
    {
        using var folder = new TemporaryFolder();

        var (exportCode, exportOutput, _) = Run("usync", "export", folder.Path);
        var (validateCode, validateOutput, _) = Run("usync", "validate", folder.Path, "--plugin");

        Assert.Equal(0, exportCode);
        Assert.Contains("wrote   " + Path.Combine(folder.Path, "ContentTypes/booklet.config"), exportOutput);
        Assert.EndsWith($"{USyncSchemaWriter.Generate().Count + 1} written, 0 unchanged, 0 removed in {folder.Path}", exportOutput.TrimEnd());
        Assert.Equal(0, validateCode);
        Assert.Equal($"{ItemFiles} files: 0 errors, 0 warnings, 0 infos", validateOutput.TrimEnd());
    }

    [Fact]
    public void Validate_prints_one_line_per_problem_and_exits_non_zero_on_an_error()
    {
        using var folder = USyncTestFolders.Generated();
        var path = folder.File("ContentTypes/booklet.config");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Level=\"2\"", "Level=\"5\"", StringComparison.Ordinal));

        var (code, output, _) = Run("usync", "validate", folder.Path);

        Assert.Equal(1, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(
            [
                $"{folder.Path}/ContentTypes/booklet.config(2): error: Level is 5 but the type sits in folder 'Diplomatic' (depth 1); uSync writes Level=\"2\" [wrong-level]",
                $"{ItemFiles} files: 1 errors, 0 warnings, 0 infos",
            ],
            lines);
    }

    [SkippableFact]
    public void Validate_accepts_a_partial_site_export_only_with_allow_external()
    {
        SharedCorpus.Require(RepositoryPaths.USyncFixtures);
        var fixture = USyncTestFolders.Fixture(USyncTestFolders.Automotive);

        var strict = Run("usync", "validate", fixture);
        var lenient = Run("usync", "validate", fixture, "--allow-external");
        var verbose = Run("usync", "validate", fixture, "--allow-external", "--verbose");

        Assert.Equal(1, strict.Code);
        Assert.Contains("14 files: 13 errors, 2 warnings, 0 infos", strict.Output);
        Assert.Equal(0, lenient.Code);
        Assert.Equal(3, lenient.Output.TrimEnd().Split('\n').Length);
        Assert.Contains("14 files: 0 errors, 2 warnings, 13 infos", lenient.Output);
        Assert.Equal(16, verbose.Output.TrimEnd().Split('\n').Length);
        Assert.Contains(": info: unresolved: content type 'websiteContainer' is not in this folder [unresolved]", verbose.Output);
    }

    [Fact]
    public void Validate_of_a_missing_folder_is_a_usage_error()
    {
        var (code, _, error) = Run("usync", "validate", "/no/such/folder");

        Assert.Equal(USyncCommands.UsageError, code);
        Assert.Contains("/no/such/folder: error: the folder does not exist", error);
    }

    [Fact]
    public void Validate_without_a_folder_is_rejected_by_the_parser()
    {
        var (code, _, error) = Run("usync", "validate");

        Assert.NotEqual(0, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Docs_writes_the_content_model_document()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("docs/content-model.md");

        var first = Run("usync", "docs", path);
        var second = Run("usync", "docs", path);

        Assert.Equal((0, $"wrote {path}"), (first.Code, first.Output.TrimEnd()));
        Assert.Equal((0, $"unchanged {path}"), (second.Code, second.Output.TrimEnd()));
        Assert.Equal(ContentModelMarkdown.Generate(), File.ReadAllText(path));
    }

    [Fact]
    public void Export_refuses_to_overwrite_a_site_file_with_a_usage_error()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("DataTypes"));
        var name = USyncSchemaWriter.Generate().First(f => f.RelativePath.StartsWith("DataTypes/", StringComparison.Ordinal)).RelativePath;
        File.WriteAllText(folder.File(name), $"<DataType Key=\"{Guid.NewGuid()}\" Alias=\"Site\" Level=\"1\" />");

        var (code, output, error) = Run("usync", "export", folder.Path);

        Assert.Equal(USyncCommands.UsageError, code);
        Assert.Empty(output);
        Assert.Contains($"{folder.Path}: error: Nothing was written", error);
        Assert.Contains(name + " holds another item", error);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = DiplomaticCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
