using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Diplomatic.Umbraco.ContentModel;

/// <summary>
/// One property editor as the model knows it: its alias, how its stored value (written and read by
/// <see cref="StoredValues"/>) becomes the value its <c>FromEditor</c> takes (the Management API's form, which the
/// installer hands <c>IContentEditingService</c>), and what the Delivery API prints for it (which the TypeScript and
/// C# client generators name in their language).
/// </summary>
internal sealed class PropertyEditorDefinition
{
    /// <summary>The editor alias (<see cref="EditorAliases"/>).</summary>
    public required string Alias { get; init; }

    /// <summary>
    /// The editor form of a stored value that is not blank. Editors check the CLR shape: list editors want an
    /// <c>IEnumerable&lt;string&gt;</c>, pickers and JSON editors a <see cref="JsonArray"/> or <see cref="JsonObject"/>,
    /// toggles a bool. The stored text itself unless said otherwise (text, dates, labels).
    /// </summary>
    /// <remarks>Throws <see cref="FormatException"/> for a stored value that is not valid for the editor.</remarks>
    public Func<string, object?> ToEditor { get; init; } = stored => stored;

    /// <summary>
    /// The Delivery API shape of a data type of this editor (its configuration can matter: <c>multiple</c>, the
    /// picker's filter, the model's vocabularies), or null where the model has no such property yet.
    /// </summary>
    public Func<DataTypeDefinition, PropertyShape?> Delivery { get; init; } = _ => null;
}

/// <summary>
/// Every property editor the model, the installer and the generators know, each defined once: see
/// <see cref="PropertyEditorDefinition"/>. PropertyEditorsTests checks that every editor of the model has one.
/// </summary>
internal static class PropertyEditors
{
    /// <summary>The definitions, one per editor alias.</summary>
    public static IReadOnlyList<PropertyEditorDefinition> All { get; } =
    [
        new() { Alias = EditorAliases.TextBox, Delivery = Always(DeliveryShape.Text) },
        new() { Alias = EditorAliases.TextArea, Delivery = Always(DeliveryShape.Text) },
        new() { Alias = EditorAliases.RichText, ToEditor = RichText, Delivery = Always(DeliveryShape.RichText) },
        new()
        {
            Alias = EditorAliases.Boolean,
            ToEditor = stored => stored.Trim() is "1" || stored.Trim().Equals("true", StringComparison.OrdinalIgnoreCase),
            Delivery = Always(DeliveryShape.Flag),
        },
        new()
        {
            Alias = EditorAliases.Integer,
            ToEditor = stored => int.Parse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture),
            Delivery = Always(DeliveryShape.Integer),
        },
        new()
        {
            Alias = EditorAliases.Decimal,
            ToEditor = stored => decimal.Parse(stored, NumberStyles.Number, CultureInfo.InvariantCulture),
            Delivery = Always(DeliveryShape.Decimal),
        },
        new() { Alias = EditorAliases.DateTime, Delivery = Always(DeliveryShape.Date) },
        new() { Alias = EditorAliases.DateTimeWithTimeZone, ToEditor = ParseJson },
        new() { Alias = EditorAliases.ContentPicker },
        new() { Alias = EditorAliases.MediaPicker3, ToEditor = ParseJson, Delivery = Always(DeliveryShape.MediaList) },
        new() { Alias = EditorAliases.MultiUrlPicker, ToEditor = Links, Delivery = Always(DeliveryShape.LinkList) },
        new() { Alias = EditorAliases.MemberPicker },
        new()
        {
            Alias = EditorAliases.Tags,
            ToEditor = stored => StoredValues.ReadStringList(stored, StoredValues.ListSeparator),
            Delivery = Always(DeliveryShape.TextList),
        },
        new()
        {
            Alias = EditorAliases.DropDownListFlexible,
            ToEditor = stored => StoredValues.ReadStringList(stored),
            Delivery = dataType => Multiple(dataType) ? new(DeliveryShape.TextList) : Choice(dataType),
        },
        new() { Alias = EditorAliases.CheckBoxList, ToEditor = stored => StoredValues.ReadStringList(stored) },
        new() { Alias = EditorAliases.RadioButtonList, Delivery = Choice },
        new() { Alias = EditorAliases.MultipleTextstring, ToEditor = StoredValues.ReadTextLines, Delivery = Always(DeliveryShape.TextList) },

        // The Delivery API prints an upload's path; the installer cannot carry the file.
        new() { Alias = EditorAliases.UploadField, ToEditor = Refused(EditorAliases.UploadField), Delivery = Always(DeliveryShape.Text) },
        new() { Alias = EditorAliases.ColorPicker, ToEditor = ParseJson },
        new() { Alias = EditorAliases.ImageCropper, ToEditor = Refused(EditorAliases.ImageCropper) },
        new() { Alias = EditorAliases.ListView },

        // Only the integer label is printed as a number; the other labels are not in the model.
        new() { Alias = EditorAliases.Label, Delivery = dataType => dataType.Key == BuiltInDataTypes.LabelInteger.Key ? new(DeliveryShape.Integer) : null },
        new() { Alias = EditorAliases.MultiNodeTreePicker, ToEditor = EntityReferences, Delivery = dataType => new(DeliveryShape.Items, Picked: PickedType(dataType)) },
        new() { Alias = EditorAliases.BlockList, ToEditor = ParseJson },
        new() { Alias = EditorAliases.BlockGrid, ToEditor = ParseJson },
        new() { Alias = EditorAliases.SingleBlock, ToEditor = ParseJson },
    ];

    private static readonly Dictionary<string, PropertyEditorDefinition> ByAlias = All.ToDictionary(e => e.Alias, StringComparer.Ordinal);

    /// <summary>The definition of an editor.</summary>
    /// <param name="alias">The editor alias.</param>
    /// <returns>The definition, or null for an editor the model does not know.</returns>
    public static PropertyEditorDefinition? Find(string alias) => ByAlias.GetValueOrDefault(alias);

    /// <summary>Converts a stored value to the editor form of the given editor (<see cref="PropertyEditorDefinition.ToEditor"/>).</summary>
    /// <param name="editorAlias">The editor alias.</param>
    /// <param name="stored">The stored value.</param>
    /// <returns>The editor value; null for a blank value; the stored text for an editor the model does not know.</returns>
    /// <exception cref="FormatException">The stored value is not valid for the editor.</exception>
    public static object? ToEditor(string editorAlias, string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return null;
        }

        // An editor the model does not know (another package's) gets the text, as Umbraco's plain editors do.
        return Find(editorAlias) is { } editor ? editor.ToEditor(stored) : stored;
    }

    /// <summary>The Delivery API shape of a property's value (<see cref="PropertyEditorDefinition.Delivery"/>).</summary>
    /// <param name="property">The property.</param>
    /// <returns>The shape.</returns>
    /// <exception cref="InvalidOperationException">The editor has no definition, or its definition no shape for this data type: the message says which to add.</exception>
    public static PropertyShape DeliveryShapeOf(PropertyDefinition property)
    {
        var dataType = property.DataType;
        var editor = Find(dataType.EditorAlias)
            ?? throw new InvalidOperationException($"No definition for the editor '{dataType.EditorAlias}' of property '{property.Alias}': add one to {nameof(PropertyEditors)}.");
        return editor.Delivery(dataType)
            ?? throw new InvalidOperationException($"No Delivery API shape for the editor '{dataType.EditorAlias}' of property '{property.Alias}' (data type '{dataType.Name}'): add one to its definition in {nameof(PropertyEditors)}.");
    }

    private static Func<DataTypeDefinition, PropertyShape?> Always(DeliveryShape shape)
    {
        var always = new PropertyShape(shape);
        return _ => always;
    }

    private static bool Multiple(DataTypeDefinition dataType) =>
        dataType.Configuration.TryGetValue("multiple", out var multiple) && multiple is true;

    // A choice from one of the model's vocabularies has a type of its own in the clients.
    private static PropertyShape Choice(DataTypeDefinition dataType) =>
        new(DeliveryShape.Choice, Vocabulary: dataType.Key == DiplomaticDataTypes.EventType.Key || dataType.Key == DiplomaticDataTypes.DatePrecision.Key ? dataType : null);

    // The picker's filter is the key of the one content type it picks, if any.
    private static DocumentTypeDefinition? PickedType(DataTypeDefinition picker)
    {
        var filter = picker.Configuration.TryGetValue("filter", out var f) ? f as string : null;
        return DiplomaticContentModel.DocumentTypes.FirstOrDefault(t => !t.IsComposition && string.Equals(t.Key.ToString("D"), filter, StringComparison.OrdinalIgnoreCase));
    }

    // Editors whose values are files on disk: a content tree cannot carry them.
    private static Func<string, object?> Refused(string alias) =>
        _ => throw new FormatException($"{alias} values are files; upload them through the media section instead.");

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
