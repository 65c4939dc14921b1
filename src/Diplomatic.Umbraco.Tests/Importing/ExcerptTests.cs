using System.Text;
using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Tests.Synchronisation;

namespace Diplomatic.Umbraco.Tests.Importing;

public class ExcerptTests
{
    [Fact]
    public void A_short_text_is_kept_and_a_long_one_cut_on_a_letter_with_an_ellipsis()
    {
        Assert.Equal("Friendship", Excerpt.Of("Friendship"));
        Assert.Equal(new string('a', 80) + "…", Excerpt.Of(new string('a', 200)));

        // "é" written as e + combining acute: the cut keeps the pair together rather than splitting it at 40.
        var decomposed = new string('x', 39) + "e\u0301" + "tail";
        Assert.Equal(new string('x', 39) + "…", Excerpt.Of(decomposed, 40));
    }

    [Fact]
    public void Check_of_a_text_pasted_as_one_huge_line_prints_a_bounded_report()
    {
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "oneline.txt");
        var line = string.Join(' ', Enumerable.Repeat("relations between Azerbaijan and Pakistan", 20_000)) + ".";
        File.WriteAllText(file, line, new UTF8Encoding(false));
        var output = new StringWriter();

        var exit = DiplomaticCommand.Run(["booklet", "check", file], output, new StringWriter());

        Assert.Equal(CliExitCodes.ProblemsFound, exit);
        Assert.Contains("is 840,000 characters long", output.ToString(), StringComparison.Ordinal);
        Assert.All(output.ToString().Split('\n'), l => Assert.True(l.Length < 400, $"a report line of {l.Length:N0} characters"));
    }
}
