using System.Text.Json;
using Diplomatic.Umbraco.Delivery.Json;
using Diplomatic.Umbraco.Delivery.Models;

namespace Diplomatic.Umbraco.Tests.Delivery;

/// <summary>The allocation savers in the JSON layer keep the values readers see.</summary>
public sealed class DeliveryJsonTests
{
    private static PagedResult<DeliveryContent> Children() =>
        JsonSerializer.Deserialize(RecordedDeliveryApi.ReadRecorded("booklet-children.json"), DeliveryJsonContext.Default.PagedResultDeliveryContent)!;

    [Fact]
    public void Routes_start_items_and_repeated_strings_are_shared_but_read_correctly()
    {
        var items = Children().Items;

        Assert.All(items, i => Assert.Same(items[0].Route.StartItem, i.Route.StartItem));
        Assert.Equal(FirstBooklet.Tree.Key, items[0].Route.StartItem!.Id);
        Assert.Equal("the-diplomatic-insight", items[0].Route.StartItem!.Path);
        Assert.All(items, i => Assert.Same(i.Route, i.Cultures["en-US"]));
        Assert.Equal(items[0].Route.Path, items[0].Cultures["EN-us"].Path);
        Assert.Equal(["en-US"], items[0].Cultures.Keys);
        Assert.False(items[0].Cultures.ContainsKey("fr-FR"));
        Assert.Throws<KeyNotFoundException>(() => items[0].Cultures["fr-FR"]);

        var facts = items.OfType<FactBox>().ToList();
        Assert.All(facts, f => Assert.Equal(["Azerbaijan", "Pakistan"], f.Properties.Countries));
        Assert.Same(facts[0].Properties.Countries![0], facts[1].Properties.Countries![0]);
        Assert.All(facts, f => Assert.Null(f.Properties.SourceLink)); // the manuscript gives sources as text only; an empty link picker prints null
    }

    [Fact]
    public void A_link_renders_its_href_once_whether_umbraco_appended_the_query_string_to_its_url_or_not()
    {
        // As a real Umbraco 17.5.2 prints links (see clients/typescript/check/real-site): the URL of an external or
        // media link already ends with the query string; a content link has a route and the query string apart.
        const string json = """
            {"total":1,"items":[{"contentType":"factBox","name":"x","createDate":"2026-11-27T09:00:00Z","updateDate":"2026-11-27T09:00:00Z",
              "route":{"path":"/x/","queryString":null,"startItem":null},"id":"e7b00001-0000-4000-8000-000000000001",
              "properties":{"sourceLink":[
                {"url":"https://example.org/source?page=2","queryString":"?page=2","title":"Example","target":"_blank","destinationId":null,"destinationType":null,"route":null,"linkType":"External","culture":null},
                {"url":null,"queryString":"#part-2","title":"Article","target":null,"destinationId":"e7b00001-0000-4000-8000-000000000002","destinationType":"article","route":{"path":"/booklet/article/","queryString":null,"startItem":null},"linkType":"Content","culture":"en-US"}]},
              "cultures":{}}]}
            """;
        var fact = (FactBox)JsonSerializer.Deserialize(json, DeliveryJsonContext.Default.PagedResultDeliveryContent)!.Items[0];

        Assert.Equal(["https://example.org/source?page=2", "/booklet/article/#part-2"], fact.Properties.SourceLink!.Select(l => l.Href));
        Assert.Equal([null, "en-US"], fact.Properties.SourceLink!.Select(l => l.Culture));
    }

    [Fact]
    public void Escaped_long_and_null_values_read_like_plain_strings()
    {
        const string json = """
            {"total":1,"items":[{"contentType":"event","name":"x","createDate":"2017-05-02T09:14:21","updateDate":"2017-05-02T09:14:21",
              "route":{"path":"/a\u002Fb/","queryString":"?q=1","startItem":null},"id":"e7b00001-0000-4000-8000-000000000009",
              "properties":{"location":"Caf\u00e9 \"Baku\"","hostCountry":null,"participants":["Mamnoon Hussain"],"topics":null,
                "countries":[],"summary":"LONG"},
              "cultures":{}}]}
            """;
        var item = (Event)JsonSerializer.Deserialize(json.Replace("LONG", new string('x', 300), StringComparison.Ordinal), DeliveryJsonContext.Default.PagedResultDeliveryContent)!.Items[0];

        Assert.Equal("/a/b/", item.Route.Path);
        Assert.Equal("?q=1", item.Route.QueryString);
        Assert.Null(item.Route.StartItem);
        Assert.Equal("Café \"Baku\"", item.Properties.Location);
        Assert.Null(item.Properties.HostCountry);
        Assert.Null(item.Properties.Topics);
        Assert.Empty(item.Properties.Countries!);
        Assert.Equal(["Mamnoon Hussain"], item.Properties.Participants);
        Assert.Equal(300, item.Properties.Summary!.Length);
        Assert.Empty(item.Cultures);
    }
}
