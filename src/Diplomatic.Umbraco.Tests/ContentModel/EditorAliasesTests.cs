using System.Reflection;
using Diplomatic.Umbraco.ContentModel;
using CoreAliases = Umbraco.Cms.Core.Constants.PropertyEditors.Aliases;

namespace Diplomatic.Umbraco.Tests.ContentModel;

public class EditorAliasesTests
{
    public static TheoryData<string> Names() =>
        [.. typeof(EditorAliases).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_editor_alias_of_the_model_is_Core_s_constant_of_the_same_name(string name)
    {
        var core = typeof(CoreAliases).GetField(name, BindingFlags.Public | BindingFlags.Static);
        Assert.True(core is not null, $"Core has no Constants.PropertyEditors.Aliases.{name}.");
        Assert.Equal(core.GetRawConstantValue(), typeof(EditorAliases).GetField(name)!.GetRawConstantValue());
    }

    [Fact]
    public void Every_data_type_of_the_model_uses_an_editor_named_in_EditorAliases()
    {
        var known = typeof(EditorAliases).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var dataTypes = DiplomaticContentModel.DataTypes.Concat(DiplomaticContentModel.DocumentTypes.SelectMany(t => t.Properties).Select(p => p.DataType));
        Assert.All(dataTypes, d => Assert.Contains(d.EditorAlias, known));
    }
}
