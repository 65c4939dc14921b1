using System.Text.Json.Nodes;
using Diplomatic.Umbraco.Installation;

namespace Diplomatic.Umbraco.Tests.Installation;

public class EditorValuesTests
{
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
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Stored_values_become_what_the_editor_accepts(string editorAlias, string stored, string expected)
    {
        Assert.Equal(expected, CanonicalJson.Of(EditorValues.FromStored(editorAlias, stored)));
    }

    [Fact]
    public void List_editors_get_a_string_sequence_and_pickers_a_json_array()
    {
        Assert.IsType<string[]>(EditorValues.FromStored("Umbraco.DropDown.Flexible", """["Visit"]"""));
        Assert.IsType<JsonArray>(EditorValues.FromStored("Umbraco.MultiNodeTreePicker", "umb://document/0e233135607446f1b2a0b391dd3f23d4"));
        Assert.IsType<JsonObject>(EditorValues.FromStored("Umbraco.RichText", "<p>x</p>"));
        Assert.Null(EditorValues.FromStored("Umbraco.TextBox", " "));
    }

    [Theory]
    [InlineData("Umbraco.MultiNodeTreePicker", "not-a-udi")]
    [InlineData("Umbraco.DropDown.Flexible", "[1,2]")]
    [InlineData("Umbraco.UploadField", "/media/file.pdf")]
    [InlineData("Umbraco.Decimal", "seven")]
    public void Invalid_stored_values_are_refused(string editorAlias, string stored)
    {
        Assert.Throws<FormatException>(() => EditorValues.FromStored(editorAlias, stored));
    }

    [Fact]
    public void Values_read_back_from_an_editor_are_normalised_to_what_it_accepts()
    {
        Assert.Equal(["a", "b"], Assert.IsType<string[]>(EditorValues.Normalise(new List<string> { "a", "b" })));
        var references = Assert.IsType<JsonArray>(EditorValues.Normalise(new[] { new { Type = "document", Unique = Guid.Empty } }));
        Assert.Equal("document", references[0]!["type"]!.GetValue<string>());
        Assert.Equal(true, EditorValues.Normalise(JsonNode.Parse("true")));
        Assert.Equal(3, EditorValues.Normalise(JsonNode.Parse("3")));
    }
}
