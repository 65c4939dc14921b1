using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Diplomatic.Umbraco.Synchronisation;

/// <summary>
/// A data type's <c>Config</c> JSON as uSync 17 writes it: the configuration dictionary with its top-level keys
/// sorted, indented by 2 spaces, LF line ends, non-ASCII and HTML-sensitive characters escaped as <c>\uXXXX</c>
/// (System.Text.Json's default encoder, which is what the real files show, e.g. <c>\u015B</c> and <c>\u003C</c>).
/// </summary>
internal static class USyncConfigJson
{
    /// <summary>The order of top-level keys (uSync sorts with <c>OrderBy(x =&gt; x.Key)</c>).</summary>
    public static StringComparer KeyOrder { get; } = StringComparer.InvariantCulture;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>Serialises a configuration dictionary.</summary>
    /// <param name="configuration">The configuration (camelCase keys, JSON-compatible values).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IReadOnlyDictionary<string, object?> configuration)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in configuration.OrderBy(p => p.Key, KeyOrder))
        {
            sorted[key] = JsonSerializer.SerializeToNode(value, Options);
        }

        return sorted.ToJsonString(Options);
    }

    /// <summary>
    /// Re-writes JSON text the way uSync would (top-level keys sorted, its indentation and escaping), or returns
    /// null when the text is not a JSON object.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="error">Why it could not be parsed.</param>
    /// <returns>The canonical text, or null.</returns>
    public static string? Canonicalize(string json, out string? error)
    {
        error = null;
        try
        {
            if (JsonNode.Parse(json) is not JsonObject parsed)
            {
                error = "it is not a JSON object";
                return null;
            }

            var sorted = new JsonObject();
            foreach (var (key, value) in parsed.OrderBy(p => p.Key, KeyOrder).ToList())
            {
                sorted[key] = value?.DeepClone();
            }

            return sorted.ToJsonString(Options);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            error = e.Message;
            return null;
        }
    }
}
