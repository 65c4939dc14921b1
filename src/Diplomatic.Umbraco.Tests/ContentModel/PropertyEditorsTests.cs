using System.Reflection;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;

namespace Diplomatic.Umbraco.Tests.ContentModel;

public class PropertyEditorsTests
{
    private static readonly IEnumerable<string> ModelEditorAliases = DiplomaticContentModel.DataTypes
        .Concat(DiplomaticContentModel.DocumentTypes.SelectMany(t => t.Properties).Select(p => p.DataType))
        .Select(d => d.EditorAlias)
        .Distinct();

    [Fact]
    public void Every_editor_the_model_uses_has_one_definition()
    {
        Assert.All(ModelEditorAliases, alias => Assert.Single(PropertyEditors.All, e => e.Alias == alias));
    }

    [Fact]
    public void The_definitions_are_the_editors_of_EditorAliases_each_once()
    {
        var aliases = typeof(EditorAliases).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(PropertyEditors.All.Count, PropertyEditors.All.Select(e => e.Alias).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(aliases.Order(StringComparer.Ordinal), PropertyEditors.All.Select(e => e.Alias).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_property_of_the_model_has_a_Delivery_API_shape()
    {
        Assert.All(DiplomaticContentModel.DocumentTypes.SelectMany(t => t.Properties), p => Assert.NotNull(PropertyEditors.DeliveryShapeOf(p)));
    }

    public static TheoryData<string, string, string> Conversions => new()
    {
        // editor alias, stored value, expected editor value as canonical JSON
        { "Umbraco.DropDown.Flexible", """["Visit"]""", """["Visit"]""" },
        { "Umbraco.Tags", """["trade","energy"]""", """["trade","energy"]""" },
        { "Umbraco.Tags", "trade, energy", """["trade","energy"]""" },
        { "Umbraco.MultipleTextstring", "A\r\nB\n\nC", """["A","B","C"]""" },
        { "Umbraco.MultiNodeTreePicker", "umb://document/0e233135607446f1b2a0b391dd3f23d4,umb://document/3b36fdc6-595b-4621-9709-b6baec016386",
            """[{"type":"document","unique":"0e233135-6074-46f1-b2a0-b391dd3f23d4"},{"type":"document","unique":"3b36fdc6-595b-4621-9709-b6baec016386"}]""" },
        { "Umbraco.MultiUrlPicker", """[{"name":"Home","target":null,"udi":"umb://document/0e233135607446f1b2a0b391dd3f23d4","url":null,"queryString":"?a=1"}]""",
            """[{"name":"Home","queryString":"?a=1","target":null,"type":"document","unique":"0e233135-6074-46f1-b2a0-b391dd3f23d4","url":null}]""" },
        { "Umbraco.RichText", """{"markup":"<p>x</p>","blocks":null}""", """{"blocks":null,"markup":"<p>x</p>"}""" },
        { "Umbraco.RichText", "<p>x</p>", """{"blocks":null,"markup":"<p>x</p>"}""" },
        { "Umbraco.TrueFalse", "1", "true" },
        { "Umbraco.TrueFalse", "0", "false" },
        { "Umbraco.Integer", "42", "42" },
        { "Umbraco.Decimal", "7.3", "7.3" },
        { "Umbraco.DateTime", "2016-05-14T00:00:00", "\"2016-05-14T00:00:00\"" },
        { "Umbraco.TextBox", "Azerbaijan-Pakistan Relations", "\"Azerbaijan-Pakistan Relations\"" },
        { "Umbraco.MediaPicker3", """[{"key":"a","mediaKey":"b"}]""", """[{"key":"a","mediaKey":"b"}]""" },
        { "Umbraco.BlockList", """{"layout":{}}""", """{"layout":{}}""" },
        { "Vendor.Unknown", "as stored", "\"as stored\"" },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Stored_values_become_what_the_editor_accepts(string editorAlias, string stored, string expected)
    {
        Assert.Equal(expected, CanonicalJson.Of(PropertyEditors.ToEditor(editorAlias, stored)));
    }

    [Fact]
    public void List_editors_get_a_string_sequence_and_pickers_a_json_array()
    {
        Assert.IsType<string[]>(PropertyEditors.ToEditor("Umbraco.DropDown.Flexible", """["Visit"]"""));
        Assert.IsType<JsonArray>(PropertyEditors.ToEditor("Umbraco.MultiNodeTreePicker", "umb://document/0e233135607446f1b2a0b391dd3f23d4"));
        Assert.IsType<JsonObject>(PropertyEditors.ToEditor("Umbraco.RichText", "<p>x</p>"));
        Assert.Null(PropertyEditors.ToEditor("Umbraco.TextBox", " "));
        Assert.Null(PropertyEditors.ToEditor("Umbraco.UploadField", ""));
    }

    [Theory]
    [InlineData("Umbraco.MultiNodeTreePicker", "not-a-udi")]
    [InlineData("Umbraco.DropDown.Flexible", "[1,2]")]
    [InlineData("Umbraco.UploadField", "/media/file.pdf")]
    [InlineData("Umbraco.ImageCropper", """{"src":"/media/a.jpg"}""")]
    [InlineData("Umbraco.Decimal", "seven")]
    [InlineData("Umbraco.BlockGrid", "{not json")]
    public void Invalid_stored_values_are_refused(string editorAlias, string stored)
    {
        Assert.Throws<FormatException>(() => PropertyEditors.ToEditor(editorAlias, stored));
    }

    [Fact]
    public void A_file_editor_s_refusal_says_where_files_go()
    {
        var error = Assert.Throws<FormatException>(() => PropertyEditors.ToEditor(EditorAliases.UploadField, "/media/file.pdf"));
        Assert.Equal("Umbraco.UploadField values are files; upload them through the media section instead.", error.Message);
    }

    [Fact]
    public void Delivery_shapes_follow_the_data_type_s_configuration()
    {
        Assert.Equal(new PropertyShape(DeliveryShape.Choice, Vocabulary: DiplomaticDataTypes.EventType), Shape(DiplomaticDataTypes.EventType));
        Assert.Equal(new PropertyShape(DeliveryShape.Choice, Vocabulary: DiplomaticDataTypes.DatePrecision), Shape(DiplomaticDataTypes.DatePrecision));
        Assert.Equal(new PropertyShape(DeliveryShape.TextList), Shape(DiplomaticDataTypes.Countries));
        Assert.Equal(new PropertyShape(DeliveryShape.Integer), Shape(BuiltInDataTypes.LabelInteger));
        Assert.Equal(new PropertyShape(DeliveryShape.Items, Picked: DiplomaticContentModel.Author), Shape(DiplomaticDataTypes.AuthorPicker));
    }

    [Fact]
    public void An_editor_without_a_definition_or_a_shape_is_named_with_its_property()
    {
        var unknown = Property(BuiltInDataTypes.Textstring with { EditorAlias = "Vendor.Unknown" });
        var error = Assert.Throws<InvalidOperationException>(() => PropertyEditors.DeliveryShapeOf(unknown));
        Assert.Equal("No definition for the editor 'Vendor.Unknown' of property 'probe': add one to PropertyEditors.", error.Message);

        var noShape = Property(BuiltInDataTypes.LabelBigint);
        error = Assert.Throws<InvalidOperationException>(() => PropertyEditors.DeliveryShapeOf(noShape));
        Assert.Equal("No Delivery API shape for the editor 'Umbraco.Label' of property 'probe' (data type 'Label (bigint)'): add one to its definition in PropertyEditors.", error.Message);
    }

    private static PropertyShape Shape(DataTypeDefinition dataType) => PropertyEditors.DeliveryShapeOf(Property(dataType));

    private static PropertyDefinition Property(DataTypeDefinition dataType) => new()
    {
        Key = Guid.Empty, Alias = "probe", Name = "Probe", DataType = dataType, ContainerAlias = "content", SortOrder = 0, VariesByCulture = false,
    };
}
