using System.Text.Json.Nodes;
using Diplomatic.Umbraco.Installation;

namespace Diplomatic.Umbraco.Tests.Installation;

// The conversion of each editor is PropertyEditors' (ContentModel/PropertyEditorsTests); here, what the installer adds.
public class EditorValuesTests
{
    [Fact]
    public void Stored_values_are_converted_by_their_editor_s_definition()
    {
        Assert.IsType<string[]>(EditorValues.FromStored("Umbraco.DropDown.Flexible", """["Visit"]"""));
        Assert.Null(EditorValues.FromStored("Umbraco.TextBox", " "));
        Assert.Throws<FormatException>(() => EditorValues.FromStored("Umbraco.UploadField", "/media/file.pdf"));
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
