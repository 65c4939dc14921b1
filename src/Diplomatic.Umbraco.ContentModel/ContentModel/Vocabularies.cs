namespace Diplomatic.Umbraco.ContentModel;

/// <summary>How precisely an event's date is known. Historic events in booklets are often known only by year.</summary>
public enum DatePrecision
{
    /// <summary>The exact day is known ("14 May 2016").</summary>
    Day,

    /// <summary>Only the month is known ("May 2016").</summary>
    Month,

    /// <summary>Only the year is known ("1992").</summary>
    Year,
}

/// <summary>The kinds of event a booklet's timeline shows.</summary>
public enum EventType
{
    /// <summary>A state or official visit.</summary>
    StateVisit,

    /// <summary>An agreement, treaty or memorandum signed.</summary>
    Agreement,

    /// <summary>A summit or high-level meeting.</summary>
    Summit,

    /// <summary>An exhibition or fair.</summary>
    Exhibition,

    /// <summary>An anniversary or jubilee.</summary>
    Anniversary,

    /// <summary>A cultural event or institution.</summary>
    Cultural,

    /// <summary>Humanitarian aid or philanthropy.</summary>
    Humanitarian,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>
/// The words editors pick for <see cref="DatePrecision"/> and <see cref="EventType"/>, and the tokens the Delivery
/// API filters use (<c>eventType:stateVisit</c>). The labels are what content stores, so they never change.
/// </summary>
public static class Vocabularies
{
    /// <summary>The stored label of each date precision.</summary>
    public static IReadOnlyDictionary<DatePrecision, string> DatePrecisionLabels { get; } = new Dictionary<DatePrecision, string>
    {
        [DatePrecision.Day] = "Day",
        [DatePrecision.Month] = "Month",
        [DatePrecision.Year] = "Year",
    };

    /// <summary>The stored label of each event type.</summary>
    public static IReadOnlyDictionary<EventType, string> EventTypeLabels { get; } = new Dictionary<EventType, string>
    {
        [EventType.StateVisit] = "State visit",
        [EventType.Agreement] = "Agreement",
        [EventType.Summit] = "Summit",
        [EventType.Exhibition] = "Exhibition",
        [EventType.Anniversary] = "Anniversary",
        [EventType.Cultural] = "Cultural",
        [EventType.Humanitarian] = "Humanitarian",
        [EventType.Other] = "Other",
    };

    // The one reader of both vocabularies, used by the importer, the index and query handlers and the client: a word
    // is a stored label ("State visit"), a query token ("stateVisit") or the enum's name, in any case, trimmed.
    // Before the word tables, which read the tokens.
    private static readonly Dictionary<EventType, string> Tokens = Enum.GetValues<EventType>().ToDictionary(t => t, t => CamelCase(t.ToString()));

    private static readonly Dictionary<string, EventType> EventTypesByWord = Words(EventTypeLabels, Token);
    private static readonly Dictionary<string, EventType>.AlternateLookup<ReadOnlySpan<char>> EventTypeLookup =
        EventTypesByWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, DatePrecision> DatePrecisionsByWord = Words(DatePrecisionLabels, p => p.ToString());
    private static readonly Dictionary<string, DatePrecision>.AlternateLookup<ReadOnlySpan<char>> DatePrecisionLookup =
        DatePrecisionsByWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The query token of an event type: its name in camelCase, e.g. <c>stateVisit</c> (cached).</summary>
    /// <param name="type">The event type.</param>
    /// <returns>The token.</returns>
    public static string Token(EventType type) => Tokens.TryGetValue(type, out var token) ? token : CamelCase(type.ToString());

    /// <summary>Reads an event type from its label, its token or its enum name, ignoring case and surrounding space.</summary>
    /// <param name="text">A label ("State visit"), token ("stateVisit") or name ("StateVisit").</param>
    /// <param name="type">The event type, when recognised.</param>
    /// <returns>Whether the text names an event type.</returns>
    public static bool TryParseEventType(ReadOnlySpan<char> text, out EventType type) => EventTypeLookup.TryGetValue(text.Trim(), out type);

    /// <inheritdoc cref="TryParseEventType(ReadOnlySpan{char}, out EventType)"/>
    public static bool TryParseEventType(string? text, out EventType type) => TryParseEventType(text.AsSpan(), out type);

    /// <summary>Reads a date precision from its label ("Day", "Month", "Year"), ignoring case and surrounding space.</summary>
    /// <param name="text">The label.</param>
    /// <param name="precision">The precision, when recognised.</param>
    /// <returns>Whether the text names a precision.</returns>
    public static bool TryParseDatePrecision(ReadOnlySpan<char> text, out DatePrecision precision) => DatePrecisionLookup.TryGetValue(text.Trim(), out precision);

    /// <inheritdoc cref="TryParseDatePrecision(ReadOnlySpan{char}, out DatePrecision)"/>
    public static bool TryParseDatePrecision(string? text, out DatePrecision precision) => TryParseDatePrecision(text.AsSpan(), out precision);

    private static Dictionary<string, T> Words<T>(IReadOnlyDictionary<T, string> labels, Func<T, string> token)
        where T : struct, Enum
    {
        var words = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, label) in labels)
        {
            words[label] = value;
            words[token(value)] = value;
            words[value.ToString()] = value;
        }

        return words;
    }

    private static string CamelCase(string name) => string.Create(name.Length, name, static (span, n) =>
    {
        n.AsSpan().CopyTo(span);
        span[0] = char.ToLowerInvariant(span[0]);
    });
}
