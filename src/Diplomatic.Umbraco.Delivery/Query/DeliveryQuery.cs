using System.Globalization;
using Diplomatic.Umbraco.ContentModel;
using System.Text;
using Diplomatic.Umbraco.Delivery.Pages;

namespace Diplomatic.Umbraco.Delivery.Query;

/// <summary>
/// A Delivery API content query (<c>/content?fetch=&amp;filter=&amp;sort=&amp;skip=&amp;take=&amp;expand=&amp;fields=</c>),
/// built from validated parts so no caller writes a query string by hand. Immutable: each method returns a copy.
/// </summary>
public sealed class DeliveryQuery
{
    /// <summary>The most items one page may ask for.</summary>
    public const int MaxTake = 1000;

    private readonly Selector? _fetch;
    private readonly IReadOnlyList<Filter> _filters;
    private readonly IReadOnlyList<Sort> _sorts;
    private readonly PropertySelection? _expand;
    private readonly PropertySelection? _fields;

    private DeliveryQuery(Selector? fetch, IReadOnlyList<Filter> filters, IReadOnlyList<Sort> sorts, int skip, int take, PropertySelection? expand, PropertySelection? fields, bool pageSet = false)
    {
        PageSet = pageSet;
        _fetch = fetch;
        _filters = filters;
        _sorts = sorts;
        Skip = skip;
        Take = take;
        _expand = expand;
        _fields = fields;
    }

    /// <summary>An empty query: everything, first 10 items (the API's default page).</summary>
    public static DeliveryQuery All { get; } = new(null, [], [], 0, 10, null, null);

    /// <summary>How many items to skip.</summary>
    public int Skip { get; }

    /// <summary>How many items to take.</summary>
    public int Take { get; }

    /// <summary>Whether <see cref="Page"/> was called (otherwise paging uses the client's page size).</summary>
    internal bool PageSet { get; }

    /// <summary>Sets the one selector (<c>fetch</c>); the API allows at most one.</summary>
    /// <param name="selector">The selector.</param>
    /// <returns>The new query.</returns>
    public DeliveryQuery Fetch(Selector selector) => new(selector, _filters, _sorts, Skip, Take, _expand, _fields, PageSet);

    /// <summary>Adds a filter; filters combine with AND.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The new query.</returns>
    public DeliveryQuery Where(Filter filter) => new(_fetch, [.. _filters, filter], _sorts, Skip, Take, _expand, _fields, PageSet);

    /// <summary>Adds a sort; earlier sorts win.</summary>
    /// <param name="sort">The sort.</param>
    /// <returns>The new query.</returns>
    public DeliveryQuery OrderBy(Sort sort) => new(_fetch, _filters, [.. _sorts, sort], Skip, Take, _expand, _fields, PageSet);

    /// <summary>Sets the page.</summary>
    /// <param name="skip">Items to skip, 0 or more.</param>
    /// <param name="take">Items to take, 1 to <see cref="MaxTake"/>.</param>
    /// <returns>The new query.</returns>
    public DeliveryQuery Page(int skip, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, MaxTake);
        return new(_fetch, _filters, _sorts, skip, take, _expand, _fields, pageSet: true);
    }

    /// <summary>Expands picked items (<c>expand=properties[...]</c>).</summary>
    /// <param name="selection">What to expand.</param>
    /// <returns>The new query.</returns>
    public DeliveryQuery Expand(PropertySelection selection) => new(_fetch, _filters, _sorts, Skip, Take, selection, _fields, PageSet);

    /// <summary>Limits the properties returned (<c>fields=properties[...]</c>).</summary>
    /// <param name="selection">What to return.</param>
    /// <returns>The new query.</returns>
    public DeliveryQuery Fields(PropertySelection selection) => new(_fetch, _filters, _sorts, Skip, Take, _expand, selection, PageSet);

    /// <summary>The query parameters in a fixed order: fetch, filters, sorts, skip, take, expand, fields (unescaped).</summary>
    /// <returns>The name/value pairs.</returns>
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters()
    {
        var parameters = new List<KeyValuePair<string, string>>();
        if (_fetch is { } fetch)
        {
            parameters.Add(new("fetch", fetch.Value));
        }

        parameters.AddRange(_filters.Select(f => new KeyValuePair<string, string>("filter", f.Value)));
        parameters.AddRange(_sorts.Select(s => new KeyValuePair<string, string>("sort", s.Value)));
        parameters.Add(new("skip", Skip.ToString(CultureInfo.InvariantCulture)));
        parameters.Add(new("take", Take.ToString(CultureInfo.InvariantCulture)));
        if (_expand is not null)
        {
            parameters.Add(new("expand", _expand.ToString()));
        }

        if (_fields is not null)
        {
            parameters.Add(new("fields", _fields.ToString()));
        }

        return parameters;
    }

    /// <summary>The escaped query string, starting with <c>?</c>.</summary>
    /// <returns>The query string.</returns>
    public string ToQueryString() => QueryStrings.Format(ToParameters());

    /// <inheritdoc />
    public override string ToString() => ToQueryString();
}

/// <summary>Writes escaped query strings.</summary>
internal static class QueryStrings
{
    public static string Format(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            text.Append(text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }
}

/// <summary>A selector (<c>fetch=</c>): where the items come from.</summary>
public readonly record struct Selector
{
    private Selector(string value) => Value = value;

    /// <summary>The parameter value, e.g. <c>children:{key}</c>.</summary>
    public string Value { get; }

    /// <summary>The children of an item.</summary>
    /// <param name="id">The parent's key.</param>
    /// <returns>The selector.</returns>
    public static Selector Children(Guid id) => new("children:" + Key(id));

    /// <summary>The children of an item.</summary>
    /// <param name="path">The parent's path.</param>
    /// <returns>The selector.</returns>
    public static Selector Children(string path) => new("children:" + Validation.Path(path));

    /// <summary>The descendants of an item.</summary>
    /// <param name="id">The ancestor's key.</param>
    /// <returns>The selector.</returns>
    public static Selector Descendants(Guid id) => new("descendants:" + Key(id));

    /// <summary>The ancestors of an item.</summary>
    /// <param name="id">The item's key.</param>
    /// <returns>The selector.</returns>
    public static Selector Ancestors(Guid id) => new("ancestors:" + Key(id));

    /// <summary>The items related to an item (same countries and topics; Diplomatic's <c>related:</c> selector).</summary>
    /// <param name="id">The item's key.</param>
    /// <returns>The selector.</returns>
    public static Selector Related(Guid id) => new(DeliveryQueryWords.Related + ":" + Key(id));

    /// <inheritdoc />
    public override string ToString() => Value;

    private static string Key(Guid id) =>
        id == Guid.Empty ? throw new ArgumentException("The empty GUID is not an item key.", nameof(id)) : id.ToString("D");
}

/// <summary>How a date filter compares.</summary>
public enum DateComparison
{
    /// <summary>Strictly after (<c>&gt;</c>).</summary>
    After,

    /// <summary>On or after (<c>&gt;:</c>).</summary>
    OnOrAfter,

    /// <summary>Strictly before (<c>&lt;</c>).</summary>
    Before,

    /// <summary>On or before (<c>&lt;:</c>).</summary>
    OnOrBefore,
}

/// <summary>A filter (<c>filter=</c>): the built-in ones and Diplomatic's own.</summary>
public readonly record struct Filter
{
    private Filter(string value) => Value = value;

    /// <summary>The parameter value, e.g. <c>country:az,pk</c>.</summary>
    public string Value { get; }

    /// <summary>Items of a content type (built-in).</summary>
    /// <param name="alias">The alias, e.g. <see cref="DeliveryAliases.ContentTypes.Article"/>.</param>
    /// <param name="negate">Items NOT of that type.</param>
    /// <returns>The filter.</returns>
    public static Filter ContentType(string alias, bool negate = false) => new("contentType:" + (negate ? "!" : string.Empty) + Validation.Token(alias, nameof(alias)));

    /// <summary>Items whose name contains a text (built-in).</summary>
    /// <param name="name">The text.</param>
    /// <param name="negate">Items whose name does NOT contain it.</param>
    /// <returns>The filter.</returns>
    public static Filter Name(string name, bool negate = false) => new("name:" + (negate ? "!" : string.Empty) + Validation.Text(name, nameof(name)));

    /// <summary>Items about any of the countries (<c>country:az,pk</c>).</summary>
    /// <param name="countries">ISO alpha-2 or alpha-3 codes or English short names; any one matches.</param>
    /// <returns>The filter.</returns>
    public static Filter Country(params string[] countries) => new(DeliveryQueryWords.Country + ":" + Validation.List(countries, nameof(countries)));

    /// <summary>Items about none of the countries (<c>country:!az</c>).</summary>
    /// <param name="countries">ISO codes or English short names.</param>
    /// <returns>The filter.</returns>
    public static Filter NotCountry(params string[] countries) => new(DeliveryQueryWords.Country + ":!" + Validation.List(countries, nameof(countries)));

    /// <summary>Items with a topic (<c>topic:energy</c>).</summary>
    /// <param name="topic">The topic tag.</param>
    /// <param name="negate">Items without it.</param>
    /// <returns>The filter.</returns>
    public static Filter Topic(string topic, bool negate = false) => new(DeliveryQueryWords.Topic + ":" + (negate ? "!" : string.Empty) + Validation.ListItem(topic, nameof(topic)));

    /// <summary>Items by an author (<c>author:{key}</c>).</summary>
    /// <param name="authorId">The author's key.</param>
    /// <returns>The filter.</returns>
    public static Filter Author(Guid authorId) => new(DeliveryQueryWords.Author + ":" + Validation.Key(authorId, nameof(authorId)));

    /// <summary>Items in a booklet (<c>booklet:{key}</c>).</summary>
    /// <param name="bookletId">The booklet's key.</param>
    /// <returns>The filter.</returns>
    public static Filter Booklet(Guid bookletId) => new(DeliveryQueryWords.Booklet + ":" + Validation.Key(bookletId, nameof(bookletId)));

    /// <summary>
    /// Leaves items out by key (<c>exclude:{key},{key}</c>), e.g. the article itself next to <c>fetch=related:{key}</c>,
    /// whose selector cannot leave its own item out.
    /// </summary>
    /// <param name="ids">The keys of the items to leave out.</param>
    /// <returns>The filter.</returns>
    public static Filter Exclude(params Guid[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Length == 0)
        {
            throw new ArgumentException("Give at least one key to exclude.", nameof(ids));
        }

        return new(DeliveryQueryWords.Exclude + ":" + string.Join(',', ids.Select(id => Validation.Key(id, nameof(ids)))));
    }

    /// <summary>Events of a type (<c>eventType:stateVisit</c>).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The filter.</returns>
    public static Filter EventType(ContentModel.EventType type) =>
        Enum.IsDefined(type) ? new(DeliveryQueryWords.EventType + ":" + Vocabularies.Token(type)) : throw new ArgumentOutOfRangeException(nameof(type));

    /// <summary>Items by publish date (<c>publishDate&gt;2024-01-01</c>).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="date">The date.</param>
    /// <returns>The filter.</returns>
    public static Filter PublishDate(DateComparison comparison, DateOnly date) => Date(DeliveryQueryWords.PublishDate, comparison, date);

    /// <summary>Events by start date (<c>eventDate&gt;:2026-11-27</c>).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="date">The date.</param>
    /// <returns>The filter.</returns>
    public static Filter EventDate(DateComparison comparison, DateOnly date) => Date(DeliveryQueryWords.EventDate, comparison, date);

    /// <summary>Items by creation date (built-in).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="date">The date.</param>
    /// <returns>The filter.</returns>
    public static Filter CreateDate(DateComparison comparison, DateOnly date) => Date("createDate", comparison, date);

    /// <summary>Items by update date (built-in).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="date">The date.</param>
    /// <returns>The filter.</returns>
    public static Filter UpdateDate(DateComparison comparison, DateOnly date) => Date("updateDate", comparison, date);

    /// <inheritdoc />
    public override string ToString() => Value;

    private static Filter Date(string field, DateComparison comparison, DateOnly date) => new(field + comparison switch
    {
        DateComparison.After => ">",
        DateComparison.OnOrAfter => ">:",
        DateComparison.Before => "<",
        DateComparison.OnOrBefore => "<:",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison)),
    } + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

/// <summary>Sort direction.</summary>
public enum SortDirection
{
    /// <summary>Ascending.</summary>
    Ascending,

    /// <summary>Descending.</summary>
    Descending,
}

/// <summary>A sort (<c>sort=</c>).</summary>
public readonly record struct Sort
{
    private Sort(string field, SortDirection direction) =>
        Value = field + ":" + (direction switch
        {
            SortDirection.Ascending => "asc",
            SortDirection.Descending => "desc",
            _ => throw new ArgumentOutOfRangeException(nameof(direction)),
        });

    /// <summary>The parameter value, e.g. <c>publishDate:desc</c>.</summary>
    public string Value { get; }

    /// <summary>By the publish date readers see (Diplomatic).</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The sort.</returns>
    public static Sort PublishDate(SortDirection direction) => new(DeliveryQueryWords.PublishDate, direction);

    /// <summary>By an event's start date (Diplomatic).</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The sort.</returns>
    public static Sort EventDate(SortDirection direction) => new(DeliveryQueryWords.EventDate, direction);

    /// <summary>By position among siblings (built-in).</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The sort.</returns>
    public static Sort SortOrder(SortDirection direction = SortDirection.Ascending) => new("sortOrder", direction);

    /// <summary>By name (built-in).</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The sort.</returns>
    public static Sort Name(SortDirection direction) => new("name", direction);

    /// <summary>By creation date (built-in).</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The sort.</returns>
    public static Sort CreateDate(SortDirection direction) => new("createDate", direction);

    /// <summary>By update date (built-in).</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The sort.</returns>
    public static Sort UpdateDate(SortDirection direction) => new("updateDate", direction);

    /// <summary>By tree level (built-in).</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The sort.</returns>
    public static Sort Level(SortDirection direction) => new("level", direction);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>
/// A property selection for <c>expand</c> and <c>fields</c>: <c>properties[$all]</c> or
/// <c>properties[factBoxes,authors[properties[role]]]</c>.
/// </summary>
public sealed class PropertySelection
{
    private readonly IReadOnlyList<(string Alias, PropertySelection? Nested)>? _properties;

    private PropertySelection(IReadOnlyList<(string Alias, PropertySelection? Nested)>? properties) => _properties = properties;

    /// <summary>Every property (<c>properties[$all]</c>).</summary>
    public static PropertySelection All { get; } = new(null);

    /// <summary>The named properties, none nested.</summary>
    /// <param name="aliases">Property aliases, e.g. <see cref="DeliveryAliases.Properties.FactBoxes"/>.</param>
    /// <returns>The selection.</returns>
    public static PropertySelection Of(params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        if (aliases.Length == 0)
        {
            throw new ArgumentException("Name at least one property.", nameof(aliases));
        }

        return new(aliases.Select(a => (Validation.Token(a, nameof(aliases)), (PropertySelection?)null)).ToList());
    }

    /// <summary>Adds a property with a nested selection, e.g. <c>authors[properties[role]]</c>.</summary>
    /// <param name="alias">The property alias.</param>
    /// <param name="nested">What to select inside the picked items.</param>
    /// <returns>The new selection.</returns>
    public PropertySelection With(string alias, PropertySelection nested)
    {
        ArgumentNullException.ThrowIfNull(nested);
        if (_properties is null)
        {
            throw new InvalidOperationException("'$all' cannot be combined with named properties.");
        }

        return new([.. _properties.Where(p => p.Alias != alias), (Validation.Token(alias, nameof(alias)), nested)]);
    }

    /// <inheritdoc />
    public override string ToString() =>
        _properties is null
            ? "properties[$all]"
            : "properties[" + string.Join(",", _properties.Select(p => p.Nested is null ? p.Alias : p.Alias + "[" + p.Nested + "]")) + "]";
}

/// <summary>Checks the values that go into query parameters.</summary>
internal static class Validation
{
    public const int MaxLength = 200;

    /// <summary>An alias: letters, digits, '_' and '-' only.</summary>
    public static string Token(string value, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameter);
        if (value.Length > MaxLength || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new ArgumentException($"'{value}' is not an alias: use letters, digits, '_' or '-'.", parameter);
        }

        return value;
    }

    /// <summary>Free text: no control characters, not too long.</summary>
    public static string Text(string value, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameter);
        if (value.Length > MaxLength || value.Any(char.IsControl))
        {
            throw new ArgumentException($"The {parameter} must be at most {MaxLength} characters without control characters.", parameter);
        }

        return value.Trim();
    }

    /// <summary>One entry of a comma-separated list: text that is not empty and has no comma and no leading '!'.</summary>
    public static string ListItem(string value, string parameter)
    {
        var text = Text(value, parameter);
        if (text.Contains(',') || text.StartsWith('!'))
        {
            throw new ArgumentException(
                $"'{text}' cannot be used as a filter value: a comma means OR and a leading '!' means NOT. For a country named with a comma use its ISO code.",
                parameter);
        }

        return text;
    }

    public static string List(string[] values, string parameter)
    {
        ArgumentNullException.ThrowIfNull(values, parameter);
        if (values.Length == 0)
        {
            throw new ArgumentException("Name at least one value.", parameter);
        }

        return string.Join(",", values.Select(v => ListItem(v, parameter)));
    }

    public static string Key(Guid id, string parameter) =>
        id == Guid.Empty ? throw new ArgumentException("The empty GUID is not an item key.", parameter) : id.ToString("D");

    /// <summary>An item path: segments without '.', '..', '?' or '#'.</summary>
    public static string Path(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            if (segment is "." or ".." || segment.Any(c => char.IsControl(c) || c is '?' or '#' or '\\') || segment.Length > MaxLength)
            {
                throw new ArgumentException($"'{path}' is not a content path.", nameof(path));
            }
        }

        return "/" + string.Join("/", segments) + (segments.Length > 0 ? "/" : string.Empty);
    }
}
