using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;
using E = Umbraco.Cms.Core.Constants.PropertyEditors.Aliases;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Converts values between the form Umbraco stores (and uSync and <see cref="ContentModel.ContentNode"/> hold) and the form
/// <c>IContentEditingService</c> passes to each property editor's <c>FromEditor</c> (the Management API's form).
/// Editors check the CLR shape: list editors (dropdown, tags, repeatable text) want an <c>IEnumerable&lt;string&gt;</c>,
/// pickers and JSON editors a <see cref="JsonArray"/> or <see cref="JsonObject"/>, toggles a bool. The stored forms
/// are read with <see cref="StoredValues"/>; only the editor forms are known here.
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
            E.DropDownListFlexible or E.CheckBoxList => StoredValues.ReadStringList(stored),
            E.Tags => StoredValues.ReadStringList(stored, StoredValues.ListSeparator),
            E.MultipleTextstring => StoredValues.ReadTextLines(stored),
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

    private static JsonArray EntityReferences(string stored)
    {
        var references = new JsonArray();
        foreach (var (entityType, key) in StoredValues.ReadUdis(stored))
        {
            references.Add(new JsonObject { ["type"] = entityType, ["unique"] = key.ToString("D") });
        }

        return references;
    }

    private static JsonArray Links(string stored)
    {
        var links = new JsonArray();
        foreach (var link in StoredValues.ReadLinks(stored))
        {
            var converted = new JsonObject
            {
                ["name"] = link.Name,
                ["target"] = link.Target,
                ["url"] = link.Url,
                ["queryString"] = link.QueryString,
            };
            if (!string.IsNullOrWhiteSpace(link.Udi))
            {
                var (entityType, key) = StoredValues.ParseUdi(link.Udi);
                converted["type"] = entityType;
                converted["unique"] = key.ToString("D");
            }
            else
            {
                converted["type"] = StoredValues.ExternalLinkType;
                converted["unique"] = null;
            }

            links.Add(converted);
        }

        return links;
    }

    private static JsonObject RichText(string stored)
    {
        if (StoredValues.IsRichTextJson(stored))
        {
            // The editor's value is the stored object itself, blocks and all.
            return ParseJson(stored) as JsonObject ?? throw new FormatException("Expected a rich-text JSON object.");
        }

        // Plain markup (older stored form): wrap it the way the editor stores it.
        return new JsonObject { [StoredValues.RichTextMarkup] = StoredValues.ReadRichTextMarkup(stored), [StoredValues.RichTextBlocks] = null };
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
