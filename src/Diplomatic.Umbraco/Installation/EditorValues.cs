using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using E = Umbraco.Cms.Core.Constants.PropertyEditors.Aliases;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Converts values between the form Umbraco stores (and uSync and <see cref="ContentModel.ContentNode"/> hold) and the form
/// <c>IContentEditingService</c> passes to each property editor's <c>FromEditor</c> (the Management API's form).
/// Editors check the CLR shape: list editors (dropdown, tags, repeatable text) want an <c>IEnumerable&lt;string&gt;</c>,
/// pickers and JSON editors a <see cref="JsonArray"/> or <see cref="JsonObject"/>, toggles a bool.
/// </summary>
internal static class EditorValues
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Editors whose values are files on disk: a content tree cannot carry them.</summary>
    private static readonly HashSet<string> FileEditors = new(StringComparer.Ordinal)
    {
        E.UploadField, E.ImageCropper,
    };

    /// <summary>Converts a stored value to the editor form for the given property editor.</summary>
    /// <param name="editorAlias">The property editor alias (<c>IPropertyType.PropertyEditorAlias</c>).</param>
    /// <param name="stored">The stored value.</param>
    /// <returns>The editor value; null for an empty value.</returns>
    /// <exception cref="FormatException">The stored value is not valid for the editor.</exception>
    public static object? FromStored(string editorAlias, string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return null;
        }

        if (FileEditors.Contains(editorAlias))
        {
            throw new FormatException($"{editorAlias} values are files; upload them through the media section instead.");
        }

        return editorAlias switch
        {
            E.DropDownListFlexible or E.CheckBoxList => StringArray(stored, separator: null),
            E.Tags => StringArray(stored, separator: ','),
            E.MultipleTextstring => stored.Split('\n').Select(s => s.TrimEnd('\r')).Where(s => s.Length > 0).ToArray(),
            E.MultiNodeTreePicker => EntityReferences(stored),
            E.MultiUrlPicker => Links(stored),
            E.RichText => RichText(stored),
            E.Boolean => stored.Trim() is "1" || stored.Trim().Equals("true", StringComparison.OrdinalIgnoreCase),
            E.Integer => int.Parse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture),
            E.Decimal => decimal.Parse(stored, NumberStyles.Number, CultureInfo.InvariantCulture),
            E.MediaPicker3 or E.BlockList or E.BlockGrid or E.SingleBlock
                or E.DateTimeWithTimeZone or E.ColorPicker => ParseJson(stored),
            _ => stored,
        };
    }

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

    private static string[] StringArray(string stored, char? separator)
    {
        var trimmed = stored.Trim();
        if (trimmed.StartsWith('['))
        {
            var array = ParseJson(trimmed) as JsonArray ?? throw new FormatException("Expected a JSON array of strings.");
            return array.Select(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.String
                    ? v.GetValue<string>()
                    : throw new FormatException("Expected a JSON array of strings."))
                .ToArray();
        }

        return separator is { } sep
            ? trimmed.Split(sep).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray()
            : [trimmed];
    }

    private static JsonArray EntityReferences(string stored)
    {
        var references = new JsonArray();
        foreach (var udi in stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (entityType, key) = ParseUdi(udi);
            references.Add(new JsonObject { ["type"] = entityType, ["unique"] = key.ToString("D") });
        }

        return references;
    }

    private static JsonArray Links(string stored)
    {
        if (ParseJson(stored) is not JsonArray storedLinks)
        {
            throw new FormatException("Expected a JSON array of links.");
        }

        var links = new JsonArray();
        foreach (var item in storedLinks)
        {
            if (item is not JsonObject link)
            {
                throw new FormatException("Expected a JSON array of link objects.");
            }

            var converted = new JsonObject
            {
                ["name"] = link["name"]?.DeepClone(),
                ["target"] = link["target"]?.DeepClone(),
                ["url"] = link["url"]?.DeepClone(),
                ["queryString"] = link["queryString"]?.DeepClone(),
            };
            if (link["udi"] is JsonValue udiValue && udiValue.GetValueKind() == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(udiValue.GetValue<string>()))
            {
                var (entityType, key) = ParseUdi(udiValue.GetValue<string>());
                converted["type"] = entityType;
                converted["unique"] = key.ToString("D");
            }
            else
            {
                converted["type"] = "external";
                converted["unique"] = null;
            }

            links.Add(converted);
        }

        return links;
    }

    private static JsonObject RichText(string stored)
    {
        var trimmed = stored.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            return ParseJson(stored) as JsonObject ?? throw new FormatException("Expected a rich-text JSON object.");
        }

        // Plain markup (older stored form): wrap it the way the editor stores it.
        return new JsonObject { ["markup"] = stored, ["blocks"] = null };
    }

    /// <summary>Reads a UDI (<c>umb://document/…</c>) as stored by pickers.</summary>
    /// <param name="udi">The UDI.</param>
    /// <returns>The entity type and key.</returns>
    /// <exception cref="FormatException">It is not a UDI.</exception>
    internal static (string EntityType, Guid Key) ParseUdi(string udi)
    {
        const string scheme = "umb://";
        if (!udi.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"'{udi}' is not a UDI (umb://type/key).");
        }

        var parts = udi[scheme.Length..].Split('/');
        if (parts.Length != 2 || parts[0].Length == 0 || !Guid.TryParse(parts[1], out var key))
        {
            throw new FormatException($"'{udi}' is not a UDI (umb://type/key).");
        }

        return (parts[0], key);
    }

    private static JsonNode? ParseJson(string stored)
    {
        try
        {
            return JsonNode.Parse(stored, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Not valid JSON: {ex.Message}", ex);
        }
    }
}
