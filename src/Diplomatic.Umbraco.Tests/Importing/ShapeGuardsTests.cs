using System.Text;
using Diplomatic.Umbraco.Importing;

namespace Diplomatic.Umbraco.Tests.Importing;

/// <summary>
/// Each hostile shape of issue 12 at the default size cap (just under 20 MB): refused by the linear pre-scan with
/// its own message, or accepted. Times are measured in the benchmarks (<c>hostile &lt;shape&gt;</c>), never here.
/// </summary>
public class ShapeGuardsTests
{
    private const int Size = (20 * 1024 * 1024) - 1024;

    private static BookletDraft Read(string text, string file) =>
        new ManuscriptReader(new ImportingOptions()).Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), file);

    private static string Repeat(string unit, string tail = "", int size = Size)
    {
        var builder = new StringBuilder(size);
        while (builder.Length + unit.Length + tail.Length <= size)
        {
            builder.Append(unit);
        }

        return builder.Append(tail).ToString();
    }

    private static void AssertRefused(BookletDraft draft, string expected)
    {
        var error = draft.Problems.First(p => p.Severity == ProblemSeverity.Error).ToString();
        Assert.True(error.StartsWith(expected, StringComparison.Ordinal), error);
    }

    [Fact]
    public void Lists_nested_by_indentation_are_refused_on_the_first_line_too_deep()
    {
        var text = new StringBuilder();
        for (var k = 0; text.Length < Size - 20_000; k++)
        {
            text.Append(' ', 2 * k).Append("- x\n");
        }

        AssertRefused(Read(text.ToString(), "lists.md"), "lists.md(33): error: this line opens quotes or lists nested more than 32 levels deep");
    }

    [Fact]
    public void Lists_nested_on_one_line_are_refused() =>
        AssertRefused(Read(Repeat("- ", "x"), "lists.md"), "lists.md(1): error: this line opens quotes or lists nested more than 32 levels deep");

    [Fact]
    public void Quotes_nested_are_refused() =>
        AssertRefused(Read("# A\n\n" + Repeat(">", " x"), "quotes.md"), "quotes.md(3): error: this line opens quotes or lists nested more than 32 levels deep");

    [Fact]
    public void A_run_of_emphasis_is_refused() =>
        AssertRefused(Read(new string('*', Size / 2) + "x" + new string('*', Size / 2 - 2), "emphasis.md"), "emphasis.md(1): error: this line holds a run of more than 96 emphasis characters");

    [Fact]
    public void Nested_html_in_markdown_is_refused_before_markdig() =>
        AssertRefused(Read("# A\n\n" + Repeat("<div>", "x"), "divs.md"), "divs.md(3): error: the Markdown's HTML nests elements more than 256 levels deep");

    [Fact]
    public void A_manuscript_of_more_articles_than_the_cap_is_refused_before_it_is_parsed()
    {
        var text = new StringBuilder("---\ntitle: T\n---\n");
        for (var i = 0; text.Length < Size - 64; i++)
        {
            text.Append("# Article ").Append(i).Append("\n\nText.\n\n");
        }

        AssertRefused(Read(text.ToString(), "headings.md"), "headings.md(8004): error: the manuscript has more than 2,000 articles");
    }

    [Fact]
    public void More_links_than_the_cap_are_refused() =>
        AssertRefused(Read("---\ntitle: T\n---\n# A\n\n" + Repeat("[a](https://example.org) "), "links.md"), "links.md(6): error: the Markdown holds more than 100,000 links");

    [Fact]
    public void A_table_row_of_millions_of_columns_is_refused() =>
        AssertRefused(Read("---\ntitle: T\n---\n# A\n\n|" + Repeat("a|", "\n|-|-|\n"), "table.md"), "table.md(6): error: this line is a table row of more than 200 columns");

    [Fact]
    public void Nested_divs_in_a_web_page_are_refused() =>
        AssertRefused(Read("<html><body>" + Repeat("<div>", "x"), "divs.html"), "divs.html(1): error: the web page nests elements more than 128 levels deep (<div> inside <div>…)");

    [Fact]
    public void Unclosed_formatting_elements_in_a_web_page_are_refused() =>
        AssertRefused(Read("<html><body><p>" + Repeat("<b>", "x"), "bold.html"), "bold.html(1): error: the web page nests elements more than 128 levels deep (<b> inside <b>…)");

    [Fact]
    public void A_web_page_of_millions_of_paragraphs_is_refused() =>
        AssertRefused(Read("<html><body><article>" + Repeat("<p>Some words of text here.</p>"), "many.htm"), "many.htm(1): error: the web page holds more than 20,000 elements");

    [Fact]
    public void Plain_text_of_millions_of_lines_is_refused() =>
        AssertRefused(Read("Title\n\n" + Repeat("a.\n"), "lines.txt"), "lines.txt(200002): error: the text has more than 200,000 non-blank lines");

    [Fact]
    public void Plain_text_of_one_20_mb_line_is_accepted()
    {
        var draft = Read("Title\n\n" + Repeat("word ", "."), "line.txt");
        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.Equal("Title", draft.Title);
        Assert.True(Assert.Single(draft.Articles).BodyHtml.Length > Size - 100);
    }

    [Fact]
    public void Thematic_breaks_autolinks_and_ordinary_nesting_are_not_mistaken_for_hostile_shapes()
    {
        var text = new StringBuilder("---\ntitle: T\n---\n# A\n\n");
        for (var i = 0; i < 2_000; i++)
        {
            text.Append("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n\n")
                .Append("**** ").Append(new string('_', 40)).Append(" <https://example.org/").Append(i).Append("> and <mail@example.org>\n\n")
                .Append("> quoted\n> > twice\n\n- one\n  - two\n    - three\n\n");
        }

        var draft = Read(text.ToString(), "ordinary.md");
        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems.Take(3)));
    }
}
