using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.DeliveryApi;

/// <summary>
/// The look-ups the index handler and the query handlers share, so a value is normalised the same way when it is
/// indexed and when it is queried: countries to lower-case alpha-2 codes, event types to their tokens, topics to
/// lower case, keys to "D" format. Every look-up reads spans and returns cached strings where it can.
/// </summary>
internal static class DiplomaticTerms
{
    private static readonly Dictionary<string, string> CountryCodes = BuildCountryCodes();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountryLookup =
        CountryCodes.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxCachedTopics = 4096;

    private static int _cachedTopics;

    private static readonly Dictionary<string, string> CountryTerms =
        CountryCodes.Values.Distinct().ToDictionary(code => code, code => DiplomaticIndexFields.CountryTermPrefix + code);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Topic, string Term)> Topics =
        new(StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Topic, string Term)>.AlternateLookup<ReadOnlySpan<char>> TopicLookup =
        Topics.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every event-type token, in the enum's order.</summary>
    public static IReadOnlyList<string> AllEventTypeTokens { get; } =
        Enum.GetValues<EventType>().Select(Vocabularies.Token).ToArray();

    /// <summary>Finds a country by alpha-2 code, alpha-3 code or English short name, ignoring case.</summary>
    /// <param name="token">The code or name (trimmed by the caller).</param>
    /// <param name="code">The alpha-2 code in lower case, e.g. <c>az</c>.</param>
    /// <returns>Whether the token names a country.</returns>
    public static bool TryGetCountryCode(ReadOnlySpan<char> token, out string code) =>
        CountryLookup.TryGetValue(token.Trim(), out code!);

    /// <summary>Finds an event type by label ("State visit"), token ("stateVisit") or enum name, ignoring case (the model's reader).</summary>
    /// <param name="text">The text.</param>
    /// <param name="token">The event type's query token.</param>
    /// <returns>Whether the text names an event type.</returns>
    public static bool TryGetEventTypeToken(ReadOnlySpan<char> text, out string token)
    {
        var found = Vocabularies.TryParseEventType(text, out var type);
        token = found ? Vocabularies.Token(type) : string.Empty;
        return found;
    }

    /// <summary>Reads a document key from a GUID in any .NET format or a document UDI (<c>umb://document/&lt;32 hex&gt;</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="key">The key.</param>
    /// <returns>Whether the text is a key.</returns>
    public static bool TryParseKey(ReadOnlySpan<char> text, out Guid key)
    {
        text = text.Trim();
        var parsed = text.StartsWith(StoredValues.DocumentUdiPrefix, StringComparison.OrdinalIgnoreCase)
            ? StoredValues.TryParseDocumentUdi(text, out key)
            : Guid.TryParse(text, out key);
        return parsed && key != Guid.Empty;
    }

    /// <summary>A topic as indexed and queried: trimmed, lower case.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns>The normalised topic.</returns>
    public static string NormaliseTopic(ReadOnlySpan<char> topic) => Topic(topic).Topic;

    /// <summary>The related-selector term of a country code (<c>country:az</c>), cached.</summary>
    /// <param name="code">A lower-case alpha-2 code from <see cref="TryGetCountryCode"/>.</param>
    /// <returns>The term.</returns>
    public static string CountryTerm(string code) =>
        CountryTerms.TryGetValue(code, out var term) ? term : DiplomaticIndexFields.CountryTermPrefix + code;

    /// <summary>
    /// A topic normalised (trimmed, lower case) with its related-selector term (<c>topic:energy</c>). The pairs are
    /// memoised (a magazine has a few hundred topics; past <see cref="MaxCachedTopics"/> they are built each time),
    /// which keeps indexing nearly free of string allocations. The cache holds no state that could differ between
    /// servers.
    /// </summary>
    /// <param name="topic">The topic as stored or queried.</param>
    /// <returns>The normalised topic and its term.</returns>
    public static (string Topic, string Term) Topic(ReadOnlySpan<char> topic)
    {
        topic = topic.Trim();
        if (TopicLookup.TryGetValue(topic, out var cached))
        {
            return cached;
        }

        var normalised = string.Create(topic.Length, topic, static (span, source) => source.ToLowerInvariant(span));
        var pair = (normalised, DiplomaticIndexFields.TopicTermPrefix + normalised);
        if (Volatile.Read(ref _cachedTopics) < MaxCachedTopics && Topics.TryAdd(normalised, pair))
        {
            Interlocked.Increment(ref _cachedTopics);
        }

        return pair;
    }

    private static Dictionary<string, string> BuildCountryCodes()
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in IsoCountries.All)
        {
            var code = country.Alpha2.ToLowerInvariant();
            codes[country.Alpha2] = code;
            codes[country.Alpha3] = code;
            codes[country.Name] = code;
        }

        return codes;
    }
}
