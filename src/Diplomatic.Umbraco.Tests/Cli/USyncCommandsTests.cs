using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.Cli.Generation;
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
    public void Validate_refuses_a_missing_folder_with_its_own_exit_code()
    {
        var (code, output, error) = Run("usync", "validate", "/no/such/folder");

        Assert.Equal((CliExitCodes.NotFound, ""), (code, output));
        Assert.Equal("/no/such/folder: error: the folder does not exist", error.TrimEnd());
    }

    [Fact]
    public void Validate_refuses_a_file_given_for_the_folder()
    {
        var readme = Path.Combine(RepositoryPaths.Root, "README.md");

        var (code, output, error) = Run("usync", "validate", readme);

        Assert.Equal((CliExitCodes.WrongKind, ""), (code, output));
        Assert.Equal($"{readme}: error: is a file, not a folder; give the uSync folder, e.g. uSync/v17", error.TrimEnd());
    }

    [Fact]
    public void Validate_refuses_an_empty_folder()
    {
        using var folder = new TemporaryFolder();

        var (code, output, error) = Run("usync", "validate", folder.Path);

        Assert.Equal((CliExitCodes.Empty, ""), (code, output));
        Assert.Equal($"{folder.Path}: error: the folder is empty; give the uSync folder, e.g. uSync/v17", error.TrimEnd());
    }

    [Fact]
    public void Validate_refuses_a_folder_without_usync_files_such_as_docs()
    {
        var docs = Path.Combine(RepositoryPaths.Root, "docs");

        var (code, output, error) = Run("usync", "validate", docs);

        Assert.Equal((CliExitCodes.NotUSync, ""), (code, output));
        Assert.StartsWith($"{docs}: error: holds no uSync files", Assert.Single(error.TrimEnd().Split('\n')));
    }

    [SkippableFact]
    public void Validate_refuses_a_folder_with_an_unreadable_subfolder_naming_it_instead_of_reporting_unresolved_items()
    {
        Skip.If(OperatingSystem.IsWindows(), "file permissions are Unix modes here");
        using var folder = USyncTestFolders.Generated();
        var dataTypes = folder.File("DataTypes");
        CliProcess.SetMode(dataTypes, UnixFileMode.None);
        try
        {
            var (code, output, error) = CliProcess.RunUnprivileged("usync", "validate", folder.Path);

            Assert.Equal(CliExitCodes.Unreadable, code);
            Assert.Equal("", output);
            Assert.Equal($"{folder.Path}/DataTypes/: error: cannot be read (permission denied); nothing was checked", error.TrimEnd());
        }
        finally
        {
            CliProcess.SetMode(dataTypes, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [SkippableFact]
    public void Validate_refuses_a_folder_with_an_unreadable_file_in_one_line_without_a_stack_trace()
    {
        Skip.If(OperatingSystem.IsWindows(), "file permissions are Unix modes here");
        using var folder = USyncTestFolders.Generated();
        var booklet = folder.File("ContentTypes/booklet.config");
        CliProcess.SetMode(booklet, UnixFileMode.None);

        var (code, output, error) = CliProcess.RunUnprivileged("usync", "validate", folder.Path);

        Assert.Equal(CliExitCodes.Unreadable, code);
        Assert.Equal("", output);
        Assert.Equal($"{folder.Path}/ContentTypes/booklet.config: error: cannot be read (permission denied); nothing was checked", error.TrimEnd());
    }

    [Fact]
    public void Usage_names_the_tool_as_installed()
    {
        var (code, output, _) = Run("usync", "validate", "--help");

        Assert.Equal(0, code);
        Assert.Contains("  diplomatic usync validate <folder> [options]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Diplomatic.Umbraco.Cli", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("usync")]
    [InlineData("usync", "validate")]
    [InlineData("booklet", "check", "x.md", "--max-bytes", "abc")]
    public void A_wrong_command_line_is_a_usage_error_in_the_tools_own_words(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(CliExitCodes.Usage, code);
        Assert.Equal("", output);
        var lines = error.TrimEnd().Split('\n');
        Assert.All(lines[..^1], line => Assert.StartsWith("diplomatic: error: ", line, StringComparison.Ordinal));
        Assert.StartsWith("Run 'diplomatic", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
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

        Assert.Equal(CliExitCodes.NotWritten, code);
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

public class CliExitCodesTests
{
    [Fact]
    public void Every_exit_code_is_documented_with_its_value_and_no_other()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "usync.md"));
        var table = page[page.IndexOf("## Exit codes", StringComparison.Ordinal)..];
        var documented = System.Text.RegularExpressions.Regex.Matches(table, @"^\| ([0-9]+) \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var codes = typeof(CliExitCodes).GetFields().Select(f => (int)f.GetRawConstantValue()!);

        Assert.Equal(codes.Order(), documented.Order());
    }
}
