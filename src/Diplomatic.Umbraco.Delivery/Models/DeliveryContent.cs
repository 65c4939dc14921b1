using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using Diplomatic.Umbraco.Delivery.Json;

namespace Diplomatic.Umbraco.Delivery.Models;

/// <summary>
/// A content item as the Delivery API v2 prints it (<c>ApiContentResponse</c>): the envelope shared by every type.
/// The <c>contentType</c> field picks the derived class; an unknown type reads as this base class.
/// </summary>
[JsonConverter(typeof(DeliveryContentConverter<DeliveryContent>))]
public class DeliveryContent
{
    /// <summary>The content type's alias; for a type the client does not know, null.</summary>
    [JsonIgnore]
    public virtual string? ContentType => null;

    /// <summary>The item's name in the requested culture.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>When the item was created (server time, no offset).</summary>
    public DateTime CreateDate { get; set; }

    /// <summary>When the item was last updated (server time, no offset).</summary>
    public DateTime UpdateDate { get; set; }

    /// <summary>The item's route.</summary>
    public DeliveryRoute Route { get; set; } = DeliveryRoute.None;

    /// <summary>The item's key.</summary>
    public Guid Id { get; set; }

    /// <summary>The item's route in each culture it is published in (empty for invariant content).</summary>
    public IReadOnlyDictionary<string, DeliveryRoute> Cultures { get; set; } = ReadOnlyDictionary<string, DeliveryRoute>.Empty;

    /// <summary>Reads the <c>properties</c> object into this item; a type the client does not know skips it.</summary>
    /// <param name="reader">The reader, on the object.</param>
    /// <param name="options">The serializer options.</param>
    internal virtual void ReadProperties(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.SkipValue();

    /// <summary>Writes the <c>properties</c> field; a type the client does not know has none.</summary>
    /// <param name="writer">The writer, inside the item's object.</param>
    /// <param name="options">The serializer options.</param>
    internal virtual void WriteProperties(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
    }
}

/// <summary>A content item of a known type, with its typed properties.</summary>
/// <typeparam name="TProperties">The type's properties.</typeparam>
public abstract class DeliveryContent<TProperties> : DeliveryContent
    where TProperties : new()
{
    /// <summary>The item's properties. A picked item that was not expanded has them all null.</summary>
    public TProperties Properties { get; set; } = new();

    /// <summary>The reader of this type's properties.</summary>
    private protected abstract PropertyTable<TProperties> PropertyTable { get; }

    /// <inheritdoc />
    internal sealed override void ReadProperties(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        PropertyTable.Read(Properties, ref reader, options, ContentType!);

    /// <inheritdoc />
    internal sealed override void WriteProperties(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        writer.WritePropertyName("properties"u8);
        JsonSerializer.Serialize(writer, Properties, (JsonTypeInfo<TProperties>)options.GetTypeInfo(typeof(TProperties)));
    }
}

/// <summary>A route (<c>ApiContentRoute</c>).</summary>
public sealed class DeliveryRoute
{
    /// <summary>The empty route of an item read without one (shared: routes are immutable).</summary>
    public static readonly DeliveryRoute None = new();

    /// <summary>The path, e.g. <c>/azerbaijan-pakistan-relations/</c>.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The query string part of the route, when any.</summary>
    public string? QueryString { get; init; }

    /// <summary>The root the path is relative to.</summary>
    public DeliveryStartItem? StartItem { get; init; }
}

/// <summary>The start item (site root) a route is relative to.</summary>
public sealed class DeliveryStartItem
{
    /// <summary>The root's key.</summary>
    public Guid Id { get; init; }

    /// <summary>The root's URL segment.</summary>
    public string Path { get; init; } = string.Empty;
}

/// <summary>A page of query results (<c>{ total, items }</c>).</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class PagedResult<T>
{
    /// <summary>How many items match in all (not only on this page).</summary>
    public int Total { get; set; }

    /// <summary>The items on this page.</summary>
    public IReadOnlyList<T> Items { get; set; } = [];
}

/// <summary>A block element (<c>ApiElement</c>): no name, route or dates.</summary>
public sealed class DeliveryElement
{
    /// <summary>The element type's alias.</summary>
    public string ContentType { get; set; } = string.Empty;

    /// <summary>The element's key.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The element's properties, untyped: no model element types exist yet.</summary>
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement> Properties { get; set; } = new Dictionary<string, System.Text.Json.JsonElement>();
}

/// <summary>A block (<c>ApiBlockItem</c>): content and optional settings.</summary>
public sealed class DeliveryBlockItem
{
    /// <summary>The block's content element.</summary>
    public DeliveryElement? Content { get; set; }

    /// <summary>The block's settings element.</summary>
    public DeliveryElement? Settings { get; set; }
}

/// <summary>An RFC 7807 problem details body, as the Delivery API sends with 400 responses.</summary>
public sealed class DeliveryProblemDetails
{
    /// <summary>The problem type URI.</summary>
    public string? Type { get; set; }

    /// <summary>The short summary, e.g. "Filter option not found".</summary>
    public string? Title { get; set; }

    /// <summary>The HTTP status.</summary>
    public int? Status { get; set; }

    /// <summary>The explanation.</summary>
    public string? Detail { get; set; }

    /// <summary>The URI of this occurrence.</summary>
    public string? Instance { get; set; }
}
