using System.Text.RegularExpressions;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing.Markdown;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Importing;

public class ManuscriptDocsTests
{
    [Fact]
    public void The_complete_example_in_docs_manuscripts_md_reads_with_no_problems()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "manuscripts.md"));
        var match = Regex.Match(docs, "### A complete example\\s+````markdown\n(?<body>.*?)\n````\n\n\\(The outer", RegexOptions.Singleline);
        Assert.True(match.Success, "the example is missing from docs/manuscripts.md");

        var draft = new MarkdownManuscriptReader().Read(match.Groups["body"].Value, "example.md");

        Assert.Empty(draft.Problems.Select(p => p.ToString()));
        Assert.Equal(2, draft.Articles.Count);
        Assert.Single(draft.FactBoxes);
        var item = Assert.Single(draft.Events);
        Assert.Equal(DatePrecision.Year, item.Precision);
        Assert.Equal("978-3-16-148410-0", draft.Isbn);
        Assert.Equal("Editor", draft.Authors[0].Role);
        Assert.Contains("dir=\"rtl\"", draft.Articles[1].BodyHtml);
    }
}
