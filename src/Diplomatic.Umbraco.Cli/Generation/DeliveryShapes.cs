using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Cli.Generation;

/// <summary>What the Delivery API prints for a property: one kind of value per editor and configuration.</summary>
internal enum DeliveryShape
{
    /// <summary>Free text (text box, text area, an upload's path).</summary>
    Text,

    /// <summary>One value of a list (radio buttons, a single dropdown): few distinct values.</summary>
    Choice,

    /// <summary>Several texts (tags, repeatable text, a multiple dropdown).</summary>
    TextList,

    /// <summary>Rich text (markup, or JSON blocks when the site asks for them).</summary>
    RichText,

    /// <summary>Picked media.</summary>
    MediaList,

    /// <summary>Links.</summary>
    LinkList,

    /// <summary>A date and time without an offset.</summary>
    Date,

    /// <summary>A decimal number.</summary>
    Decimal,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A toggle.</summary>
    Flag,

    /// <summary>Picked content items.</summary>
    Items,
}

/// <summary>A property's Delivery API shape, with what the shape needs besides.</summary>
/// <param name="Shape">The kind of value.</param>
/// <param name="Picked">For <see cref="DeliveryShape.Items"/>: the only type the picker picks, or null for any.</param>
/// <param name="Vocabulary">For <see cref="DeliveryShape.Choice"/>: the model's vocabulary data type, or null for free choices.</param>
internal sealed record PropertyShape(DeliveryShape Shape, DocumentTypeDefinition? Picked = null, DataTypeDefinition? Vocabulary = null);

/// <summary>
/// Each property editor's Delivery API output, decided once for both clients: the TypeScript contract
/// (<see cref="ContractTypeScript"/>) and the .NET client's models (<see cref="ClientModelsCSharp"/>) each only
/// name the shape in their language.
/// </summary>
internal static class DeliveryShapes
{
    /// <summary>The shape of a property's value.</summary>
    /// <param name="property">The property.</param>
    /// <returns>The shape.</returns>
    /// <exception cref="InvalidOperationException">The editor has no shape yet: add it here.</exception>
    public static PropertyShape Of(PropertyDefinition property)
    {
        var dataType = property.DataType;
        var multiple = dataType.Configuration.TryGetValue("multiple", out var m) && m is true;
        var vocabulary = dataType.Key == DiplomaticDataTypes.EventType.Key || dataType.Key == DiplomaticDataTypes.DatePrecision.Key ? dataType : null;
        return dataType.EditorAlias switch
        {
            EditorAliases.TextBox or EditorAliases.TextArea or EditorAliases.UploadField => new(DeliveryShape.Text),
            EditorAliases.RadioButtonList => new(DeliveryShape.Choice, Vocabulary: vocabulary),
            EditorAliases.DropDownListFlexible => multiple ? new(DeliveryShape.TextList) : new(DeliveryShape.Choice, Vocabulary: vocabulary),
            EditorAliases.Tags or EditorAliases.MultipleTextstring => new(DeliveryShape.TextList),
            EditorAliases.RichText => new(DeliveryShape.RichText),
            EditorAliases.MediaPicker3 => new(DeliveryShape.MediaList),
            EditorAliases.MultiUrlPicker => new(DeliveryShape.LinkList),
            EditorAliases.DateTime => new(DeliveryShape.Date),
            EditorAliases.Decimal => new(DeliveryShape.Decimal),
            EditorAliases.Integer => new(DeliveryShape.Integer),
            EditorAliases.Label when dataType.Key == BuiltInDataTypes.LabelInteger.Key => new(DeliveryShape.Integer),
            EditorAliases.Boolean => new(DeliveryShape.Flag),
            EditorAliases.MultiNodeTreePicker => new(DeliveryShape.Items, Picked: PickedType(dataType)),
            _ => throw new InvalidOperationException($"No Delivery API shape for the editor '{dataType.EditorAlias}' of property '{property.Alias}': add one to {nameof(DeliveryShapes)}."),
        };
    }

    private static DocumentTypeDefinition? PickedType(DataTypeDefinition picker)
    {
        var filter = picker.Configuration.TryGetValue("filter", out var f) ? f as string : null;
        return ContractTypeScript.ContentTypes.FirstOrDefault(t => string.Equals(t.Key.ToString("D"), filter, StringComparison.OrdinalIgnoreCase));
    }
}
