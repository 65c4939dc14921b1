using Diplomatic.Umbraco.ContentModel;
using Umbraco.Cms.Core.DeliveryApi;
using F = Diplomatic.Umbraco.DeliveryApi.DiplomaticIndexFields;

namespace Diplomatic.Umbraco.DeliveryApi.Querying;

/// <summary>
/// <c>filter=publishDate&gt;2024-01-01</c> (also <c>&gt;:</c>, <c>&lt;</c>, <c>&lt;:</c>): booklets and articles by the
/// publish date readers see. The date must be <c>yyyy-MM-dd</c>; anything else answers 400.
/// </summary>
public sealed class PublishDateFilter : IFilterHandler
{
    private const string Name = DeliveryQueryWords.PublishDate;

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryParser.TryParseDateRange(query, Name, out _, out _);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter) => DateRangeFilter.Build(filter, Name, F.PublishDate);
}

/// <summary>
/// <c>filter=eventDate&gt;:2026-11-27</c> (also <c>&gt;</c>, <c>&lt;</c>, <c>&lt;:</c>): events by start date; a year-precision
/// event counts as 1 January of its year, a month-precision one as the first of its month.
/// </summary>
public sealed class EventDateFilter : IFilterHandler
{
    private const string Name = DeliveryQueryWords.EventDate;

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryParser.TryParseDateRange(query, Name, out _, out _);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter) => DateRangeFilter.Build(filter, Name, F.EventDate);
}

/// <summary>The shared body of the date range filters.</summary>
internal static class DateRangeFilter
{
    /// <summary>Builds the option, or a no-match option if the query is malformed (never throws).</summary>
    /// <param name="filter">The filter query.</param>
    /// <param name="name">The filter name.</param>
    /// <param name="field">The index field.</param>
    /// <returns>The option.</returns>
    public static FilterOption Build(string filter, string name, string field) =>
        QueryParser.TryParseDateRange(filter, name, out var operation, out var date)
            ? new FilterOption { FieldName = field, Values = [date], Operator = operation }
            : ListFilter.NoMatch();
}
