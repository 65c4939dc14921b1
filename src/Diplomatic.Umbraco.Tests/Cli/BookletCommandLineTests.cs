using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.Tests.Importing;
using Diplomatic.Umbraco.Tests.Synchronisation;

namespace Diplomatic.Umbraco.Tests.Cli;

/// <summary>The booklet commands' answers to what a new user types (issue 14) and their all-or-nothing import (issue 12).</summary>
public class BookletCommandLineTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = DiplomaticCommand.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("check")]
    [InlineData("import")]
    public void A_folder_given_as_the_manuscript_is_said_to_be_a_folder(string verb)
    {
        using var folder = new TemporaryFolder();
        var (exit, _, error) = verb == "check" ? Run("booklet", "check", folder.Path) : Run("booklet", "import", folder.Path, "--out", folder.File("out"));

        Assert.Equal(CliExitCodes.WrongKind, exit);
        Assert.Equal($"{folder.Path}: error: this is a folder, not a manuscript file; give the path of a .md, .txt, .html or .docx file", error.Trim());
        Assert.DoesNotContain("no such file", error);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("1.5")]
    public void Max_bytes_must_be_a_positive_number_of_bytes_said_in_our_words(string value)
    {
        var (exit, output, error) = Run("booklet", "check", ImportingPaths.FirstBooklet, "--max-bytes", value);

        Assert.NotEqual(0, exit);
        Assert.Contains($"--max-bytes: \"{value}\" is not a size: it must be a positive whole number of bytes", error);
        Assert.DoesNotContain("System.", error + output);
    }

    [Fact]
    public void Max_bytes_still_caps_the_manuscript()
    {
        var (exit, output, _) = Run("booklet", "check", ImportingPaths.FirstBooklet, "--max-bytes", "100");
        Assert.Equal(CliExitCodes.ProblemsFound, exit);
        Assert.Contains("over the 100-byte limit", output);
    }

    [Fact]
    public void Import_writes_only_what_changed_and_says_so_like_usync_export()
    {
        using var folder = new TemporaryFolder();
        var first = Run("booklet", "import", ImportingPaths.FirstBooklet, "--out", folder.Path);
        var second = Run("booklet", "import", ImportingPaths.FirstBooklet, "--out", folder.Path);

        var content = folder.File("Content");
        var files = Directory.GetFiles(content).Length;
        Assert.Equal(0, first.Exit);
        Assert.Contains($"{files} written, 0 unchanged, 0 removed in {content}", first.Output);
        Assert.Contains("wrote   " + content, first.Output);
        Assert.Equal(0, second.Exit);
        Assert.Contains($"0 written, {files} unchanged, 0 removed in {content}", second.Output);
        Assert.DoesNotContain("wrote   ", second.Output);
    }

    [Fact]
    public void Check_with_out_finds_what_the_import_would_fail_on_and_the_import_then_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        var content = folder.File("Content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "azerbaijan-pakistan-relations.config"), "another tool's file");

        var check = Run("booklet", "check", ImportingPaths.FirstBooklet, "--out", folder.Path);
        var import = Run("booklet", "import", ImportingPaths.FirstBooklet, "--out", folder.Path);

        Assert.Equal(CliExitCodes.NotWritten, check.Exit);
        Assert.Contains("azerbaijan-pakistan-relations.config: error: the file is not a uSync content file that can be read", check.Output);
        Assert.Equal(CliExitCodes.NotWritten, import.Exit);
        Assert.Contains("Nothing was written.", import.Output);
        Assert.Contains("cannot write the content files: ", import.Error);
        Assert.Single(Directory.GetFiles(content));
        Assert.Equal("another tool's file", File.ReadAllText(Path.Combine(content, "azerbaijan-pakistan-relations.config")));
    }

    [Fact]
    public void A_long_urdu_headline_passes_check_and_imports_whole()
    {
        using var folder = new TemporaryFolder();
        var headline = string.Concat(Enumerable.Repeat("پاکستان اور آذربائیجان کے درمیان دوستی اور تعاون ", 4)).Trim();
        var manuscript = folder.File("urdu.md");
        File.WriteAllText(manuscript, $"---\ntitle: {headline}\nculture: ur-PK\n---\n# {headline}\n\nAuthor: Jane Doe\n\nمتن۔\n");

        var check = Run("booklet", "check", manuscript, "--out", folder.File("uSync"));
        var import = Run("booklet", "import", manuscript, "--out", folder.File("uSync"));

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(headline) > 255);
        Assert.Equal(0, check.Exit);
        Assert.Equal(0, import.Exit);
        var names = Directory.GetFiles(folder.File("uSync/Content")).Select(Path.GetFileName).ToList();
        Assert.True(names.Count >= 3, string.Join(", ", names)); // booklet, article (same name, key suffix), author
        Assert.All(names, n => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(n!), 1, 255));
    }

    [Fact]
    public void The_root_cause_is_reported_before_the_missing_title_it_causes()
    {
        using var folder = new TemporaryFolder();
        var manuscript = folder.File("broken.md");
        File.WriteAllText(manuscript, "---\ntitle: T\ncountries: [Azerbaijan\n---\n# A\n\nBody.\n");

        var (exit, output, _) = Run("booklet", "check", manuscript);

        Assert.Equal(CliExitCodes.ProblemsFound, exit);
        var errors = output.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.Contains("not valid YAML", errors[0]);
        Assert.Contains("has no title", errors[^1]);
    }
}
