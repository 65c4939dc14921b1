using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Diplomatic.Umbraco.ContentModel;

/// <summary>
/// The stored form of each property editor the model uses (what Umbraco's database holds, uSync writes and
/// <see cref="ContentNodeValue.Value"/> carries), written and read here only. Writers return null for nothing to
/// store, so an empty property stays unset. The output is byte-for-byte what the committed uSync content and the
/// recorded responses were generated from: change it and they change.
/// </summary>
public static class StoredValues
{
    /// <summary>The scheme of Umbraco's UDIs.</summary>
    public const string UdiScheme = "umb://";

    /// <summary>The entity type of a document in a UDI.</summary>
    public const string DocumentEntityType = "document";

    /// <summary>The start of a document UDI: <c>umb://document/</c>, then the key in "N" format.</summary>
    public const string DocumentUdiPrefix = UdiScheme + DocumentEntityType + "/";

    /// <summary>The name of the HTML in a stored rich-text value (and in the rich-text editor's value).</summary>
    public const string RichTextMarkup = "markup";

    /// <summary>The name of the blocks in a stored rich-text value (and in the rich-text editor's value).</summary>
    public const string RichTextBlocks = "blocks";

    /// <summary>The form of a stored date: ISO 8601 to the second, without an offset (<c>2016-05-14T00:00:00</c>).</summary>
    public const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>The separator of a stored list of document UDIs (and of tags stored as CSV).</summary>
    public const char ListSeparator = ',';

    /// <summary>The separator of a stored list of text lines (the repeatable text editor).</summary>
    public const char LineSeparator = '\n';

    /// <summary>The type of an external link in a stored link.</summary>
    public const string ExternalLinkType = "external";

    // Non-ASCII letters and HTML's < > & ' stay unescaped, as the committed uSync content holds them.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonDocumentOptions Document = new() { MaxDepth = 64 };

    /// <summary>Writes a rich-text value: <c>{"markup":"…","blocks":null}</c>.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The stored value, or null for no HTML.</returns>
    public static string? RichText(string? html) =>
        string.IsNullOrEmpty(html) ? null : JsonSerializer.Serialize(new RichTextValue(html, null), Json);

    /// <summary>Whether a stored rich-text value is the editor's JSON object rather than plain HTML (the older form).</summary>
    /// <param name="stored">The stored value.</param>
    /// <returns>True when it starts (after white space) with <c>{</c>.</returns>
    public static bool IsRichTextJson(string? stored) =>
        stored is not null && stored.AsSpan().TrimStart() is [ '{', .. ];

    /// <summary>
    /// Reads the HTML of a stored rich-text value: the <c>markup</c> of the editor's JSON object, or the value itself
    /// when it is plain HTML (the older form, or text that only looks like JSON).
    /// </summary>
    /// <param name="stored">The stored value.</param>
    /// <returns>The HTML; empty for none.</returns>
    public static string ReadRichTextMarkup(string? stored)
    {
        var text = stored ?? string.Empty;
        if (IsRichTextJson(text))
        {
            try
            {
                using var json = JsonDocument.Parse(text, Document);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(RichTextMarkup, out var markup))
                {
                    return markup.ValueKind == JsonValueKind.String ? markup.GetString()! : string.Empty;
                }
            }
            catch (JsonException)
            {
                // Not JSON: plain HTML that starts with a brace.
            }
        }

        return text;
    }

    /// <summary>Writes a dropdown or tags value: a JSON array of strings (<c>["Azerbaijan","Pakistan"]</c>).</summary>
    /// <param name="items">The items.</param>
    /// <returns>The stored value, or null for no items.</returns>
    public static string? StringList(IEnumerable<string> items)
    {
        var array = items.ToArray();
        return array.Length == 0 ? null : JsonSerializer.Serialize(array, Json);
    }

    /// <summary>
    /// Reads a dropdown, checkbox list or tags value: a JSON array of strings; otherwise, the older forms, the value
    /// split on <paramref name="separator"/> (tags stored as CSV) or, without a separator, the value as one item.
    /// </summary>
    /// <param name="stored">The stored value.</param>
    /// <param name="separator">The separator of the older form, or null when it holds one item.</param>
    /// <returns>The items, trimmed in the separator form; none for a blank value.</returns>
    /// <exception cref="FormatException">A JSON array that is not valid or holds anything but strings (the message says which, as installation errors show it).</exception>
    public static string[] ReadStringList(string? stored, char? separator = null)
    {
        var trimmed = stored?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return [];
        }

        if (trimmed[0] == '[')
        {
            using var json = Parse(trimmed);
            if (json.RootElement.ValueKind != JsonValueKind.Array
                || json.RootElement.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
            {
                throw new FormatException("Expected a JSON array of strings.");
            }

            return [.. json.RootElement.EnumerateArray().Select(item => item.GetString()!)];
        }

        return separator is { } sep
            ? [.. trimmed.Split(sep, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
            : [trimmed];
    }

    /// <summary>Writes a repeatable text value: the lines joined with <c>'\n'</c>.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The stored value, or null for no lines.</returns>
    public static string? TextLines(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        return list.Count == 0 ? null : string.Join(LineSeparator, list);
    }

    /// <summary>Reads a repeatable text value: its lines, <c>\r\n</c> or <c>\n</c> ended, without the empty ones.</summary>
    /// <param name="stored">The stored value.</param>
    /// <returns>The lines.</returns>
    public static string[] ReadTextLines(string? stored) =>
        string.IsNullOrEmpty(stored)
            ? []
            : [.. stored.Split(LineSeparator).Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0)];

    /// <summary>The UDI of a document: <c>umb://document/&lt;key in "N" format&gt;</c>.</summary>
    /// <param name="key">The document's key.</param>
    /// <returns>The UDI.</returns>
    public static string DocumentUdi(Guid key) => DocumentUdiPrefix + key.ToString("N");

    /// <summary>Writes a document picker value: the documents' UDIs joined with commas.</summary>
    /// <param name="keys">The documents' keys, in order.</param>
    /// <returns>The stored value, or null for no keys.</returns>
    public static string? DocumentUdis(IEnumerable<Guid> keys)
    {
        var udis = keys.Select(DocumentUdi).ToList();
        return udis.Count == 0 ? null : string.Join(ListSeparator, udis);
    }

    /// <summary>Reads a UDI (<c>umb://type/key</c>, the key in any format <see cref="Guid"/> reads), ignoring the scheme's case.</summary>
    /// <param name="udi">The text.</param>
    /// <param name="entityType">The entity type, e.g. <c>document</c>, as written.</param>
    /// <param name="key">The key.</param>
    /// <returns>Whether the text is a UDI.</returns>
    public static bool TryParseUdi(ReadOnlySpan<char> udi, out ReadOnlySpan<char> entityType, out Guid key)
    {
        entityType = default;
        key = Guid.Empty;
        if (!udi.StartsWith(UdiScheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var path = udi[UdiScheme.Length..];
        var slash = path.IndexOf('/');
        if (slash <= 0 || path[(slash + 1)..].Contains('/') || !Guid.TryParse(path[(slash + 1)..], out key))
        {
            key = Guid.Empty;
            return false;
        }

        entityType = path[..slash];
        return true;
    }

    /// <summary>Reads a UDI (<c>umb://type/key</c>).</summary>
    /// <param name="udi">The UDI.</param>
    /// <returns>The entity type and key.</returns>
    /// <exception cref="FormatException">It is not a UDI; the message names it.</exception>
    public static (string EntityType, Guid Key) ParseUdi(string udi) =>
        TryParseUdi(udi, out var entityType, out var key)
            ? (entityType.ToString(), key)
            : throw new FormatException($"'{udi}' is not a UDI (umb://type/key).");

    /// <summary>Reads a document key from a document UDI (<c>umb://document/…</c>, ignoring case).</summary>
    /// <param name="udi">The text.</param>
    /// <param name="key">The key.</param>
    /// <returns>Whether the text is a document UDI.</returns>
    public static bool TryParseDocumentUdi(ReadOnlySpan<char> udi, out Guid key)
    {
        if (TryParseUdi(udi, out var entityType, out key) && entityType.Equals(DocumentEntityType, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        key = Guid.Empty;
        return false;
    }

    /// <summary>Reads a picker value: its comma-separated UDIs, in order.</summary>
    /// <param name="stored">The stored value.</param>
    /// <returns>The entity type and key of each; none for a blank value.</returns>
    /// <exception cref="FormatException">An item is not a UDI; the message names it.</exception>
    public static IReadOnlyList<(string EntityType, Guid Key)> ReadUdis(string? stored) =>
        string.IsNullOrWhiteSpace(stored)
            ? []
            : [.. stored.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseUdi)];

    /// <summary>Reads a document picker value: the keys of its comma-separated document UDIs, in order.</summary>
    /// <param name="stored">The stored value.</param>
    /// <returns>The keys; none for a blank value.</returns>
    /// <exception cref="FormatException">An item is not a document UDI; the message names it.</exception>
    public static IReadOnlyList<Guid> ReadDocumentKeys(string? stored) =>
        string.IsNullOrWhiteSpace(stored)
            ? []
            : [.. stored.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(udi => TryParseDocumentUdi(udi, out var key) ? key : throw new FormatException($"'{udi}' is not a document UDI (umb://document/key)."))];

    /// <summary>Writes a date: <see cref="DateFormat"/> in the invariant culture.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The stored value, or null for no date.</returns>
    public static string? Date(DateTime? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads a date written by <see cref="Date"/>.</summary>
    /// <param name="stored">The stored value.</param>
    /// <param name="date">The date, kind unspecified.</param>
    /// <returns>Whether the value is a date in <see cref="DateFormat"/>.</returns>
    public static bool TryReadDate(string? stored, out DateTime date) =>
        DateTime.TryParseExact(stored?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Writes a link picker value holding one external link.</summary>
    /// <param name="url">The link's address.</param>
    /// <param name="name">The link's text; the address when null.</param>
    /// <returns>The stored value, or null for no address.</returns>
    public static string? ExternalLink(string? url, string? name) => url is null
        ? null
        : JsonSerializer.Serialize(new[] { new StoredLink(name ?? url, null, null, ExternalLinkType, null, url, null, null) }, Json);

    /// <summary>Reads a link picker value: the JSON array of its links.</summary>
    /// <param name="stored">The stored value.</param>
    /// <returns>The links; none for a blank value.</returns>
    /// <exception cref="FormatException">It is not a JSON array of link objects.</exception>
    public static IReadOnlyList<StoredLink> ReadLinks(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return [];
        }

        using var json = Parse(stored);
        if (json.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("Expected a JSON array of links.");
        }

        var links = new List<StoredLink>(json.RootElement.GetArrayLength());
        foreach (var item in json.RootElement.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("Expected a JSON array of link objects.");
            }

            try
            {
                links.Add(item.Deserialize<StoredLink>(Json)!);
            }
            catch (JsonException ex)
            {
                throw new FormatException($"Not a link: {ex.Message}", ex);
            }
        }

        return links;
    }

    private static JsonDocument Parse(string stored)
    {
        try
        {
            return JsonDocument.Parse(stored, Document);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Not valid JSON: {ex.Message}", ex);
        }
    }

    private sealed record RichTextValue(
        [property: JsonPropertyName(RichTextMarkup)] string Markup,
        [property: JsonPropertyName(RichTextBlocks)] object? Blocks);
}

/// <summary>One link of a stored link picker value, as Umbraco's multi URL picker stores it.</summary>
/// <param name="Name">The link's text.</param>
/// <param name="Target">The target (<c>_blank</c>), or null.</param>
/// <param name="Unique">The linked item's key, or null (external links).</param>
/// <param name="Type">The link's type (<c>external</c>, <c>document</c>, <c>media</c>), or null in older values.</param>
/// <param name="Udi">The linked item's UDI, or null for an external link.</param>
/// <param name="Url">The address of an external link.</param>
/// <param name="QueryString">The query string or anchor added to the address, or null.</param>
/// <param name="Culture">The culture of the linked item, or null.</param>
public sealed record StoredLink(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("target")] string? Target,
    [property: JsonPropertyName("unique")] string? Unique,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("udi")] string? Udi,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("queryString")] string? QueryString,
    [property: JsonPropertyName("culture")] string? Culture);
