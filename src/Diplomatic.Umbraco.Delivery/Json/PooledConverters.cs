using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomatic.Umbraco.Delivery.Models;

namespace Diplomatic.Umbraco.Delivery.Json;

/// <summary>
/// A bounded, process-wide pool of the short strings the Delivery API repeats in every item (route paths, start-item
/// paths, culture names, countries, topics, units, link targets): each is allocated once instead of once per item.
/// </summary>
internal static class StringPool
{
    /// <summary>Strings longer than this (in UTF-8 bytes) are not pooled.</summary>
    public const int MaxLength = 128;

    /// <summary>The pool stops growing at this many strings (it never evicts).</summary>
    public const int Capacity = 16 * 1024;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int Count => Pool.Count;

    public static string? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException($"Expected a string but found {reader.TokenType}.");
        }

        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxLength)
        {
            return Intern(reader.GetString()!);
        }

        Span<char> chars = stackalloc char[MaxLength];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        var span = chars[..length];
        if (BySpan.TryGetValue(span, out var pooled))
        {
            return pooled;
        }

        var text = new string(span);
        return Pool.Count < Capacity ? Pool.GetOrAdd(text, text) : text;
    }

    private static string Intern(string text) =>
        text.Length > MaxLength ? text : Pool.TryGetValue(text, out var pooled) ? pooled : Pool.Count < Capacity ? Pool.GetOrAdd(text, text) : text;
}

/// <summary>Reads a string through the <see cref="StringPool"/>.</summary>
internal sealed class PooledStringConverter : JsonConverter<string>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => StringPool.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Reads a string array (countries, topics, names) through the <see cref="StringPool"/> into an exact-size array.</summary>
internal sealed class PooledStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of strings but found {reader.TokenType}.");
        }

        var items = new List<string>(4);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(StringPool.Read(ref reader) ?? throw new JsonException("Expected a string but found null."));
        }

        return items.Count == 0 ? [] : items.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}

/// <summary>
/// Reads routes (an item's and each culture's) sharing one <see cref="DeliveryStartItem"/> per site root and pooled
/// path strings.
/// </summary>
internal sealed class RouteConverter : JsonConverter<DeliveryRoute>
{
    private static readonly ConcurrentDictionary<(Guid, string), DeliveryStartItem> StartItems = new();
    private static readonly ConcurrentDictionary<(string, DeliveryStartItem?), DeliveryRoute> RouteCache = new();

    public override DeliveryRoute? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        string path = string.Empty;
        string? queryString = null;
        DeliveryStartItem? startItem = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            if (reader.ValueTextEquals("path"u8))
            {
                reader.Read();
                path = StringPool.Read(ref reader) ?? string.Empty;
            }
            else if (reader.ValueTextEquals("queryString"u8))
            {
                reader.Read();
                queryString = reader.GetString();
            }
            else if (reader.ValueTextEquals("startItem"u8))
            {
                reader.Read();
                startItem = ReadStartItem(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (queryString is not null)
        {
            return new DeliveryRoute { Path = path, QueryString = queryString, StartItem = startItem };
        }

        // Routes are immutable: an item's route and its cultures' routes (and every reference to the same item) share one.
        var key = (path, startItem);
        if (RouteCache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var route = new DeliveryRoute { Path = path, StartItem = startItem };
        return RouteCache.Count < StringPool.Capacity ? RouteCache.GetOrAdd(key, route) : route;
    }

    public override void Write(Utf8JsonWriter writer, DeliveryRoute value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("path"u8, value.Path);
        if (value.QueryString is not null)
        {
            writer.WriteString("queryString"u8, value.QueryString);
        }

        if (value.StartItem is not null)
        {
            writer.WriteStartObject("startItem"u8);
            writer.WriteString("id"u8, value.StartItem.Id);
            writer.WriteString("path"u8, value.StartItem.Path);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static DeliveryStartItem? ReadStartItem(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        var id = Guid.Empty;
        var path = string.Empty;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.GetGuid();
            }
            else if (reader.ValueTextEquals("path"u8))
            {
                reader.Read();
                path = StringPool.Read(ref reader) ?? string.Empty;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        var key = (id, path);
        if (StartItems.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var startItem = new DeliveryStartItem { Id = id, Path = path };
        return StartItems.Count < 256 ? StartItems.GetOrAdd(key, startItem) : startItem;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} but found {reader.TokenType}.");
        }
    }
}

/// <summary>Reads <c>cultures</c> with pooled culture names; <c>{}</c> becomes one shared empty dictionary.</summary>
internal sealed class CulturesConverter : JsonConverter<IReadOnlyDictionary<string, DeliveryRoute>>
{
    private static readonly IReadOnlyDictionary<string, DeliveryRoute> Empty = new Dictionary<string, DeliveryRoute>();
    private static readonly RouteConverter Routes = new();

    public override IReadOnlyDictionary<string, DeliveryRoute>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Empty;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object of routes but found {reader.TokenType}.");
        }

        var cultures = new List<KeyValuePair<string, DeliveryRoute>>(4);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var culture = StringPool.Read(ref reader)!;
            reader.Read();
            var route = Routes.Read(ref reader, typeof(DeliveryRoute), options);
            if (route is not null)
            {
                cultures.Add(new(culture, route));
            }
        }

        return cultures.Count == 0 ? Empty : new SmallDictionary<DeliveryRoute>([.. cultures]);
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, DeliveryRoute> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (culture, route) in value)
        {
            writer.WritePropertyName(culture);
            Routes.Write(writer, route, options);
        }

        writer.WriteEndObject();
    }
}

/// <summary>A read-only dictionary of a few entries (an item's cultures) in one array: culture names compare ignoring case.</summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SmallDictionary<TValue>(KeyValuePair<string, TValue>[] entries) : IReadOnlyDictionary<string, TValue>
{
    public int Count => entries.Length;

    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    public IEnumerable<TValue> Values => entries.Select(e => e.Value);

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No culture '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)entries).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
