using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery;
using Diplomatic.Umbraco.Delivery.Pages;
using Diplomatic.Umbraco.Delivery.Query;

namespace Diplomatic.Umbraco.Tests.Delivery;

public sealed class QueryBuilderTests
{
    private static readonly Guid Booklet = Guid.Parse("b7e2d1c0-3a4f-4e5d-9c6b-7a8f9e0d1c22");

    public static TheoryData<string, Filter> Filters() => new()
    {
        { "contentType:article", Filter.ContentType(DeliveryAliases.ContentTypes.Article) },
        { "contentType:!event", Filter.ContentType(DeliveryAliases.ContentTypes.Event, negate: true) },
        { "name:Silver jubilee", Filter.Name("Silver jubilee") },
        { "country:az,pk", Filter.Country("az", "pk") },
        { "country:AZE,Pakistan", Filter.Country("AZE", "Pakistan") },
        { "country:!in", Filter.NotCountry("in") },
        { "topic:energy", Filter.Topic("energy") },
        { "topic:!trade", Filter.Topic("trade", negate: true) },
        { "author:d4c3b2a1-f6e5-4d7c-9b8a-1c2d3e4f5a64", Filter.Author(Guid.Parse("d4c3b2a1-f6e5-4d7c-9b8a-1c2d3e4f5a64")) },
        { "booklet:b7e2d1c0-3a4f-4e5d-9c6b-7a8f9e0d1c22", Filter.Booklet(Booklet) },
        { "exclude:b7e2d1c0-3a4f-4e5d-9c6b-7a8f9e0d1c22", Filter.Exclude(Booklet) },
        { "exclude:b7e2d1c0-3a4f-4e5d-9c6b-7a8f9e0d1c22,d4c3b2a1-f6e5-4d7c-9b8a-1c2d3e4f5a64", Filter.Exclude(Booklet, Guid.Parse("d4c3b2a1-f6e5-4d7c-9b8a-1c2d3e4f5a64")) },
        { "eventType:stateVisit", Filter.EventType(EventType.StateVisit) },
        { "eventType:humanitarian", Filter.EventType(EventType.Humanitarian) },
        { "publishDate>2024-01-01", Filter.PublishDate(DateComparison.After, new DateOnly(2024, 1, 1)) },
        { "eventDate>:2026-11-27", Filter.EventDate(DateComparison.OnOrAfter, new DateOnly(2026, 11, 27)) },
        { "eventDate<2000-01-01", Filter.EventDate(DateComparison.Before, new DateOnly(2000, 1, 1)) },
        { "eventDate<:1992-12-31", Filter.EventDate(DateComparison.OnOrBefore, new DateOnly(1992, 12, 31)) },
        { "createDate>2020-05-01", Filter.CreateDate(DateComparison.After, new DateOnly(2020, 5, 1)) },
        { "updateDate<:2020-05-01", Filter.UpdateDate(DateComparison.OnOrBefore, new DateOnly(2020, 5, 1)) },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Filters_print_the_documented_syntax(string expected, Filter filter) => Assert.Equal(expected, filter.Value);

    [Fact]
    public void Sorts_and_selectors_print_the_documented_syntax()
    {
        Assert.Equal("publishDate:desc", Sort.PublishDate(SortDirection.Descending).Value);
        Assert.Equal("eventDate:asc", Sort.EventDate(SortDirection.Ascending).Value);
        Assert.Equal("sortOrder:asc", Sort.SortOrder().Value);
        Assert.Equal("name:desc", Sort.Name(SortDirection.Descending).Value);
        Assert.Equal("related:b7e2d1c0-3a4f-4e5d-9c6b-7a8f9e0d1c22", Selector.Related(Booklet).Value);
        Assert.Equal("children:b7e2d1c0-3a4f-4e5d-9c6b-7a8f9e0d1c22", Selector.Children(Booklet).Value);
        Assert.Equal("children:/azerbaijan-pakistan-relations/", Selector.Children("azerbaijan-pakistan-relations").Value);
        Assert.Equal("descendants:b7e2d1c0-3a4f-4e5d-9c6b-7a8f9e0d1c22", Selector.Descendants(Booklet).Value);
    }

    [Fact]
    public void A_full_query_is_escaped_and_in_a_fixed_order()
    {
        var query = DeliveryQuery.All
            .Expand(PropertySelection.Of("factBoxes").With("authors", PropertySelection.Of("role")))
            .OrderBy(Sort.SortOrder())
            .Where(Filter.ContentType("article"))
            .Where(Filter.Country("az", "pk"))
            .Fetch(Selector.Children(Booklet))
            .Fields(PropertySelection.All)
            .Page(20, 50);

        Assert.Equal(
            "?fetch=children%3Ab7e2d1c0-3a4f-4e5d-9c6b-7a8f9e0d1c22&filter=contentType%3Aarticle&filter=country%3Aaz%2Cpk&sort=sortOrder%3Aasc"
            + "&skip=20&take=50&expand=properties%5BfactBoxes%2Cauthors%5Bproperties%5Brole%5D%5D%5D&fields=properties%5B%24all%5D",
            query.ToQueryString());
        Assert.Equal(
            ["fetch", "filter", "filter", "sort", "skip", "take", "expand", "fields"],
            query.ToParameters().Select(p => p.Key));
        Assert.Equal("properties[factBoxes,authors[properties[role]]]", query.ToParameters().Single(p => p.Key == "expand").Value);
    }

    [Fact]
    public void Queries_are_immutable()
    {
        var articles = DeliveryQuery.All.Where(Filter.ContentType("article"));
        _ = articles.Where(Filter.Topic("energy"));
        Assert.Equal("?filter=contentType%3Aarticle&skip=0&take=10", articles.ToQueryString());
    }

    public static TheoryData<Func<object>> Invalid() => new()
    {
        () => Filter.Country("Korea, Republic of"),
        () => Filter.Country("!az"),
        () => Filter.Country(),
        () => Filter.Topic(""),
        () => Filter.Topic("energy\n&filter=x"),
        () => Filter.Topic(new string('x', 201)),
        () => Filter.ContentType("article&x=1"),
        () => Filter.Author(Guid.Empty),
        () => Filter.Exclude(),
        () => Filter.Exclude(Guid.Empty),
        () => Filter.EventType((EventType)99),
        () => Selector.Children("../secret"),
        () => PropertySelection.Of(),
        () => PropertySelection.Of("factBoxes]"),
        () => DeliveryQuery.All.Page(-1, 10),
        () => DeliveryQuery.All.Page(0, 0),
        () => DeliveryQuery.All.Page(0, DeliveryQuery.MaxTake + 1),
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_values_are_refused_before_any_request(Func<object> build) =>
        Assert.ThrowsAny<ArgumentException>(build);

    [Fact]
    public void A_country_with_a_comma_is_refused_with_advice()
    {
        var error = Assert.Throws<ArgumentException>(() => Filter.Country("Korea, Republic of"));
        Assert.Contains("ISO code", error.Message);
    }
}
