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

    /// <summary>The query token of an event type: its name in camelCase, e.g. <c>stateVisit</c>.</summary>
    /// <param name="type">The event type.</param>
    /// <returns>The token.</returns>
    public static string Token(EventType type)
    {
        var name = type.ToString();
        return string.Create(name.Length, name, static (span, n) =>
        {
            n.AsSpan().CopyTo(span);
            span[0] = char.ToLowerInvariant(span[0]);
        });
    }

    /// <summary>Reads an event type from its label, its token or its enum name, ignoring case.</summary>
    /// <param name="text">A label ("State visit"), token ("stateVisit") or name ("StateVisit").</param>
    /// <param name="type">The event type, when recognised.</param>
    /// <returns>Whether the text names an event type.</returns>
    public static bool TryParseEventType(string? text, out EventType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        foreach (var (candidate, label) in EventTypeLabels)
        {
            if (string.Equals(label, trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a date precision from its label, ignoring case.</summary>
    /// <param name="text">"Day", "Month" or "Year".</param>
    /// <param name="precision">The precision, when recognised.</param>
    /// <returns>Whether the text names a precision.</returns>
    public static bool TryParseDatePrecision(string? text, out DatePrecision precision)
    {
        precision = default;
        return !string.IsNullOrWhiteSpace(text)
            && !int.TryParse(text, out _)
            && Enum.TryParse(text.Trim(), ignoreCase: true, out precision)
            && Enum.IsDefined(precision);
    }
}
