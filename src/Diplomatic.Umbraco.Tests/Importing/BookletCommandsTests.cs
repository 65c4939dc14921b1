using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Importing;

public class BookletCommandsTests
{
    [Fact]
    public void Check_lists_nothing_for_the_first_booklet_and_exits_zero()
    {
        var output = new StringWriter();
        var exit = DiplomaticCommand.Run(["booklet", "check", ImportingPaths.FirstBooklet], output, new StringWriter());
        Assert.Equal(0, exit);
        Assert.Equal(
            "azerbaijan-pakistan-relations.md: took title \"Azerbaijan-Pakistan Relations\", author(s) Muhammad Asif Noor, date (none)\n" +
            "azerbaijan-pakistan-relations.md: \"Azerbaijan-Pakistan Relations\": 1 article(s), 8 fact box(es), 7 event(s), 1 author(s); 0 error(s), 0 warning(s).",
            output.ToString().Trim().ReplaceLineEndings("\n"));
    }

    [SkippableFact]
    public void Check_reports_warnings_with_lines_but_exits_zero_for_the_seed_text()
    {
        SharedCorpus.Require(RepositoryPaths.Seed);
        var output = new StringWriter();
        var exit = DiplomaticCommand.Run(["booklet", "check", RepositoryPaths.SeedBooklet], output, new StringWriter());
        Assert.Equal(0, exit);
        Assert.Contains("azerbaijan-pakistan-relations.txt(58): warning: dropped the magazine's description", output.ToString());
    }

    [Fact]
    public void Check_of_a_missing_file_exits_two()
    {
        var error = new StringWriter();
        Assert.Equal(CliExitCodes.NotFound, DiplomaticCommand.Run(["booklet", "check", "/no/such/file.md"], new StringWriter(), error));
        Assert.Contains("no such file", error.ToString());
    }

    [Fact]
    public void Import_writes_the_content_folder_and_a_second_import_rewrites_the_same_files()
    {
        var folder = Directory.CreateTempSubdirectory("booklet-import-").FullName;
        try
        {
            var output = new StringWriter();
            Assert.Equal(0, DiplomaticCommand.Run(["booklet", "import", ImportingPaths.FirstBooklet, "--out", folder], output, new StringWriter()));
            Assert.Contains("Reading…", output.ToString());
            Assert.DoesNotContain("\u001b[", output.ToString());
            var first = Directory.GetFiles(Path.Combine(folder, "Content")).Order().Select(File.ReadAllBytes).ToList();
            Assert.Equal(20, first.Count);

            Assert.Equal(0, DiplomaticCommand.Run(["booklet", "import", ImportingPaths.FirstBooklet, "--out", folder], new StringWriter(), new StringWriter()));
            var second = Directory.GetFiles(Path.Combine(folder, "Content")).Order().Select(File.ReadAllBytes).ToList();
            Assert.Equal(first, second);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
