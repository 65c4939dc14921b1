using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.Tests.Importing;
using Diplomatic.Umbraco.Tests.Synchronisation;

namespace Diplomatic.Umbraco.Tests.Cli;

public class BookletImportCliTests
{
    [Fact]
    public void An_output_folder_that_cannot_be_written_is_a_one_line_error_not_a_crash()
    {
        using var folder = new TemporaryFolder();
        // A file where the Content folder should go: creating the folder fails.
        File.WriteAllText(folder.File("Content"), "not a folder");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = DiplomaticCommand.Run(["booklet", "import", ImportingPaths.FirstBooklet, "--out", folder.Path], output, error);

        Assert.Equal(CliExitCodes.NotWritten, exit);
        Assert.StartsWith(folder.File("Content") + ": error: cannot write the content files: ", error.ToString());
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.Equal("not a folder", File.ReadAllText(folder.File("Content")));
    }
}
