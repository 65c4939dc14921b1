using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Writes values as canonical JSON (object keys sorted, no whitespace) so that equal configurations compare equal
/// whatever type carries them (arrays, dictionaries, <see cref="JsonElement"/>, <see cref="JsonNode"/>).
/// </summary>
internal static class CanonicalJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    // Only compared and hashed, never written into a page: escaping HTML characters would only hide them.
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The canonical JSON text of a value.</summary>
    /// <param name="value">Any JSON-serialisable value.</param>
    /// <returns>The canonical text; <c>null</c> for null.</returns>
    public static string Of(object? value) => Sort(ToNode(value))?.ToJsonString(Output) ?? "null";

    /// <summary>A value as a JSON node (a copy: the caller may change it).</summary>
    /// <param name="value">Any JSON-serialisable value.</param>
    /// <returns>The node, or null.</returns>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options),
    };

    private static JsonNode? Sort(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var sorted = new JsonObject();
                foreach (var (name, child) in obj.OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
                {
                    sorted[name] = Sort(child?.DeepClone());
                }

                return sorted;
            case JsonArray array:
                return new JsonArray(array.Select(child => Sort(child?.DeepClone())).ToArray());
            default:
                return node?.DeepClone();
        }
    }
}
