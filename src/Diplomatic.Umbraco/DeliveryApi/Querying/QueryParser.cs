using System.Globalization;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;

namespace Diplomatic.Umbraco.DeliveryApi.Querying;

/// <summary>What a list filter's values are.</summary>
internal enum ListValueKind
{
    /// <summary>ISO 3166-1 alpha-2, alpha-3 or English short name; indexed as the lower-case alpha-2 code.</summary>
    Country,

    /// <summary>Free text; indexed in lower case.</summary>
    Topic,

    /// <summary>A content key (GUID, any .NET format); indexed in "D" format.</summary>
    Key,

    /// <summary>An event-type token, label or enum name; indexed as the token.</summary>
    EventType,
}

/// <summary>
/// Parses the query strings of the plugin's filters, sorts and selector. Every method returns false for anything
/// malformed (empty value, unknown country or event type, bad GUID, bad date, unknown operator or direction), so
/// the handlers can answer false from <c>CanHandle</c> and Umbraco answers 400. Nothing here throws.
/// </summary>
internal static class QueryParser
{
    /// <summary>The most values one filter takes; more is refused (400) rather than building a huge OR query.</summary>
    public const int MaxValues = 100;

    /// <summary>The only date format the date filters accept.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>A value no index field holds: what a handler falls back to instead of throwing.</summary>
    public const string NoMatch = "diplomatic-no-match";

    /// <summary>Parses <c>prefix:value[,value…]</c> or <c>prefix:!value[,value…]</c>.</summary>
    /// <param name="query">The filter query, e.g. <c>country:az,pk</c>.</param>
    /// <param name="prefix">The prefix including the colon, e.g. <c>country:</c>.</param>
    /// <param name="kind">What the values are.</param>
    /// <param name="values">The normalised index values.</param>
    /// <param name="negate">Whether the list was negated with <c>!</c>.</param>
    /// <returns>Whether the query is this filter and well-formed.</returns>
    public static bool TryParseList(string? query, string prefix, ListValueKind kind, out string[] values, out bool negate)
    {
        values = [];
        negate = false;
        if (query is null || !query.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = query.AsSpan(prefix.Length);
        if (rest.Length > 0 && rest[0] == '!')
        {
            negate = true;
            rest = rest[1..];
        }

        if (rest.IsWhiteSpace())
        {
            return false;
        }

        var pieceCount = rest.Count(',') + 1;
        if (pieceCount > MaxValues)
        {
            return false;
        }

        Span<Range> pieces = stackalloc Range[pieceCount];
        pieceCount = rest.Split(pieces, ',');
        var result = new string[pieceCount];
        var count = 0;
        for (var i = 0; i < pieceCount; i++)
        {
            var piece = rest[pieces[i]];
            if (piece.IsWhiteSpace())
            {
                return false;
            }

            string? value;
            if (kind == ListValueKind.Country)
            {
                // Some English short names hold a comma ("Bolivia, Plurinational State of"): take the longest run of
                // pieces that names a country.
                value = null;
                for (var j = Math.Min(pieceCount - 1, i + 2); j >= i && value is null; j--)
                {
                    var candidate = rest[pieces[i].Start..pieces[j].End];
                    if (DiplomaticTerms.TryGetCountryCode(candidate, out var code))
                    {
                        value = code;
                        i = j;
                    }
                }
            }
            else
            {
                value = TryNormalise(piece, kind);
            }

            if (value is null)
            {
                return false;
            }

            result[count++] = value;
        }

        if (count < result.Length)
        {
            Array.Resize(ref result, count);
        }

        values = result;
        return true;
    }

    /// <summary>Parses <c>name&gt;yyyy-MM-dd</c> with one of the operators <c>&gt;</c>, <c>&gt;:</c>, <c>&lt;</c>, <c>&lt;:</c>.</summary>
    /// <param name="query">The filter query, e.g. <c>publishDate&gt;2024-01-01</c>.</param>
    /// <param name="name">The filter name, e.g. <c>publishDate</c>.</param>
    /// <param name="operation">The range operation.</param>
    /// <param name="date">The date, <see cref="DateFormat"/>.</param>
    /// <returns>Whether the query is this filter and well-formed.</returns>
    public static bool TryParseDateRange(string? query, string name, out FilterOperation operation, out string date)
    {
        operation = FilterOperation.Is;
        date = string.Empty;
        if (query is null || !query.StartsWith(name, StringComparison.OrdinalIgnoreCase) || query.Length <= name.Length)
        {
            return false;
        }

        var rest = query.AsSpan(name.Length);
        int operatorLength;
        if (rest.StartsWith(">:"))
        {
            (operation, operatorLength) = (FilterOperation.GreaterThanOrEqual, 2);
        }
        else if (rest.StartsWith("<:"))
        {
            (operation, operatorLength) = (FilterOperation.LessThanOrEqual, 2);
        }
        else if (rest[0] == '>')
        {
            (operation, operatorLength) = (FilterOperation.GreaterThan, 1);
        }
        else if (rest[0] == '<')
        {
            (operation, operatorLength) = (FilterOperation.LessThan, 1);
        }
        else
        {
            return false;
        }

        var value = rest[operatorLength..];
        if (!DateTime.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return false;
        }

        date = query[(name.Length + operatorLength)..];
        return true;
    }

    /// <summary>Parses <c>name:asc</c> or <c>name:desc</c> (any case).</summary>
    /// <param name="query">The sort query.</param>
    /// <param name="prefix">The sort name including the colon, e.g. <c>publishDate:</c>.</param>
    /// <param name="direction">The direction.</param>
    /// <returns>Whether the query is this sort and well-formed.</returns>
    public static bool TryParseSort(string? query, string prefix, out Direction direction)
    {
        direction = Direction.Ascending;
        if (query is null || !query.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = query.AsSpan(prefix.Length);
        if (rest.Equals("asc", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (rest.Equals("desc", StringComparison.OrdinalIgnoreCase))
        {
            direction = Direction.Descending;
            return true;
        }

        return false;
    }

    /// <summary>Parses <c>prefix:{key}</c> with one content key.</summary>
    /// <param name="query">The query, e.g. <c>related:9b6c…</c>.</param>
    /// <param name="prefix">The prefix including the colon.</param>
    /// <param name="key">The key.</param>
    /// <returns>Whether the query is this option and well-formed.</returns>
    public static bool TryParseKey(string? query, string prefix, out Guid key)
    {
        key = Guid.Empty;
        return query is not null
            && query.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(query.AsSpan(prefix.Length).Trim(), out key)
            && key != Guid.Empty;
    }

    private static string? TryNormalise(ReadOnlySpan<char> piece, ListValueKind kind) => kind switch
    {
        ListValueKind.Topic => DiplomaticTerms.NormaliseTopic(piece),
        ListValueKind.Key => Guid.TryParse(piece.Trim(), out var key) && key != Guid.Empty ? key.ToString("D") : null,
        ListValueKind.EventType => DiplomaticTerms.TryGetEventTypeToken(piece, out var token) ? token : null,
        _ => null,
    };
}
