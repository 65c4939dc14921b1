using System.Globalization;
using System.Text.Json;
using Diplomatic.Umbraco.ContentModel;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using F = Diplomatic.Umbraco.DeliveryApi.DiplomaticIndexFields;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.DeliveryApi.Indexing;

/// <summary>
/// Adds the magazine's fields (<see cref="DiplomaticIndexFields"/>) to Umbraco's <c>DeliveryApiContentIndex</c> for
/// booklets, articles, fact boxes and events. Umbraco discovers it by type scanning and calls it once per item and
/// culture with the item's <see cref="IContent"/>. All our fields are invariant, so every culture gets the same values.
/// </summary>
/// <remarks>
/// When the item is published the handler indexes its <em>published</em> values, so a saved but unpublished change
/// (say, a new country) does not move the live item into other lists before it is published. Unpublished items are
/// indexed with their draft values, for preview. After installing or upgrading the plugin rebuild the index.
/// </remarks>
public sealed class DiplomaticContentIndexHandler : IContentIndexHandler
{
    private static readonly IndexField[] Fields =
    [
        Raw(F.Countries), Raw(F.Topics), Raw(F.Authors), Raw(F.Booklet), Raw(F.EventType), Raw(F.RelatedTerms), Raw(F.Key),
        new() { FieldName = F.PublishDate, FieldType = FieldType.Date, VariesByCulture = false },
        new() { FieldName = F.EventDate, FieldType = FieldType.Date, VariesByCulture = false },
    ];

    private readonly BookletLocator _booklets;

    /// <summary>Creates the handler (Umbraco does this).</summary>
    /// <param name="entityService">Core's entity service, to find an item's booklet among its ancestors.</param>
    public DiplomaticContentIndexHandler(IEntityService entityService) => _booklets = new BookletLocator(entityService);

    /// <summary>The fields the handler defines.</summary>
    internal static IReadOnlyList<IndexField> DefinedFields => Fields;

    /// <inheritdoc />
    public IEnumerable<IndexField> GetFields() => Fields;

    /// <inheritdoc />
    public IEnumerable<IndexFieldValue> GetFieldValues(IContent content, string? culture)
    {
        var alias = content.ContentType.Alias;
        var isBooklet = alias == T.Booklet;
        var isArticle = alias == T.Article;
        var isFactBox = alias == T.FactBox;
        var isEvent = alias == T.Event;
        if (!(isBooklet || isArticle || isFactBox || isEvent))
        {
            return [];
        }

        var stored = IndexedValues.Read(content, content.Published);
        var values = new List<IndexFieldValue>(9);
        var isPart = !isBooklet;

        var countries = ReadCountries(Text(stored.Countries));
        var topics = ReadTopics(Text(stored.Topics));
        Add(values, F.Countries, countries);
        Add(values, F.Topics, topics);
        if (isPart)
        {
            Add(values, F.RelatedTerms, RelatedTerms(countries, topics));
            values.Add(new IndexFieldValue { FieldName = F.Key, Values = [content.Key.ToString("D")] });
            if (_booklets.FindNearestBooklet(content.Path, content.Id) is { } booklet)
            {
                values.Add(new IndexFieldValue { FieldName = F.Booklet, Values = [booklet.ToString("D")] });
            }
        }

        if (isBooklet || isArticle)
        {
            if (TryReadDate(stored.PublishDate, out var publishDate))
            {
                values.Add(new IndexFieldValue { FieldName = F.PublishDate, Values = [publishDate] });
            }

            Add(values, F.Authors, ReadKeys(Text(stored.Authors)));
        }

        if (isEvent)
        {
            var precision = ReadPrecision(Text(stored.DatePrecision));
            if (TryReadDate(stored.StartDate, out var start))
            {
                values.Add(new IndexFieldValue { FieldName = F.EventDate, Values = [SortDate(start, precision)] });
            }

            if (ReadEventType(Text(stored.EventType)) is { } token)
            {
                values.Add(new IndexFieldValue { FieldName = F.EventType, Values = [token] });
            }
        }

        return values;
    }

    /// <summary>The date an event sorts and filters by: the start date, moved to the first day of its year or month.</summary>
    /// <param name="start">The stored start date.</param>
    /// <param name="precision">How precisely it is known.</param>
    /// <returns>The date.</returns>
    internal static DateTime SortDate(DateTime start, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateTime(start.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
        DatePrecision.Month => new DateTime(start.Year, start.Month, 1, 0, 0, 0, DateTimeKind.Unspecified),
        _ => start,
    };

    /// <summary>
    /// Reads a date however the editor hands it over (DateTime, DateTimeOffset, ISO string, or the
    /// <c>{"date": "…"}</c> JSON of the time-zone date editor) and keeps the calendar date only.
    /// </summary>
    /// <param name="value">The stored value.</param>
    /// <param name="date">The date at midnight, kind unspecified.</param>
    /// <returns>Whether there was a date.</returns>
    internal static bool TryReadDate(object? value, out DateTime date)
    {
        DateTime found;
        switch (value)
        {
            case DateTime dateTime:
                found = dateTime;
                break;
            case DateTimeOffset offset:
                found = offset.DateTime;
                break;
            case DateOnly dateOnly:
                found = dateOnly.ToDateTime(TimeOnly.MinValue);
                break;
            case string text when TryParseDateText(text, out var parsed):
                found = parsed;
                break;
            default:
                date = default;
                return false;
        }

        date = DateTime.SpecifyKind(found.Date, DateTimeKind.Unspecified);
        return found != default;
    }

    /// <summary>The lower-case alpha-2 codes of the countries in a stored value, without duplicates or unknown names.</summary>
    /// <param name="stored">The stored JSON array (or list) of names or codes.</param>
    /// <returns>The codes.</returns>
    internal static List<string> ReadCountries(string? stored)
    {
        var codes = new List<string>(2);
        var reader = new ValueListReader(stored);
        while (reader.TryReadNext(out var item))
        {
            if (DiplomaticTerms.TryGetCountryCode(item, out var code) && !codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    /// <summary>The lower-case topics in a stored tags value, without duplicates.</summary>
    /// <param name="stored">The stored JSON array (or comma-separated list).</param>
    /// <returns>The topics.</returns>
    internal static List<string> ReadTopics(string? stored)
    {
        var topics = new List<string>(4);
        var reader = new ValueListReader(stored);
        while (reader.TryReadNext(out var item))
        {
            var topic = DiplomaticTerms.NormaliseTopic(item);
            if (!topics.Contains(topic))
            {
                topics.Add(topic);
            }
        }

        return topics;
    }

    /// <summary>The combined terms of the <c>related:</c> selector: <c>country:az</c>, <c>topic:energy</c>.</summary>
    /// <param name="countries">The country codes.</param>
    /// <param name="topics">The topics.</param>
    /// <returns>The terms.</returns>
    internal static List<string> RelatedTerms(List<string> countries, List<string> topics)
    {
        var terms = new List<string>(countries.Count + topics.Count);
        foreach (var country in countries)
        {
            terms.Add(DiplomaticTerms.CountryTerm(country));
        }

        foreach (var topic in topics)
        {
            terms.Add(DiplomaticTerms.Topic(topic).Term);
        }

        return terms;
    }

    private static List<string> ReadKeys(string? stored)
    {
        var keys = new List<string>(2);
        var reader = new ValueListReader(stored);
        while (reader.TryReadNext(out var item))
        {
            if (DiplomaticTerms.TryParseKey(item, out var key))
            {
                var text = key.ToString("D");
                if (!keys.Contains(text))
                {
                    keys.Add(text);
                }
            }
        }

        return keys;
    }

    private static DatePrecision ReadPrecision(string? stored)
    {
        var reader = new ValueListReader(stored);
        return reader.TryReadNext(out var item) && Vocabularies.TryParseDatePrecision(item, out var precision)
            ? precision
            : DatePrecision.Day;
    }

    private static string? ReadEventType(string? stored)
    {
        var reader = new ValueListReader(stored);
        return reader.TryReadNext(out var item) && DiplomaticTerms.TryGetEventTypeToken(item, out var token) ? token : null;
    }

    private static string? Text(object? value) =>
        value switch
        {
            null => null,
            string text => text,
            IEnumerable<string> items => JsonSerializer.Serialize(items),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };

    private static bool TryParseDateText(string text, out DateTime date)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length > 0 && trimmed[0] == '{')
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                if (document.RootElement.TryGetProperty("date", out var inner) && inner.ValueKind == JsonValueKind.String)
                {
                    return TryParseDateText(inner.GetString()!, out date);
                }
            }
            catch (JsonException)
            {
            }

            date = default;
            return false;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var offset))
        {
            date = offset.DateTime;
            return true;
        }

        date = default;
        return false;
    }

    private static void Add(List<IndexFieldValue> values, string field, List<string> items)
    {
        if (items.Count > 0)
        {
            values.Add(new IndexFieldValue { FieldName = field, Values = items });
        }
    }

    private static IndexField Raw(string name) => new() { FieldName = name, FieldType = FieldType.StringRaw, VariesByCulture = false };

    /// <summary>
    /// The stored values the handler reads, picked in one pass over the item's properties (a look-up by alias
    /// allocates in Umbraco's property collection; walking it by index does not). Our properties are invariant.
    /// </summary>
    private readonly struct IndexedValues
    {
        public object? Countries { get; init; }

        public object? Topics { get; init; }

        public object? PublishDate { get; init; }

        public object? Authors { get; init; }

        public object? StartDate { get; init; }

        public object? DatePrecision { get; init; }

        public object? EventType { get; init; }

        public static IndexedValues Read(IContent content, bool published)
        {
            object? countries = null, topics = null, publishDate = null, authors = null, startDate = null, precision = null, eventType = null;
            var properties = content.Properties;
            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                switch (property?.Alias)
                {
                    case P.Bilateral.Countries: countries = property!.GetValue(null, null, published); break;
                    case P.Bilateral.Topics: topics = property!.GetValue(null, null, published); break;
                    case P.Publishing.PublishDate: publishDate = property!.GetValue(null, null, published); break;
                    case P.Publishing.Authors: authors = property!.GetValue(null, null, published); break;
                    case P.Event.StartDate: startDate = property!.GetValue(null, null, published); break;
                    case P.Event.DatePrecision: precision = property!.GetValue(null, null, published); break;
                    case P.Event.EventType: eventType = property!.GetValue(null, null, published); break;
                }
            }

            return new IndexedValues
            {
                Countries = countries,
                Topics = topics,
                PublishDate = publishDate,
                Authors = authors,
                StartDate = startDate,
                DatePrecision = precision,
                EventType = eventType,
            };
        }
    }
}
