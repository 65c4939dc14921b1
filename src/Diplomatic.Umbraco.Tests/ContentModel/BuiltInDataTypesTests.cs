using Diplomatic.Umbraco.ContentModel;
using UmbracoConstants = Umbraco.Cms.Core.Constants;

namespace Diplomatic.Umbraco.Tests.ContentModel;

public class BuiltInDataTypesTests
{
    private static readonly HashSet<Guid> CoreDataTypeKeys = typeof(UmbracoConstants.DataTypes.Guids)
        .GetFields()
        .Where(f => f.FieldType == typeof(string))
        .Select(f => Guid.Parse((string)f.GetValue(null)!))
        .ToHashSet();

    private static readonly HashSet<string> CoreEditorAliases = typeof(UmbracoConstants.PropertyEditors.Aliases)
        .GetFields()
        .Where(f => f.FieldType == typeof(string))
        .Select(f => (string)f.GetValue(null)!)
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_built_in_key_is_one_of_cores_well_known_data_type_keys()
    {
        var unknown = BuiltInDataTypes.ByKey.Keys.Where(k => !CoreDataTypeKeys.Contains(k)).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_editor_the_model_uses_is_a_core_property_editor()
    {
        var editors = DiplomaticContentModel.DocumentTypes
            .SelectMany(t => t.Properties)
            .Select(p => p.DataType.EditorAlias)
            .Concat(BuiltInDataTypes.ByKey.Values.Select(d => d.EditorAlias))
            .Distinct();
        Assert.All(editors, e => Assert.Contains(e, CoreEditorAliases));
    }
}
