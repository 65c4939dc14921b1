using System.Globalization;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery.Models;

namespace Diplomatic.Umbraco.Delivery.Pages;

/// <summary>
/// Reads the stored labels of the event vocabularies (the content model's <see cref="Vocabularies"/>; the enums are
/// the model's <see cref="EventType"/> and <see cref="DatePrecision"/>).
/// </summary>
public static class EventVocabulary
{
    /// <summary>Reads a stored precision label; empty or unknown means <see cref="DatePrecision.Day"/>.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The precision.</returns>
    public static DatePrecision ParsePrecision(string? label) => Vocabularies.TryParseDatePrecision(label, out var precision) ? precision : DatePrecision.Day;

    /// <summary>Reads a stored event-type label (or its token).</summary>
    /// <param name="label">The label, e.g. "State visit".</param>
    /// <returns>The type, or null when empty or unknown.</returns>
    public static EventType? ParseEventType(string? label) => Vocabularies.TryParseEventType(label, out var type) ? type : null;
}

/// <summary>An event placed on a timeline: its date, known to a precision.</summary>
/// <param name="Event">The event.</param>
/// <param name="Date">The start date.</param>
/// <param name="Precision">How precisely the date is known.</param>
public sealed record TimelineEntry(Event Event, DateOnly Date, DatePrecision Precision)
{
    /// <summary>The event's type, when set.</summary>
    public EventType? Type => EventVocabulary.ParseEventType(Event.Properties.EventType);

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
    public static string Format(DateOnly date, DatePrecision precision, CultureInfo culture) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", culture),
        DatePrecision.Month => date.ToString("MMMM yyyy", culture),
        _ => date.ToString("d MMMM yyyy", culture),
    };

    /// <summary>
    /// A fact box's "as of" date as the editors meant it. The field has no precision of its own: the importer stores
    /// "asOf: 1992" as 1 January 1992 and "2016-05" as 1 May 2016, so the first of January reads as a year and the
    /// first of a month as that month.
    /// </summary>
    /// <param name="asOf">The stored date.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>"1992", "May 2016" or "14 May 2016".</returns>
    public static string FormatAsOf(DateTime asOf, CultureInfo culture)
    {
        var date = DateOnly.FromDateTime(asOf);
        var precision = date is { Month: 1, Day: 1 } ? DatePrecision.Year : date.Day == 1 ? DatePrecision.Month : DatePrecision.Day;
        return Format(date, precision, culture);
    }
}
