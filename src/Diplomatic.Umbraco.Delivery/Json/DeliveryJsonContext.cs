using System.Text.Json.Serialization;
using Diplomatic.Umbraco.Delivery.Models;

namespace Diplomatic.Umbraco.Delivery.Json;

/// <summary>The source-generated System.Text.Json metadata for every Delivery API shape the client reads.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = false,
    AllowOutOfOrderMetadataProperties = false, // Umbraco prints contentType first; looking ahead for it costs about 50% more time

    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DeliveryContent))]
[JsonSerializable(typeof(PagedResult<DeliveryContent>))]
[JsonSerializable(typeof(DeliveryProblemDetails))]
public sealed partial class DeliveryJsonContext : JsonSerializerContext;
