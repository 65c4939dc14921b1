using System.Text.Json.Serialization;
using Diplomatic.Umbraco.Delivery.Json;

namespace Diplomatic.Umbraco.Delivery.Models;

/// <summary>
/// A content item as the Delivery API v2 prints it (<c>ApiContentResponse</c>): the envelope shared by every type.
/// The <c>contentType</c> field picks the derived class; an unknown type reads as this base class.
/// </summary>
[JsonPolymorphic(
    TypeDiscriminatorPropertyName = "contentType",
    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType,
    IgnoreUnrecognizedTypeDiscriminators = true)]
[JsonDerivedType(typeof(Magazine), DeliveryAliases.ContentTypes.Magazine)]
[JsonDerivedType(typeof(Booklet), DeliveryAliases.ContentTypes.Booklet)]
[JsonDerivedType(typeof(Article), DeliveryAliases.ContentTypes.Article)]
[JsonDerivedType(typeof(FactBox), DeliveryAliases.ContentTypes.FactBox)]
[JsonDerivedType(typeof(Event), DeliveryAliases.ContentTypes.Event)]
[JsonDerivedType(typeof(Author), DeliveryAliases.ContentTypes.Author)]
[JsonDerivedType(typeof(Authors), DeliveryAliases.ContentTypes.Authors)]
public class DeliveryContent
{
    /// <summary>The content type's alias; for a type the client does not know, null.</summary>
    [JsonIgnore]
    public virtual string? ContentType => null;

    /// <summary>The item's name in the requested culture.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>When the item was created (server time, no offset).</summary>
    public DateTime CreateDate { get; init; }

    /// <summary>When the item was last updated (server time, no offset).</summary>
    public DateTime UpdateDate { get; init; }

    /// <summary>The item's route.</summary>
    [JsonConverter(typeof(RouteConverter))]
    public DeliveryRoute Route { get; init; } = new();

    /// <summary>The item's key.</summary>
    public Guid Id { get; init; }

    /// <summary>The item's route in each culture it is published in (empty for invariant content).</summary>
    [JsonConverter(typeof(CulturesConverter))]
    public IReadOnlyDictionary<string, DeliveryRoute> Cultures { get; init; } = new Dictionary<string, DeliveryRoute>();
}

/// <summary>A content item of a known type, with its typed properties.</summary>
/// <typeparam name="TProperties">The type's properties.</typeparam>
public abstract class DeliveryContent<TProperties> : DeliveryContent
    where TProperties : new()
{
    /// <summary>The item's properties. A picked item that was not expanded has them all null.</summary>
    public TProperties Properties { get; init; } = new();
}

/// <summary>A route (<c>ApiContentRoute</c>).</summary>
public sealed class DeliveryRoute
{
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
    public int Total { get; init; }

    /// <summary>The items on this page.</summary>
    public IReadOnlyList<T> Items { get; init; } = [];
}

/// <summary>A block element (<c>ApiElement</c>): no name, route or dates.</summary>
public sealed class DeliveryElement
{
    /// <summary>The element type's alias.</summary>
    public string ContentType { get; init; } = string.Empty;

    /// <summary>The element's key.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The element's properties, untyped: no model element types exist yet.</summary>
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement> Properties { get; init; } = new Dictionary<string, System.Text.Json.JsonElement>();
}

/// <summary>A block (<c>ApiBlockItem</c>): content and optional settings.</summary>
public sealed class DeliveryBlockItem
{
    /// <summary>The block's content element.</summary>
    public DeliveryElement? Content { get; init; }

    /// <summary>The block's settings element.</summary>
    public DeliveryElement? Settings { get; init; }
}

/// <summary>An RFC 7807 problem details body, as the Delivery API sends with 400 responses.</summary>
public sealed class DeliveryProblemDetails
{
    /// <summary>The problem type URI.</summary>
    public string? Type { get; init; }

    /// <summary>The short summary, e.g. "Filter option not found".</summary>
    public string? Title { get; init; }

    /// <summary>The HTTP status.</summary>
    public int? Status { get; init; }

    /// <summary>The explanation.</summary>
    public string? Detail { get; init; }

    /// <summary>The URI of this occurrence.</summary>
    public string? Instance { get; init; }
}
