using Diplomatic.Umbraco.DeliveryApi;
using Diplomatic.Umbraco.DeliveryApi.Querying;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models.PublishedContent;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.Tests.DeliveryApi;

public class QueryHandlerTests
{
    private const string Author1 = "7c630f15-8d93-4980-a0fc-027314dc827a";
    private const string Author2 = "75380b4f-6d6e-47a1-9222-975cdfb2ac5f";

    private static readonly IFilterHandler[] Filters =
    [
        new CountryFilter(), new TopicFilter(), new AuthorFilter(), new BookletFilter(), new EventTypeFilter(),
        new PublishDateFilter(), new EventDateFilter(), new ExcludeFilter(),
    ];

    private static readonly ISortHandler[] Sorts = [new PublishDateSort(), new EventDateSort()];

    public static TheoryData<string, string, string[], FilterOperation> WellFormedFilters => new()
    {
        { "country:az,pk", DiplomaticIndexFields.Countries, ["az", "pk"], FilterOperation.Is },
        { "country:AZ", DiplomaticIndexFields.Countries, ["az"], FilterOperation.Is },
        { "COUNTRY:aze,PAK", DiplomaticIndexFields.Countries, ["az", "pk"], FilterOperation.Is },
        { "country:Azerbaijan, pakistan", DiplomaticIndexFields.Countries, ["az", "pk"], FilterOperation.Is },
        { "country:!az", DiplomaticIndexFields.Countries, ["az"], FilterOperation.IsNot },
        { "country:!az,Pakistan", DiplomaticIndexFields.Countries, ["az", "pk"], FilterOperation.IsNot },
        { "country:Bolivia, Plurinational State of,pk", DiplomaticIndexFields.Countries, ["bo", "pk"], FilterOperation.Is },
        { "country:congo", DiplomaticIndexFields.Countries, ["cg"], FilterOperation.Is },
        { "country:Congo, The Democratic Republic of the", DiplomaticIndexFields.Countries, ["cd"], FilterOperation.Is },
        { "topic:energy", DiplomaticIndexFields.Topics, ["energy"], FilterOperation.Is },
        { "topic:Energy, TRADE", DiplomaticIndexFields.Topics, ["energy", "trade"], FilterOperation.Is },
        { "topic:!culture", DiplomaticIndexFields.Topics, ["culture"], FilterOperation.IsNot },
        { $"author:{Author1}", DiplomaticIndexFields.Authors, [Author1], FilterOperation.Is },
        { $"author:{Author1.ToUpperInvariant()},{Author2.Replace("-", string.Empty)}", DiplomaticIndexFields.Authors, [Author1, Author2], FilterOperation.Is },
        { $"author:!{Author2}", DiplomaticIndexFields.Authors, [Author2], FilterOperation.IsNot },
        { $"booklet:{Author1}", DiplomaticIndexFields.Booklet, [Author1], FilterOperation.Is },
        { $"booklet:{{{Author2}}}", DiplomaticIndexFields.Booklet, [Author2], FilterOperation.Is },
        { "eventType:stateVisit", DiplomaticIndexFields.EventType, ["stateVisit"], FilterOperation.Is },
        { "eventType:STATEVISIT,summit", DiplomaticIndexFields.EventType, ["stateVisit", "summit"], FilterOperation.Is },
        { "eventType:State visit", DiplomaticIndexFields.EventType, ["stateVisit"], FilterOperation.Is },
        { "eventType:!other", DiplomaticIndexFields.EventType, ["other"], FilterOperation.IsNot },
        { "publishDate>2024-01-01", DiplomaticIndexFields.PublishDate, ["2024-01-01"], FilterOperation.GreaterThan },
        { "publishDate>:2024-01-01", DiplomaticIndexFields.PublishDate, ["2024-01-01"], FilterOperation.GreaterThanOrEqual },
        { "publishDate<2024-12-31", DiplomaticIndexFields.PublishDate, ["2024-12-31"], FilterOperation.LessThan },
        { "PUBLISHDATE<:2024-02-29", DiplomaticIndexFields.PublishDate, ["2024-02-29"], FilterOperation.LessThanOrEqual },
        { "eventDate>:2026-11-27", DiplomaticIndexFields.EventDate, ["2026-11-27"], FilterOperation.GreaterThanOrEqual },
        { "eventDate<2000-01-01", DiplomaticIndexFields.EventDate, ["2000-01-01"], FilterOperation.LessThan },
        { "eventDate>1992-01-01", DiplomaticIndexFields.EventDate, ["1992-01-01"], FilterOperation.GreaterThan },
        { "eventDate<:1992-05-14", DiplomaticIndexFields.EventDate, ["1992-05-14"], FilterOperation.LessThanOrEqual },
        { $"exclude:{Author1}", DiplomaticIndexFields.Key, [Author1], FilterOperation.IsNot },
        { $"exclude:{Author1},{Author2}", DiplomaticIndexFields.Key, [Author1, Author2], FilterOperation.IsNot },
    };

    public static TheoryData<string> MalformedFilters => new(MalformedQueries.Filters);

    [Theory]
    [MemberData(nameof(WellFormedFilters))]
    public void A_well_formed_filter_is_handled_by_exactly_one_handler_and_built_into_its_option(
        string query, string field, string[] values, FilterOperation operation)
    {
        var handler = Assert.Single(Filters, f => f.CanHandle(query));

        var option = handler.BuildFilterOption(query);

        Assert.Equal(field, option.FieldName);
        Assert.Equal(values, option.Values);
        Assert.Equal(operation, option.Operator);
    }

    [Theory]
    [MemberData(nameof(MalformedFilters))]
    public void A_malformed_filter_is_refused_by_every_handler_so_Umbraco_answers_400(string query)
    {
        Assert.DoesNotContain(Filters, f => f.CanHandle(query));
    }

    [Theory]
    [MemberData(nameof(MalformedFilters))]
    public void Building_a_malformed_filter_never_throws_and_matches_nothing(string query)
    {
        foreach (var handler in Filters)
        {
            var option = handler.BuildFilterOption(query);

            Assert.Equal(DiplomaticIndexFields.Key, option.FieldName);
            Assert.Equal([QueryParser.NoMatch], option.Values);
            Assert.Equal(FilterOperation.Is, option.Operator);
        }
    }

    [Theory]
    [InlineData("contentType:article")]
    [InlineData("name:Azerbaijan")]
    [InlineData("createDate>2024-01-01")]
    [InlineData("countries:az")]
    [InlineData("topics:energy")]
    public void Filters_of_others_are_left_to_them(string query)
    {
        Assert.DoesNotContain(Filters, f => f.CanHandle(query));
    }

    [Theory]
    [InlineData("publishDate:asc", DiplomaticIndexFields.PublishDate, Direction.Ascending)]
    [InlineData("publishDate:desc", DiplomaticIndexFields.PublishDate, Direction.Descending)]
    [InlineData("PublishDate:DESC", DiplomaticIndexFields.PublishDate, Direction.Descending)]
    [InlineData("eventDate:asc", DiplomaticIndexFields.EventDate, Direction.Ascending)]
    [InlineData("eventDate:Desc", DiplomaticIndexFields.EventDate, Direction.Descending)]
    public void A_well_formed_sort_is_built_into_its_option(string query, string field, Direction direction)
    {
        var handler = Assert.Single(Sorts, s => s.CanHandle(query));

        var option = handler.BuildSortOption(query);

        Assert.Equal(field, option.FieldName);
        Assert.Equal(direction, option.Direction);
    }

    public static TheoryData<string> MalformedOrForeignSorts => new(MalformedQueries.Sorts.Append("updateDate:desc"));

    [Theory]
    [MemberData(nameof(MalformedOrForeignSorts))]
    public void A_malformed_or_foreign_sort_is_refused(string query)
    {
        Assert.DoesNotContain(Sorts, s => s.CanHandle(query));
    }

    [Theory]
    [InlineData("related:", false)]
    [InlineData("related:not-a-guid", false)]
    [InlineData("related:00000000-0000-0000-0000-000000000000", false)]
    [InlineData("children:" + Author1, false)]
    [InlineData("related:" + Author1, true)]
    [InlineData("RELATED:" + Author1, true)]
    public void The_related_selector_takes_only_a_key(string query, bool handled)
    {
        var selector = new RelatedSelector(Mock.Of<IApiPublishedContentCache>());

        Assert.Equal(handled, selector.CanHandle(query));
    }

    [Fact]
    public void The_related_selector_matches_the_items_countries_and_topics_in_one_field()
    {
        var key = Guid.Parse(Author1);
        var item = PublishedItem(key, "[\"Azerbaijan\",\"Pakistan\"]", "[\"Energy\",\"trade\"]");
        var cache = new Mock<IApiPublishedContentCache>();
        cache.Setup(c => c.GetById(key)).Returns(item);

        var option = new RelatedSelector(cache.Object).BuildSelectorOption("related:" + Author1);

        Assert.Equal(DiplomaticIndexFields.RelatedTerms, option.FieldName);
        Assert.Equal(["country:az", "country:pk", "topic:energy", "topic:trade"], option.Values);
    }

    [Fact]
    public void The_related_selector_matches_nothing_for_an_unknown_item_or_one_without_terms()
    {
        var bare = Guid.NewGuid();
        var cache = new Mock<IApiPublishedContentCache>();
        cache.Setup(c => c.GetById(bare)).Returns(PublishedItem(bare, null, "[]"));
        var selector = new RelatedSelector(cache.Object);

        Assert.Equal([QueryParser.NoMatch], selector.BuildSelectorOption("related:" + Author1).Values);
        Assert.Equal([QueryParser.NoMatch], selector.BuildSelectorOption("related:" + bare).Values);
        Assert.Equal([QueryParser.NoMatch], selector.BuildSelectorOption("related:garbage").Values);
    }

    private static IPublishedContent PublishedItem(Guid key, string? countries, string? topics)
    {
        var item = new Mock<IPublishedContent>();
        item.SetupGet(c => c.Key).Returns(key);
        item.Setup(c => c.GetProperty(P.Bilateral.Countries)).Returns(Property(countries));
        item.Setup(c => c.GetProperty(P.Bilateral.Topics)).Returns(Property(topics));
        return item.Object;
    }

    private static IPublishedProperty Property(string? source)
    {
        var property = new Mock<IPublishedProperty>();
        property.Setup(p => p.GetSourceValue(It.IsAny<string?>(), It.IsAny<string?>())).Returns(source);
        return property.Object;
    }
}
