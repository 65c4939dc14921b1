using System.Globalization;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Importing;

/// <summary>One field of a fact box, an event or the front matter: a single value or a list, with its line.</summary>
/// <param name="Name">The field name as written.</param>
/// <param name="Value">The value (a list's items joined by "; ").</param>
/// <param name="Items">The list items (one item for a single value).</param>
/// <param name="Line">The line the field is on.</param>
internal sealed record ManuscriptField(string Name, string Value, IReadOnlyList<string> Items, int Line);

/// <summary>
/// Turns the fields of a fact box or an event (from a Markdown fenced block, a Word table or a Word "Fact box"
/// block) into drafts, with the same checks whatever the format: mandatory fields, ISO countries, the event-type
/// vocabulary, numbers and dates with their precision.
/// </summary>
internal static class ManuscriptFields
{
    /// <summary>The fact-box fields a manuscript may give.</summary>
    public static readonly string[] FactBoxFields = ["headline", "statement", "figure", "unit", "asOf", "source", "link", "countries", "quote"];

    /// <summary>The event fields a manuscript may give.</summary>
    public static readonly string[] EventFields = ["title", "date", "endDate", "type", "location", "host", "participants", "summary", "countries", "quote"];

    /// <summary>Reads a fact box; returns null (with errors recorded) when it cannot be made.</summary>
    /// <param name="fields">The fields by name (case-insensitive).</param>
    /// <param name="line">The line the block starts on.</param>
    /// <param name="articleSlug">The article it sits in, or null.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <returns>The fact box, or null.</returns>
    public static FactBoxDraft? FactBox(IReadOnlyDictionary<string, ManuscriptField> fields, int line, string? articleSlug, BookletDraft draft)
    {
        WarnUnknown(fields, FactBoxFields, "fact box", draft);
        var headline = Required(fields, "headline", "fact box", line, draft);
        var statement = Required(fields, "statement", "fact box", line, draft);
        decimal? figure = null;
        if (fields.TryGetValue("figure", out var figureField) && figureField.Value.Length > 0)
        {
            if (decimal.TryParse(figureField.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                figure = parsed;
            }
            else
            {
                draft.Error(figureField.Line, $"fact box figure \"{figureField.Value}\" is not a number (write e.g. 7.3 and put the unit in 'unit')");
            }
        }

        DateTime? asOf = null;
        if (fields.TryGetValue("asOf", out var asOfField) && asOfField.Value.Length > 0 && TryDate(asOfField, draft, out var asOfDate, out _))
        {
            asOf = asOfDate;
        }

        var link = Optional(fields, "link");
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            draft.Error(fields["link"].Line, $"fact box link \"{link}\" is not an http or https address");
            link = null;
        }

        var countries = Countries(fields, draft);
        if (headline is null || statement is null)
        {
            return null;
        }

        return new FactBoxDraft
        {
            Headline = headline,
            Statement = statement,
            Line = line,
            Figure = figure,
            Unit = Optional(fields, "unit"),
            AsOf = asOf,
            Source = Optional(fields, "source"),
            SourceLink = link,
            Countries = countries,
            Quote = Optional(fields, "quote"),
            ArticleSlug = articleSlug,
        };
    }

    /// <summary>Reads an event; returns null (with errors recorded) when it cannot be made.</summary>
    /// <param name="fields">The fields by name (case-insensitive).</param>
    /// <param name="line">The line the block starts on.</param>
    /// <param name="articleSlug">The article it was written in, or null.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <returns>The event, or null.</returns>
    public static EventDraft? Event(IReadOnlyDictionary<string, ManuscriptField> fields, int line, string? articleSlug, BookletDraft draft)
    {
        WarnUnknown(fields, EventFields, "event", draft);
        var title = Required(fields, "title", "event", line, draft);
        DateTime? start = null;
        var precision = DatePrecision.Day;
        if (!fields.TryGetValue("date", out var dateField) || dateField.Value.Length == 0)
        {
            draft.Error(line, $"event \"{title ?? "(untitled)"}\" has no date: give 'date' as 2015, 2016-05 or 2016-05-14");
        }
        else if (TryDate(dateField, draft, out var date, out var datePrecision))
        {
            start = date;
            precision = datePrecision;
        }

        DateTime? end = null;
        if (fields.TryGetValue("endDate", out var endField) && endField.Value.Length > 0 && TryDate(endField, draft, out var endDate, out _))
        {
            end = endDate;
            if (start is not null && end < start)
            {
                draft.Error(endField.Line, $"event end date {endField.Value} is before its start date {dateField!.Value}");
            }
        }

        EventType? type = null;
        if (fields.TryGetValue("type", out var typeField) && typeField.Value.Length > 0)
        {
            if (Vocabularies.TryParseEventType(typeField.Value, out var parsed))
            {
                type = parsed;
            }
            else
            {
                draft.Error(typeField.Line, $"unknown event type \"{typeField.Value}\"; use one of: {string.Join(", ", Vocabularies.EventTypeLabels.Values)}");
            }
        }

        string? host = null;
        if (fields.TryGetValue("host", out var hostField) && hostField.Value.Length > 0)
        {
            host = Country(hostField.Value, hostField.Line, draft);
        }

        var countries = Countries(fields, draft);
        if (title is null || start is null)
        {
            return null;
        }

        return new EventDraft
        {
            Title = title,
            Line = line,
            Start = start.Value,
            Precision = precision,
            End = end,
            Type = type,
            Location = Optional(fields, "location"),
            HostCountry = host,
            Participants = fields.TryGetValue("participants", out var participants) ? [.. participants.Items] : [],
            Summary = Optional(fields, "summary"),
            Countries = countries,
            Quote = Optional(fields, "quote"),
            ArticleSlug = articleSlug,
        };
    }

    /// <summary>
    /// Reads a date written as <c>2015</c> (year precision), <c>2016-05</c> (month) or <c>2016-05-14</c> (day).
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <param name="date">The date (first day of the year or month).</param>
    /// <param name="precision">The precision the form sets.</param>
    /// <returns>Whether the date is valid.</returns>
    public static bool TryDate(ManuscriptField field, BookletDraft draft, out DateTime date, out DatePrecision precision)
    {
        var text = field.Value.Trim();
        date = default;
        precision = DatePrecision.Day;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) || parts.Skip(1).Any(p => p.Length != 2))
        {
            draft.Error(field.Line, $"\"{text}\" is not a date: write 2015, 2016-05 or 2016-05-14");
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1;
        var day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            draft.Error(field.Line, $"{text} is an impossible date");
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        precision = parts.Length switch { 1 => DatePrecision.Year, 2 => DatePrecision.Month, _ => DatePrecision.Day };
        return true;
    }

    /// <summary>Checks a country against ISO 3166-1 and returns its English short name.</summary>
    /// <param name="token">A name or code.</param>
    /// <param name="line">Its line.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <returns>The ISO short name, or null when unknown.</returns>
    public static string? Country(string token, int line, BookletDraft draft)
    {
        if (IsoCountries.TryFind(token, out var country))
        {
            return country.Name;
        }

        draft.Error(line, $"unknown country \"{token}\": use an ISO 3166-1 English short name or code (e.g. Azerbaijan, PK)");
        return null;
    }

    /// <summary>Reads the countries of a field set.</summary>
    /// <param name="fields">The fields.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <returns>The ISO names.</returns>
    public static List<string> Countries(IReadOnlyDictionary<string, ManuscriptField> fields, BookletDraft draft)
    {
        var result = new List<string>();
        if (fields.TryGetValue("countries", out var field))
        {
            foreach (var item in field.Items)
            {
                if (Country(item, field.Line, draft) is { } name && !result.Contains(name))
                {
                    result.Add(name);
                }
            }
        }

        return result;
    }

    /// <summary>Splits a list written on one line: by semicolons, else by commas unless the whole is a country.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The items.</returns>
    public static IReadOnlyList<string> SplitList(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return [];
        }

        if (trimmed.Contains(';'))
        {
            return [.. trimmed.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        }

        return IsoCountries.TryFind(trimmed, out _) ? [trimmed] : [.. trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    private static string? Required(IReadOnlyDictionary<string, ManuscriptField> fields, string name, string what, int line, BookletDraft draft)
    {
        if (fields.TryGetValue(name, out var field) && field.Value.Trim().Length > 0)
        {
            return field.Value.Trim();
        }

        draft.Error(line, $"{what} has no '{name}'");
        return null;
    }

    private static string? Optional(IReadOnlyDictionary<string, ManuscriptField> fields, string name) =>
        fields.TryGetValue(name, out var field) && field.Value.Trim().Length > 0 ? field.Value.Trim() : null;

    private static void WarnUnknown(IReadOnlyDictionary<string, ManuscriptField> fields, string[] known, string what, BookletDraft draft)
    {
        foreach (var field in fields.Values)
        {
            if (!known.Contains(field.Name, StringComparer.OrdinalIgnoreCase))
            {
                draft.Warning(field.Line, $"unknown {what} field '{field.Name}' ignored; known fields: {string.Join(", ", known)}");
            }
        }
    }
}
