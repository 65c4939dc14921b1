using System.Globalization;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery.Models;

namespace Diplomatic.Umbraco.Delivery.Pages;

/// <summary>How precisely an event's date is known (the model's <see cref="DatePrecision"/>, member for member).</summary>
public enum EventDatePrecision
{
    /// <summary>"14 May 2016".</summary>
    Day,

    /// <summary>"May 2016".</summary>
    Month,

    /// <summary>"1992".</summary>
    Year,
}

/// <summary>The kinds of event (the model's <see cref="EventType"/>, member for member); the query token is the name in camelCase.</summary>
public enum DeliveryEventType
{
    /// <summary>A state or official visit.</summary>
    StateVisit,

    /// <summary>An agreement, treaty or memorandum.</summary>
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

/// <summary>The stored labels of the event vocabularies and their query tokens.</summary>
public static class EventVocabulary
{
    /// <summary>The stored label of each precision: the content model's own labels.</summary>
    public static IReadOnlyDictionary<EventDatePrecision, string> PrecisionLabels { get; } =
        Enum.GetValues<EventDatePrecision>().ToDictionary(p => p, p => Vocabularies.DatePrecisionLabels[Enum.Parse<DatePrecision>(p.ToString())]);

    /// <summary>The stored label of each event type: the content model's own labels.</summary>
    public static IReadOnlyDictionary<DeliveryEventType, string> EventTypeLabels { get; } =
        Enum.GetValues<DeliveryEventType>().ToDictionary(t => t, t => Vocabularies.EventTypeLabels[Enum.Parse<EventType>(t.ToString())]);

    /// <summary>The filter token of an event type, e.g. <c>stateVisit</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The token.</returns>
    public static string Token(DeliveryEventType type) => Vocabularies.Token(Enum.Parse<EventType>(type.ToString()));

    /// <summary>Reads a stored precision label; empty or unknown means <see cref="EventDatePrecision.Day"/>.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The precision.</returns>
    public static EventDatePrecision ParsePrecision(string? label)
    {
        foreach (var (precision, text) in PrecisionLabels)
        {
            if (string.Equals(text, label?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return precision;
            }
        }

        return EventDatePrecision.Day;
    }

    /// <summary>Reads a stored event-type label.</summary>
    /// <param name="label">The label, e.g. "State visit".</param>
    /// <returns>The type, or null when empty or unknown.</returns>
    public static DeliveryEventType? ParseEventType(string? label)
    {
        foreach (var (type, text) in EventTypeLabels)
        {
            if (string.Equals(text, label?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }
}

/// <summary>An event placed on a timeline: its date, known to a precision.</summary>
/// <param name="Event">The event.</param>
/// <param name="Date">The start date.</param>
/// <param name="Precision">How precisely the date is known.</param>
public sealed record TimelineEntry(Event Event, DateOnly Date, EventDatePrecision Precision)
{
    /// <summary>The event's type, when set.</summary>
    public DeliveryEventType? Type => EventVocabulary.ParseEventType(Event.Properties.EventType);

    /// <summary>The date as readers see it: "1992", "May 2016" or "14 May 2016".</summary>
    /// <param name="culture">The culture for month names.</param>
    /// <returns>The formatted date.</returns>
    public string FormatDate(CultureInfo culture) => EventDates.Format(Date, Precision, culture);

    /// <summary>Orders events into a timeline by start date (then name); events without a start date are left out.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The timeline, earliest first.</returns>
    public static IReadOnlyList<TimelineEntry> Build(IEnumerable<Event> events) =>
        events
            .Where(e => e.Properties.StartDate is not null)
            .Select(e => new TimelineEntry(e, DateOnly.FromDateTime(e.Properties.StartDate!.Value), EventVocabulary.ParsePrecision(e.Properties.DatePrecision)))
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Event.Name, StringComparer.Ordinal)
            .ToList();
}

/// <summary>Formats dates at the precision they are known.</summary>
public static class EventDates
{
    /// <summary>Formats a date: "1992", "May 2016" or "14 May 2016" (month names in the culture's language).</summary>
    /// <param name="date">The date.</param>
    /// <param name="precision">The precision.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    public static string Format(DateOnly date, EventDatePrecision precision, CultureInfo culture) => precision switch
    {
        EventDatePrecision.Year => date.ToString("yyyy", culture),
        EventDatePrecision.Month => date.ToString("MMMM yyyy", culture),
        _ => date.ToString("d MMMM yyyy", culture),
    };
}
