using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomatic.Umbraco.Delivery.Models;

namespace Diplomatic.Umbraco.Delivery.Json;

/// <summary>
/// A concurrent map that stops growing at a fixed size and never evicts: the process-wide pools below. Its count is
/// kept apart, because <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the map.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class BoundedPool<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private int _count;

    /// <summary>The entries.</summary>
    public ConcurrentDictionary<TKey, TValue> Entries { get; } = new(comparer);

    /// <summary>How many entries the pool holds.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The pooled value of the key: the one already there, the given one once added, or the given one when full.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value to pool when the key is new.</param>
    /// <returns>The value to use.</returns>
    public TValue GetOrAdd(TKey key, TValue value) => Entries.TryGetValue(key, out var existing) ? existing : AddMissing(key, value);

    /// <summary>Like <see cref="GetOrAdd"/> for a key the caller has just failed to find (it is not looked up again).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value to pool.</param>
    /// <returns>The value to use.</returns>
    public TValue AddMissing(TKey key, TValue value)
    {
        if (Count >= capacity)
        {
            return value;
        }

        if (Entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
            return value;
        }

        return Entries.TryGetValue(key, out var existing) ? existing : value; // another thread added it first
    }
}

/// <summary>
/// A bounded, process-wide pool of the short strings the Delivery API repeats in every item (start-item paths,
/// culture names, countries, topics, units, link targets): each is allocated once instead of once per item. Route
/// paths are pooled with their routes (<see cref="RouteConverter"/>).
/// </summary>
internal static class StringPool
{
    /// <summary>Strings longer than this (in UTF-8 bytes) are not pooled.</summary>
    public const int MaxLength = 128;

    /// <summary>The pool stops growing at this many strings (it never evicts).</summary>
    public const int Capacity = 16 * 1024;

    private static readonly BoundedPool<string, string> Pool = new(Capacity, StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Pool.Entries.GetAlternateLookup<ReadOnlySpan<char>>();

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
            var text = reader.GetString()!;
            return text.Length > MaxLength ? text : Pool.GetOrAdd(text, text);
        }

        Span<char> chars = stackalloc char[MaxLength];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        var span = chars[..length];
        if (BySpan.TryGetValue(span, out var pooled))
        {
            return pooled;
        }

        var added = new string(span);
        return Pool.AddMissing(added, added);
    }
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

    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadList(ref reader);

    /// <summary>Reads the array the reader is on (or null).</summary>
    /// <param name="reader">The reader, on <c>[</c> or <c>null</c>.</param>
    /// <returns>The strings, or null.</returns>
    public static IReadOnlyList<string>? ReadList(ref Utf8JsonReader reader)
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
/// Reads routes (an item's and each culture's). Routes are immutable, so one is shared by every item, culture and
/// reference with the same path and start item (found by the path's text without allocating it); the start item is
/// one object per site root.
/// </summary>
internal sealed class RouteConverter : JsonConverter<DeliveryRoute>
{
    private static readonly BoundedPool<(Guid, string), DeliveryStartItem> StartItems = new(256);
    private static readonly BoundedPool<string, DeliveryRoute> RoutesByPath = new(StringPool.Capacity, StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, DeliveryRoute>.AlternateLookup<ReadOnlySpan<char>> RoutesBySpan =
        RoutesByPath.Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    // The last start item read, with its path's UTF-8 bytes: nearly every route of a site names the same root.
    private static StartItemEntry? _lastStartItem;

    public override DeliveryRoute? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        var path = string.Empty;
        DeliveryRoute? known = null;
        string? queryString = null;
        DeliveryStartItem? startItem = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            if (reader.ValueTextEquals("path"u8))
            {
                reader.Read();
                path = ReadPath(ref reader, out known);
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
                reader.SkipValue();
            }
        }

        if (queryString is not null)
        {
            return new DeliveryRoute { Path = path, QueryString = queryString, StartItem = startItem };
        }

        if (known is not null && ReferenceEquals(known.StartItem, startItem))
        {
            return known;
        }

        var route = new DeliveryRoute { Path = path, StartItem = startItem };
        if (known is not null)
        {
            return route; // a second root with the same path is not pooled
        }

        // Another thread may have pooled the same path under another root a moment ago.
        var pooled = RoutesByPath.AddMissing(path, route);
        return ReferenceEquals(pooled.StartItem, startItem) ? pooled : route;
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

    private static string ReadPath(ref Utf8JsonReader reader, out DeliveryRoute? known)
    {
        known = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return string.Empty;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a route path (a string) but found {reader.TokenType}.");
        }

        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > StringPool.MaxLength)
        {
            var text = reader.GetString()!;
            return RoutesByPath.Entries.TryGetValue(text, out known) ? known.Path : text;
        }

        Span<char> chars = stackalloc char[StringPool.MaxLength];
        var span = chars[..Encoding.UTF8.GetChars(reader.ValueSpan, chars)];
        return RoutesBySpan.TryGetValue(span, out known) ? known.Path : new string(span);
    }

    private static DeliveryStartItem? ReadStartItem(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        var last = _lastStartItem;
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
                path = last is not null && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(last.PathUtf8)
                    ? last.Item.Path
                    : StringPool.Read(ref reader) ?? string.Empty;
            }
            else
            {
                reader.Read();
                reader.SkipValue();
            }
        }

        if (last is not null && last.Item.Id == id && ReferenceEquals(last.Item.Path, path))
        {
            return last.Item;
        }

        var startItem = StartItems.GetOrAdd((id, path), new DeliveryStartItem { Id = id, Path = path });
        _lastStartItem = new StartItemEntry(startItem, Encoding.UTF8.GetBytes(path));
        return startItem;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} but found {reader.TokenType}.");
        }
    }

    private sealed record StartItemEntry(DeliveryStartItem Item, byte[] PathUtf8);
}

/// <summary>Reads <c>cultures</c> with pooled culture names; <c>{}</c> becomes one shared empty dictionary.</summary>
internal sealed class CulturesConverter : JsonConverter<IReadOnlyDictionary<string, DeliveryRoute>>
{
    private static readonly IReadOnlyDictionary<string, DeliveryRoute> Empty = System.Collections.ObjectModel.ReadOnlyDictionary<string, DeliveryRoute>.Empty;
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

        // Most items are published in one or two cultures: grow an exact-size array rather than a list.
        KeyValuePair<string, DeliveryRoute>[] cultures = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var culture = StringPool.Read(ref reader)!;
            reader.Read();
            var route = Routes.Read(ref reader, typeof(DeliveryRoute), options);
            if (route is not null)
            {
                cultures = [.. cultures, new(culture, route)];
            }
        }

        return cultures.Length == 0 ? Empty : new SmallDictionary<DeliveryRoute>(cultures);
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
