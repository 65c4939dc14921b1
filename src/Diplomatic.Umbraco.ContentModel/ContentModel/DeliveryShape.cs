namespace Diplomatic.Umbraco.ContentModel;

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
