using System.Text.Json.Serialization;
using Diplomatic.Umbraco.Delivery.Models;

namespace Diplomatic.Umbraco.Delivery.Json;

/// <summary>The source-generated System.Text.Json metadata for every Delivery API shape the client reads.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DeliveryContent))]
[JsonSerializable(typeof(PagedResult<DeliveryContent>))]
[JsonSerializable(typeof(DeliveryProblemDetails))]
[JsonSerializable(typeof(MagazineProperties))]
[JsonSerializable(typeof(BookletProperties))]
[JsonSerializable(typeof(ArticleProperties))]
[JsonSerializable(typeof(FactBoxProperties))]
[JsonSerializable(typeof(EventProperties))]
[JsonSerializable(typeof(AuthorProperties))]
[JsonSerializable(typeof(AuthorsProperties))]
public sealed partial class DeliveryJsonContext : JsonSerializerContext;
