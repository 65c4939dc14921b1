using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Synchronisation;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.Tests.Synchronisation;

/// <summary>
/// The Synchronisation project names uSync's files without referencing Umbraco; uSync names them with Umbraco's
/// short-string helper. These keep the two equal for every name the model writes, and for typical names beyond it.
/// </summary>
public class USyncNamesTests
{
    private static readonly IShortStringHelper Umbraco =
        new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    public static TheoryData<string> DocumentTypeAliases() => [.. DiplomaticContentModel.DocumentTypes.Select(t => t.Alias)];

    public static TheoryData<string> DataTypeNames() => [.. DiplomaticContentModel.DataTypes.Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(DocumentTypeAliases))]
    [InlineData("umbracoMediaArticle")]
    [InlineData("homePage")]
    [InlineData("blogPost2")]
    public void A_document_type_file_is_named_as_Umbraco_names_it(string alias)
    {
        Assert.Equal(alias.ToSafeFileName(Umbraco) + USyncNames.Extension, USyncNames.ContentTypeFileName(alias));
    }

    [Theory]
    [MemberData(nameof(DataTypeNames))]
    [InlineData("BL - Standard Page")]
    [InlineData("Date Picker with time")]
    [InlineData("Richtext editor")]
    [InlineData("Media Picker")]
    [InlineData("Café – Menu 2")]
    public void A_data_type_file_is_named_as_Umbraco_names_it(string name)
    {
        Assert.Equal(name.ToSafeAlias(Umbraco) + USyncNames.Extension, USyncNames.DataTypeFileName(name));
    }
}
