using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomatic.Umbraco.Delivery.Models;
using T = Diplomatic.Umbraco.Delivery.DeliveryAliases.ContentTypes;

namespace Diplomatic.Umbraco.Delivery.Json;

/// <summary>
/// Reads and writes a content item (<c>ApiContentResponse</c>). Reading is by hand: the envelope here, the
/// <c>properties</c> object by the class <c>contentType</c> names (with its <see cref="PropertyReaders"/> table), which
/// may come anywhere in the object; an unknown type reads as the base <see cref="DeliveryContent"/>. Writing (tests
/// and tools only) uses the source-generated metadata for the properties.
/// </summary>
/// <typeparam name="TContent">The declared type: <see cref="DeliveryContent"/> or one of its sealed subclasses.</typeparam>
internal sealed class DeliveryContentConverter<TContent> : JsonConverter<TContent>
    where TContent : DeliveryContent
{
    /// <inheritdoc />
    public override TContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return DeliveryContentReader.Read<TContent>(ref reader, options);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TContent value, JsonSerializerOptions options) =>
        DeliveryContentReader.Write(writer, value, options);
}

/// <summary>The envelope reader and writer behind <see cref="DeliveryContentConverter{TContent}"/>.</summary>
internal static class DeliveryContentReader
{
    private static readonly RouteConverter Routes = new();
    private static readonly CulturesConverter CultureRoutes = new();
    private static readonly string[] FieldNames = ["(unknown field)", "contentType", "name", "createDate", "updateDate", "route", "id", "cultures", "properties"];

    public static TContent Read<TContent>(ref Utf8JsonReader reader, JsonSerializerOptions options)
        where TContent : DeliveryContent
    {
        var item = Read(ref reader, options);
        return item as TContent
            ?? throw new JsonException($"Expected a content item of type {typeof(TContent).Name} but found '{item.ContentType ?? "an unknown type"}'.");
    }

    public static DeliveryContent Read(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a content item (an object) but found {reader.TokenType}.");
        }

        DeliveryContent? item = null;
        string? contentType = null;
        var name = string.Empty;
        DateTime createDate = default, updateDate = default;
        DeliveryRoute? route = null;
        var id = Guid.Empty;
        IReadOnlyDictionary<string, DeliveryRoute>? cultures = null;
        var deferredProperties = default(Utf8JsonReader);
        var hasDeferredProperties = false;

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException($"Expected a property name but found {reader.TokenType}.");
            }

            var field = Classify(ref reader);
            reader.Read();
            try
            {
                switch (field)
                {
                    case Field.ContentType:
                        contentType = StringPool.Read(ref reader);
                        item = DeliveryContentTypes.Create(contentType);
                        break;
                    case Field.Name:
                        name = reader.GetString() ?? string.Empty;
                        break;
                    case Field.CreateDate:
                        createDate = DateReader.Read(ref reader);
                        break;
                    case Field.UpdateDate:
                        updateDate = DateReader.Read(ref reader);
                        break;
                    case Field.Route:
                        route = Routes.Read(ref reader, typeof(DeliveryRoute), options);
                        break;
                    case Field.Id:
                        id = reader.GetGuid();
                        break;
                    case Field.Cultures:
                        cultures = CultureRoutes.Read(ref reader, typeof(IReadOnlyDictionary<string, DeliveryRoute>), options);
                        break;
                    case Field.Properties:
                        if (item is null)
                        {
                            // The type is not known yet: come back to the properties once it is (the whole item is buffered).
                            deferredProperties = reader;
                            hasDeferredProperties = true;
                            reader.SkipValue();
                        }
                        else
                        {
                            item.ReadProperties(ref reader, options);
                        }

                        break;
                    default:
                        reader.SkipValue();
                        break;
                }
            }
            catch (Exception e) when (field != Field.Properties && e is InvalidOperationException or FormatException or OverflowException or JsonException { Path: null })
            {
                // Name the envelope field the way the property tables name properties: "factBox.createDate: …".
                throw new JsonException($"{contentType ?? "item"}.{FieldNames[(int)field]}: {e.Message}", e);
            }
        }

        item ??= DeliveryContentTypes.Create(contentType);
        if (hasDeferredProperties)
        {
            item.ReadProperties(ref deferredProperties, options);
        }

        item.Name = name;
        item.CreateDate = createDate;
        item.UpdateDate = updateDate;
        item.Route = route ?? item.Route;
        item.Id = id;
        item.Cultures = cultures ?? item.Cultures;

        return item;
    }

    public static void Write(Utf8JsonWriter writer, DeliveryContent value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.ContentType is not null)
        {
            writer.WriteString("contentType"u8, value.ContentType);
        }

        writer.WriteString("name"u8, value.Name);
        writer.WriteString("createDate"u8, value.CreateDate);
        writer.WriteString("updateDate"u8, value.UpdateDate);
        writer.WritePropertyName("route"u8);
        Routes.Write(writer, value.Route, options);
        writer.WriteString("id"u8, value.Id);
        writer.WritePropertyName("cultures"u8);
        CultureRoutes.Write(writer, value.Cultures, options);
        value.WriteProperties(writer, options);
        writer.WriteEndObject();
    }

    // Which envelope field the reader's property name is: by length, then one comparison (escaped names compare slowly).
    private static Field Classify(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.ValueTextEquals("contentType"u8) ? Field.ContentType
                : reader.ValueTextEquals("name"u8) ? Field.Name
                : reader.ValueTextEquals("createDate"u8) ? Field.CreateDate
                : reader.ValueTextEquals("updateDate"u8) ? Field.UpdateDate
                : reader.ValueTextEquals("route"u8) ? Field.Route
                : reader.ValueTextEquals("id"u8) ? Field.Id
                : reader.ValueTextEquals("cultures"u8) ? Field.Cultures
                : reader.ValueTextEquals("properties"u8) ? Field.Properties
                : Field.Other;
        }

        var name = reader.ValueSpan;
        return name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => Field.Id,
            4 when name.SequenceEqual("name"u8) => Field.Name,
            5 when name.SequenceEqual("route"u8) => Field.Route,
            8 when name.SequenceEqual("cultures"u8) => Field.Cultures,
            10 when name.SequenceEqual("createDate"u8) => Field.CreateDate,
            10 when name.SequenceEqual("updateDate"u8) => Field.UpdateDate,
            10 when name.SequenceEqual("properties"u8) => Field.Properties,
            11 when name.SequenceEqual("contentType"u8) => Field.ContentType,
            _ => Field.Other,
        };
    }

    private enum Field
    {
        Other,
        ContentType,
        Name,
        CreateDate,
        UpdateDate,
        Route,
        Id,
        Cultures,
        Properties,
    }
}
