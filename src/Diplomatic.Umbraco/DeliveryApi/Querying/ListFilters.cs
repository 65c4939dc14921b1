using Diplomatic.Umbraco.ContentModel;
using Umbraco.Cms.Core.DeliveryApi;
using F = Diplomatic.Umbraco.DeliveryApi.DiplomaticIndexFields;

namespace Diplomatic.Umbraco.DeliveryApi.Querying;

/// <summary>The shared body of the plugin's list filters (<c>name:a,b</c>, <c>name:!a,b</c>).</summary>
internal static class ListFilter
{
    /// <summary>Builds the option, or a no-match option if the query is malformed (never throws).</summary>
    /// <param name="filter">The filter query.</param>
    /// <param name="prefix">The filter's prefix.</param>
    /// <param name="kind">What its values are.</param>
    /// <param name="field">The index field.</param>
    /// <returns>The option.</returns>
    public static FilterOption Build(string filter, string prefix, ListValueKind kind, string field) =>
        QueryParser.TryParseList(filter, prefix, kind, out var values, out var negate)
            ? new FilterOption { FieldName = field, Values = values, Operator = negate ? FilterOperation.IsNot : FilterOperation.Is }
            : NoMatch();

    /// <summary>An option that matches nothing: the answer to a query that should not have reached the builder.</summary>
    /// <returns>The option.</returns>
    public static FilterOption NoMatch() =>
        new() { FieldName = F.Key, Values = [QueryParser.NoMatch], Operator = FilterOperation.Is };
}

/// <summary>
/// <c>filter=country:az,pk</c>: items about any of the countries (ISO alpha-2, alpha-3 or English short name, any
/// case); <c>country:!az</c> excludes them. An unknown country or an empty value answers 400.
/// </summary>
public sealed class CountryFilter : IFilterHandler
{
    private const string Prefix = DeliveryQueryWords.Country + ":";

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryParser.TryParseList(query, Prefix, ListValueKind.Country, out _, out _);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter) => ListFilter.Build(filter, Prefix, ListValueKind.Country, F.Countries);
}

/// <summary><c>filter=topic:energy,trade</c>: items with any of the topics (any case); <c>topic:!energy</c> excludes them.</summary>
public sealed class TopicFilter : IFilterHandler
{
    private const string Prefix = DeliveryQueryWords.Topic + ":";

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryParser.TryParseList(query, Prefix, ListValueKind.Topic, out _, out _);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter) => ListFilter.Build(filter, Prefix, ListValueKind.Topic, F.Topics);
}

/// <summary><c>filter=author:{key}</c>: booklets and articles by any of the authors (author document keys).</summary>
public sealed class AuthorFilter : IFilterHandler
{
    private const string Prefix = DeliveryQueryWords.Author + ":";

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryParser.TryParseList(query, Prefix, ListValueKind.Key, out _, out _);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter) => ListFilter.Build(filter, Prefix, ListValueKind.Key, F.Authors);
}

/// <summary><c>filter=booklet:{key}</c>: the articles, fact boxes and events of a booklet, at any depth below it.</summary>
public sealed class BookletFilter : IFilterHandler
{
    private const string Prefix = DeliveryQueryWords.Booklet + ":";

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryParser.TryParseList(query, Prefix, ListValueKind.Key, out _, out _);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter) => ListFilter.Build(filter, Prefix, ListValueKind.Key, F.Booklet);
}

/// <summary><c>filter=eventType:stateVisit,summit</c>: events of any of the types (tokens, any case).</summary>
public sealed class EventTypeFilter : IFilterHandler
{
    private const string Prefix = DeliveryQueryWords.EventType + ":";

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryParser.TryParseList(query, Prefix, ListValueKind.EventType, out _, out _);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter) => ListFilter.Build(filter, Prefix, ListValueKind.EventType, F.EventType);
}

/// <summary>
/// <c>filter=exclude:{key}</c>: leaves the given articles, fact boxes or events out, e.g. the item itself next to
/// <c>fetch=related:{key}</c> (a selector can only add items, never remove one).
/// </summary>
public sealed class ExcludeFilter : IFilterHandler
{
    private const string Prefix = DeliveryQueryWords.Exclude + ":";

    /// <inheritdoc />
    public bool CanHandle(string query) =>
        QueryParser.TryParseList(query, Prefix, ListValueKind.Key, out _, out var negate) && !negate;

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter) =>
        QueryParser.TryParseList(filter, Prefix, ListValueKind.Key, out var values, out var negate) && !negate
            ? new FilterOption { FieldName = F.Key, Values = values, Operator = FilterOperation.IsNot }
            : ListFilter.NoMatch();
}
