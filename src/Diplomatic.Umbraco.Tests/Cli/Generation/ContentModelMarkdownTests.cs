using System.Text;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Cli.Generation;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Cli.Generation;

public class ContentModelMarkdownTests
{
    [Fact]
    public void The_committed_content_model_document_equals_what_the_model_generates()
    {
        var path = Path.Combine(RepositoryPaths.Root, ContentModelMarkdown.DefaultPath);
        var committed = File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : "(missing)";

        Assert.True(committed == ContentModelMarkdown.Generate(),
            $"{ContentModelMarkdown.DefaultPath} is out of date with the content model. Regenerate it with: {ContentModelMarkdown.RegenerateCommand}");
    }

    [Fact]
    public void The_document_lists_every_type_tab_property_and_data_type_with_key_alias_editor_and_flags()
    {
        var lines = ContentModelMarkdown.Generate().Split('\n');

        foreach (var type in DiplomaticContentModel.DocumentTypes)
        {
            Assert.Contains(lines, l => l.StartsWith($"| `{type.Alias}` | {type.Name} | `{type.Key}` |", StringComparison.Ordinal));
            foreach (var container in type.Containers)
            {
                Assert.Contains(lines, l => l == $"| {container.Name} | `{container.Alias}` | `{container.Key}` | {container.SortOrder} |");
            }

            foreach (var p in type.Properties)
            {
                var row = $"| {p.Name} | `{p.Alias}` | `{p.Key}` | `{p.ContainerAlias}` | {p.DataType.Name} | `{p.DataType.EditorAlias}` | {(p.VariesByCulture ? "yes" : "no")} | {(p.Mandatory ? "yes" : "no")} |";
                Assert.Contains(row, lines);
            }
        }

        foreach (var dataType in DiplomaticDataTypes.All)
        {
            Assert.Contains(lines, l => l.StartsWith($"| {dataType.Name} | `{dataType.Key}` | `{dataType.EditorAlias}` |", StringComparison.Ordinal));
        }
    }
}
