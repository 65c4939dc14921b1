using System.Text.Json;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Converts values between the form Umbraco stores (and uSync and <see cref="ContentModel.ContentNode"/> hold) and the form
/// <c>IContentEditingService</c> passes to each property editor's <c>FromEditor</c> (the Management API's form).
/// What each editor takes is defined once, with the editor, in <see cref="PropertyEditors"/>; what Umbraco's
/// <c>ToEditor</c> returns is normalised here.
/// </summary>
internal static class EditorValues
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Converts a stored value to the editor form for the given property editor (<see cref="PropertyEditors.ToEditor"/>).</summary>
    /// <param name="editorAlias">The property editor alias (<c>IPropertyType.PropertyEditorAlias</c>).</param>
    /// <param name="stored">The stored value.</param>
    /// <returns>The editor value; null for an empty value; the stored text for an editor the model does not know.</returns>
    /// <exception cref="FormatException">The stored value is not valid for the editor.</exception>
    public static object? FromStored(string editorAlias, string? stored) => PropertyEditors.ToEditor(editorAlias, stored);

    /// <summary>
    /// Turns what a property editor's <c>ToEditor</c> returns into the shape its <c>FromEditor</c> accepts back (the
    /// Management API serialises it to JSON and reads it again; this does the same without the HTTP round trip).
    /// </summary>
    /// <param name="value">The <c>ToEditor</c> result.</param>
    /// <returns>A string, number, bool, string array, <see cref="JsonArray"/> or <see cref="JsonObject"/>.</returns>
    public static object? Normalise(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string or bool or int or long or decimal or double or float or DateTime or DateTimeOffset or Guid:
                return value;
            case IEnumerable<string> strings:
                return strings.ToArray();
        }

        var node = value switch
        {
            JsonNode n => n.DeepClone(),
            JsonElement e => JsonNode.Parse(e.GetRawText()),
            _ => JsonSerializer.SerializeToNode(value, value.GetType(), Web),
        };
        return FromNode(node);
    }

    private static object? FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonArray array when array.All(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.String):
                return array.Select(item => item!.GetValue<string>()).ToArray();
            case JsonArray or JsonObject:
                return node;
        }

        var element = node.GetValue<JsonElement>();
        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when element.TryGetInt32(out var i) => i,
            JsonValueKind.Number => element.GetDecimal(),
            _ => null,
        };
    }
}
