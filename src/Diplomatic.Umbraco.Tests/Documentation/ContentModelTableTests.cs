using System.Text;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Cli.Generation;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Documentation;

/// <summary>The content-model table of docs/model.md is a projection of the model like every other.</summary>
public class ContentModelTableTests
{
    [Fact]
    public void The_documented_content_model_table_is_what_the_model_generates()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ContentModelMarkdown.TablePage), Encoding.UTF8);

        Assert.True(
            page == ContentModelMarkdown.WithPropertyTable(page),
            $"{ContentModelMarkdown.TablePage}'s content-model table is out of date with the model. Regenerate it with: {Projections.Command}");
    }

    [Fact]
    public void The_table_has_one_row_per_property_of_every_type_including_compositions()
    {
        var rows = ContentModelMarkdown.PropertyTable().Split('\n').Skip(2).ToList();
        var expected = DiplomaticContentModel.DocumentTypes.Where(t => !t.IsComposition).Sum(t => DiplomaticContentModel.AllProperties(t).Count());
        Assert.Equal(expected, rows.Count);
        Assert.Contains("| `event` | Start date | `startDate` | Date Picker (`Umbraco.DateTime`) | no | yes | `event` |", rows);
        Assert.Contains("| `booklet` | Meta title | `metaTitle` | Textstring (`Umbraco.TextBox`) | yes | no | `diplomaticSeo` |", rows);
    }
}
