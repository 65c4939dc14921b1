using System.Text;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Documentation;

/// <summary>
/// The content-model table of docs/model.md is a projection of the model like every other: this test fails when
/// they drift, and rewrites the table when run with DIPLOMATIC_REGENERATE_DOCS=1.
/// </summary>
public class ContentModelTableTests
{
    private const string Start = "<!-- content-model-table:start (generated from the model; regenerate: DIPLOMATIC_REGENERATE_DOCS=1 dotnet test Diplomatic.sln --filter ContentModelTableTests) -->";
    private const string End = "<!-- content-model-table:end -->";

    [Fact]
    public void The_documented_content_model_table_is_what_the_model_generates()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "model.md");
        var readme = File.ReadAllText(path, Encoding.UTF8);
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/model.md has no content-model table between the markers {Start} and {End}.");

        var committed = readme[(start + Start.Length)..end];
        var expected = "\n" + Table() + "\n";
        if (committed != expected && Environment.GetEnvironmentVariable("DIPLOMATIC_REGENERATE_DOCS") == "1")
        {
            File.WriteAllText(path, readme[..(start + Start.Length)] + expected + readme[end..], new UTF8Encoding(false));
            return;
        }

        Assert.True(committed == expected,
            "docs/model.md's content-model table is out of date with the model. Regenerate it with: DIPLOMATIC_REGENERATE_DOCS=1 dotnet test Diplomatic.sln --filter ContentModelTableTests");
    }

    [Fact]
    public void The_table_has_one_row_per_property_of_every_type_including_compositions()
    {
        var rows = Table().Split('\n').Skip(2).ToList();
        var expected = DiplomaticContentModel.DocumentTypes.Where(t => !t.IsComposition).Sum(t => DiplomaticContentModel.AllProperties(t).Count());
        Assert.Equal(expected, rows.Count);
        Assert.Contains("| `event` | Start date | `startDate` | Date Picker (`Umbraco.DateTime`) | no | yes | `event` |", rows);
        Assert.Contains("| `booklet` | Meta title | `metaTitle` | Textstring (`Umbraco.TextBox`) | yes | no | `diplomaticSeo` |", rows);
    }

    /// <summary>One row per property content of each (non-composition) type has: type, property, alias, editor, varies, mandatory, declared on.</summary>
    private static string Table()
    {
        var text = new StringBuilder();
        text.Append("| type | property | alias | data type (editor) | varies by culture | mandatory | declared on |\n");
        text.Append("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var type in DiplomaticContentModel.DocumentTypes.Where(t => !t.IsComposition))
        {
            foreach (var composition in type.Compositions.Select(DiplomaticContentModel.DocumentType).Append(type))
            {
                foreach (var p in composition.Properties)
                {
                    text.Append('\n').Append($"| `{type.Alias}` | {p.Name} | `{p.Alias}` | {p.DataType.Name} (`{p.DataType.EditorAlias}`) | {(p.VariesByCulture ? "yes" : "no")} | {(p.Mandatory ? "yes" : "no")} | `{composition.Alias}` |");
                }
            }
        }

        return text.ToString();
    }
}
