using Diplomatic.Umbraco.ContentModel;
using Umbraco.Cms.Core.DeliveryApi;
using F = Diplomatic.Umbraco.DeliveryApi.DiplomaticIndexFields;

namespace Diplomatic.Umbraco.DeliveryApi.Querying;

/// <summary><c>sort=publishDate:desc</c> (or <c>:asc</c>): by the publish date readers see. Another direction answers 400.</summary>
public sealed class PublishDateSort : ISortHandler
{
    private const string Prefix = DeliveryQueryWords.PublishDate + ":";

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryParser.TryParseSort(query, Prefix, out _);

    /// <inheritdoc />
    public SortOption BuildSortOption(string sort)
    {
        QueryParser.TryParseSort(sort, Prefix, out var direction);
        return new SortOption { FieldName = F.PublishDate, Direction = direction };
    }
}

/// <summary><c>sort=eventDate:asc</c> (or <c>:desc</c>): events by start date (year precision sorts as 1 January).</summary>
public sealed class EventDateSort : ISortHandler
{
    private const string Prefix = DeliveryQueryWords.EventDate + ":";

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryParser.TryParseSort(query, Prefix, out _);

    /// <inheritdoc />
    public SortOption BuildSortOption(string sort)
    {
        QueryParser.TryParseSort(sort, Prefix, out var direction);
        return new SortOption { FieldName = F.EventDate, Direction = direction };
    }
}
