using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomatic.Umbraco.Delivery.Json;

namespace Diplomatic.Umbraco.Delivery.Models;

/// <summary>A picked media item (<c>ApiMediaWithCrops</c>): media pickers print an array of these.</summary>
public sealed class DeliveryMedia
{
    /// <summary>The focal point, when set.</summary>
    public DeliveryFocalPoint? FocalPoint { get; set; }

    /// <summary>The crops.</summary>
    public IReadOnlyList<DeliveryCrop>? Crops { get; set; }

    /// <summary>The media key.</summary>
    public Guid Id { get; set; }

    /// <summary>The media name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The media type alias, e.g. <c>Image</c>.</summary>
    [JsonConverter(typeof(PooledStringConverter))]
    public string MediaType { get; set; } = string.Empty;

    /// <summary>The URL, relative to the site unless absolute URLs are configured.</summary>
    [JsonConverter(typeof(PooledStringConverter))]
    public string Url { get; set; } = string.Empty;

    /// <summary>The file extension.</summary>
    [JsonConverter(typeof(PooledStringConverter))]
    public string? Extension { get; set; }

    /// <summary>The width in pixels (images).</summary>
    public int? Width { get; set; }

    /// <summary>The height in pixels (images).</summary>
    public int? Height { get; set; }

    /// <summary>The size in bytes.</summary>
    public long? Bytes { get; set; }

    /// <summary>The media item's own properties (e.g. <c>altText</c>): empty unless expanded.</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; set; } = new Dictionary<string, JsonElement>();
}

/// <summary>A focal point, as fractions of width and height.</summary>
public sealed class DeliveryFocalPoint
{
    /// <summary>From the left, 0 to 1.</summary>
    public decimal Left { get; set; }

    /// <summary>From the top, 0 to 1.</summary>
    public decimal Top { get; set; }
}

/// <summary>An image crop.</summary>
public sealed class DeliveryCrop
{
    /// <summary>The crop's alias.</summary>
    public string Alias { get; set; } = string.Empty;

    /// <summary>The width.</summary>
    public int Width { get; set; }

    /// <summary>The height.</summary>
    public int Height { get; set; }

    /// <summary>The coordinates, when the editor set them.</summary>
    public DeliveryCropCoordinates? Coordinates { get; set; }
}

/// <summary>Crop coordinates, as fractions.</summary>
public sealed class DeliveryCropCoordinates
{
    /// <summary>Left.</summary>
    public decimal X1 { get; set; }

    /// <summary>Top.</summary>
    public decimal Y1 { get; set; }

    /// <summary>Right.</summary>
    public decimal X2 { get; set; }

    /// <summary>Bottom.</summary>
    public decimal Y2 { get; set; }
}

/// <summary>A link from a Multi URL Picker (<c>ApiLink</c>).</summary>
public sealed class DeliveryLink
{
    /// <summary>The URL (external links and media).</summary>
    [JsonConverter(typeof(PooledStringConverter))]
    public string? Url { get; set; }

    /// <summary>The query string or anchor.</summary>
    public string? QueryString { get; set; }

    /// <summary>The link text.</summary>
    [JsonConverter(typeof(PooledStringConverter))]
    public string? Title { get; set; }

    /// <summary>The target, e.g. <c>_blank</c>.</summary>
    [JsonConverter(typeof(PooledStringConverter))]
    public string? Target { get; set; }

    /// <summary>The key of the linked content or media.</summary>
    public Guid? DestinationId { get; set; }

    /// <summary>The linked item's type alias.</summary>
    [JsonConverter(typeof(PooledStringConverter))]
    public string? DestinationType { get; set; }

    /// <summary>The route of linked content.</summary>
    [JsonConverter(typeof(RouteConverter))]
    public DeliveryRoute? Route { get; set; }

    /// <summary><c>Content</c>, <c>Media</c> or <c>External</c>.</summary>
    [JsonConverter(typeof(PooledStringConverter))]
    public string LinkType { get; set; } = string.Empty;

    /// <summary>The culture of linked content, or null.</summary>
    [JsonConverter(typeof(PooledStringConverter))]
    public string? Culture { get; set; }

    /// <summary>
    /// The href to render: for content its route plus the query string; otherwise the URL, which Umbraco already
    /// prints with the query string appended (it also repeats it in <see cref="QueryString"/>).
    /// </summary>
    public string Href => LinkType == "Content" && Route is not null ? Route.Path + (QueryString ?? string.Empty) : Url ?? string.Empty;
}
