using System.Net;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.IntegrationTests.Support;
using static Diplomatic.Umbraco.IntegrationTests.Support.TestContent;

namespace Diplomatic.Umbraco.IntegrationTests.DeliveryApi;

/// <summary>
/// The documented filters, sorts and selector against the real Delivery API and its Examine index: each answer's keys,
/// order and total against what the published content says (<see cref="TestContent.Published"/>).
/// </summary>
[Collection(InstalledSiteCollection.Name)]
public sealed class QueryTests
{
    private static readonly IReadOnlyList<PublishedItem> Items = Published();
    private static readonly string[] Parts = ["article", "factBox", "event"];

    /// <summary>Each case: the query, which published items it must answer, and the order when it sorts.</summary>
    private static readonly Dictionary<string, (Func<PublishedItem, bool> Matches, Func<IEnumerable<PublishedItem>, IEnumerable<PublishedItem>>? Order)> Cases = new()
    {
        ["filter=contentType:article&filter=country:tr"] = (i => i.ContentType == "article" && i.Countries.Contains("Türkiye"), null),
        ["filter=contentType:event&filter=country:az,pk"] = (i => i.ContentType == "event" && (i.Countries.Contains("Azerbaijan") || i.Countries.Contains("Pakistan")), null),
        ["filter=contentType:factBox&filter=country:AZE&filter=country:Pakistan"] = (i => i.ContentType == "factBox" && i.Countries.Contains("Azerbaijan") && i.Countries.Contains("Pakistan"), null),
        ["filter=contentType:article&filter=country:!az"] = (i => i.ContentType == "article" && !i.Countries.Contains("Azerbaijan"), null),
        ["filter=contentType:article&filter=country:!tr,pk"] = (i => i.ContentType == "article" && !i.Countries.Contains("Türkiye") && !i.Countries.Contains("Pakistan"), null),
        ["filter=contentType:factBox&filter=topic:energy"] = (i => i.ContentType == "factBox" && i.Topics.Contains("energy"), null),
        ["filter=contentType:event&filter=topic:TRADE"] = (i => i.ContentType == "event" && i.Topics.Contains("trade"), null),
        [$"filter=contentType:article&filter=author:{SeedAuthor}"] = (i => i.ContentType == "article" && i.Authors.Contains(SeedAuthor), null),
        [$"filter=booklet:{FirstBooklet}"] = (i => i.Booklet == FirstBooklet, null),
        [$"filter=booklet:{SecondBooklet}&filter=contentType:event&sort=eventDate:asc"] = (i => i.Booklet == SecondBooklet && i.ContentType == "event", e => e.OrderBy(i => i.EventDate)),
        ["filter=eventType:stateVisit"] = (i => i.EventType == "State visit", null),
        ["filter=eventType:STATEVISIT,summit&filter=country:tr"] = (i => i.EventType is "State visit" or "Summit" && i.Countries.Contains("Türkiye"), null),
        ["filter=contentType:article&filter=publishDate>:2019-01-10&filter=publishDate<2024-03-15"] = (i => i.ContentType == "article" && i.PublishDate >= new DateTime(2019, 1, 10) && i.PublishDate < new DateTime(2024, 3, 15), null),
        ["filter=contentType:booklet&filter=publishDate>2020-01-01"] = (i => i.ContentType == "booklet" && i.PublishDate > new DateTime(2020, 1, 1), null),
        ["filter=contentType:event&filter=eventDate<2000-01-01&sort=eventDate:asc"] = (i => i.ContentType == "event" && i.EventDate < new DateTime(2000, 1, 1), e => e.OrderBy(i => i.EventDate)),
        ["filter=contentType:event&filter=eventDate>:2030-05-01"] = (i => i.ContentType == "event" && i.EventDate >= new DateTime(2030, 5, 1), null),
        // Two of these events share a year (no order between them), so only the set is compared.
        ["filter=contentType:event&filter=eventDate<:2016-01-01&filter=eventDate>:2005-01-01&sort=eventDate:desc"] = (i => i.ContentType == "event" && i.EventDate <= new DateTime(2016, 1, 1) && i.EventDate >= new DateTime(2005, 1, 1), null),
        [$"filter=booklet:{SecondBooklet}&filter=contentType:article&sort=publishDate:desc"] = (i => i.Booklet == SecondBooklet && i.ContentType == "article", e => e.OrderByDescending(i => i.PublishDate)),
        [$"filter=booklet:{SecondBooklet}&filter=contentType:article&sort=publishDate:asc"] = (i => i.Booklet == SecondBooklet && i.ContentType == "article", e => e.OrderBy(i => i.PublishDate)),
        [$"filter=booklet:{SecondBooklet}&filter=contentType:event&filter=exclude:{OldVisit}"] = (i => i.Booklet == SecondBooklet && i.ContentType == "event" && i.Key != OldVisit, null),
        [$"fetch=related:{TurkeyArticle}&filter=exclude:{TurkeyArticle}"] = (i => Parts.Contains(i.ContentType) && i.Key != TurkeyArticle && (i.Countries.Contains("Türkiye") || i.Topics.Contains("trade")), null),
        [$"fetch=related:{OldVisit}&filter=contentType:event"] = (i => i.ContentType == "event" && (i.Countries.Intersect(["Türkiye", "Pakistan"]).Any() || i.Topics.Contains("diplomacy")), null),
    };

    private readonly InstalledSite _site;

    public QueryTests(InstalledSite site) => _site = site;

    public static TheoryData<string> Queries => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_query_answers_exactly_the_published_items_it_describes(string query)
    {
        var (matches, order) = Cases[query];
        var expected = Items.Where(matches).ToList();
        Assert.NotEmpty(expected);

        using var response = await _site.DeliveryAsync($"content?{query}&take=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var keys = body["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).ToList();
        Assert.Equal(expected.Count, body["total"]!.GetValue<int>());
        if (order is null)
        {
            Assert.Equal(expected.Select(i => i.Key).Order(), keys.Order());
        }
        else
        {
            Assert.Equal(order(expected).Select(i => i.Name), keys.Select(k => Items.Single(i => i.Key == k).Name));
        }
    }

    [Fact]
    public async Task Paging_takes_a_window_of_the_sorted_answer_and_reports_the_whole_total()
    {
        var all = Items.Where(i => i.ContentType == "event").OrderBy(i => i.EventDate).Select(i => i.Key).ToList();

        using var response = await _site.DeliveryAsync("content?filter=contentType:event&sort=eventDate:asc&skip=2&take=3");

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(all.Count, body["total"]!.GetValue<int>());
        Assert.Equal(all.Skip(2).Take(3), body["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())));
    }

    [Fact]
    public async Task The_stock_children_query_lists_the_booklet_in_editorial_order()
    {
        var children = Repository.USyncItems("Content")
            .Where(f => f.Element("Info")!.Element("Parent")!.Attribute("Key")!.Value == FirstBooklet.ToString())
            .OrderBy(f => int.Parse(f.Element("Info")!.Element("SortOrder")!.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Select(f => Guid.Parse(f.Attribute("Key")!.Value));

        using var response = await _site.DeliveryAsync($"content?fetch=children:{FirstBooklet}&sort=sortOrder:asc&take=100");

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(children, body["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())));
    }
}
