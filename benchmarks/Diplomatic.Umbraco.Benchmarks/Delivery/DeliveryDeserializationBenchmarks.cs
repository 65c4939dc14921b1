using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Diplomatic.Umbraco.Delivery.Json;
using Diplomatic.Umbraco.Delivery.Models;

namespace Diplomatic.Umbraco.Benchmarks.Delivery;

/// <summary>
/// Deserialising a page of 100 articles with their fact boxes expanded (8 each, as the shipped first booklet's
/// article has them), every article and fact box with its own name, key, path, headline, statement and dates (with
/// the seven fractional digits Umbraco prints), so nothing is flattered by sharing. <c>ListPage</c> is what the
/// magazine's list asks for:
/// <c>fields=properties[standfirst,publishDate,readingTime,authors,factBoxes[properties[headline,statement,figure,unit]]]</c>;
/// <c>ListPageUnseen</c> is the same page where every item is new to the process (the route pool is full of other
/// paths, so nothing is shared across pages); <c>AllProperties</c> has every property but the body; <c>WithBodies</c>
/// adds each article's 1,400-word body. <c>TokeniseOnly</c> is the floor: the same list page read token by token,
/// nothing kept. Target: a page under 1 ms and 1 MB allocated.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class DeliveryDeserializationBenchmarks
{
    private const int UnseenPages = 64; // more routes than the pool holds (16,384 = 18 pages of 900 items)

    private static readonly string[] ListArticleFields = ["standfirst", "publishDate", "readingTime", "authors", "factBoxes"];
    private static readonly string[] ListFactBoxFields = ["headline", "statement", "figure", "unit"];

    private byte[] _listPage = [];
    private byte[] _allProperties = [];
    private byte[] _withBodies = [];
    private byte[][] _unseen = [];
    private int _nextUnseen;

    [GlobalSetup]
    public void Setup()
    {
        var article = JsonNode.Parse(File.ReadAllText(FindRecorded("article.json")))!.AsObject();
        _withBodies = Page(article, withBody: true, listFields: false, pageNumber: 0);
        _allProperties = Page(article, withBody: false, listFields: false, pageNumber: 0);
        _listPage = Page(article, withBody: false, listFields: true, pageNumber: 0);
        _unseen = [.. Enumerable.Range(1, UnseenPages).Select(n => Page(article, withBody: false, listFields: true, pageNumber: n))];

        // The list page has been read before (a site's pages are read again and again); then the route pool is filled
        // to its bound with other pages' routes, so the unseen pages never share a route.
        Read(_listPage);
        foreach (var page in _unseen)
        {
            Read(page);
        }

        Console.WriteLine($"// page sizes: list {_listPage.Length:N0} B, all properties {_allProperties.Length:N0} B, with bodies {_withBodies.Length:N0} B");
    }

    [Benchmark(Baseline = true)]
    public int ListPage() => Read(_listPage);

    [Benchmark]
    public int ListPageUnseen() => Read(_unseen[_nextUnseen++ % UnseenPages]);

    [Benchmark]
    public int AllProperties() => Read(_allProperties);

    [Benchmark]
    public int WithBodies() => Read(_withBodies);

    [Benchmark]
    public int TokeniseOnly()
    {
        var reader = new Utf8JsonReader(_listPage);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    private static int Read(byte[] json)
    {
        var page = JsonSerializer.Deserialize(json, DeliveryJsonContext.Default.PagedResultDeliveryContent)!;
        return page.Items.Sum(i => ((Article)i).Properties.FactBoxes!.Count);
    }

    private static byte[] Page(JsonObject article, bool withBody, bool listFields, int pageNumber)
    {
        var items = new JsonArray();
        for (var i = 0; i < 100; i++)
        {
            var copy = article.DeepClone().AsObject();
            Distinguish(copy, pageNumber, i, 0);
            var properties = copy["properties"]!.AsObject();
            if (!withBody)
            {
                properties.Remove("body");
            }

            var box = 1;
            foreach (var factBox in properties["factBoxes"]!.AsArray())
            {
                Distinguish(factBox!.AsObject(), pageNumber, i, box++);
                var fb = factBox["properties"]!.AsObject();
                fb["headline"] = $"{fb["headline"]} {i}";
                fb["statement"] = $"{fb["statement"]} (article {i})";
                if (listFields)
                {
                    Keep(fb, ListFactBoxFields);
                }
            }

            if (listFields)
            {
                Keep(properties, ListArticleFields);
            }

            items.Add(copy);
        }

        return Encoding.UTF8.GetBytes(new JsonObject { ["total"] = 100, ["items"] = items }.ToJsonString());
    }

    private static void Distinguish(JsonObject item, int page, int article, int box)
    {
        item["id"] = $"c1d2e3f4-a5b6-4c7d-{box:D4}-{page:D4}{article:D8}";
        item["name"] = $"{item["name"]} {article}";
        var created = new DateTime(2026, 11, 27, 9, 0, 0).AddTicks(((((page * 100) + article) * 10) + box) * 7_654_321L);
        item["createDate"] = created.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture);
        item["updateDate"] = created.AddMinutes(19).ToString("yyyy-MM-ddTHH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture);
        var path = $"{item["route"]!["path"]}{page}-{article}-{box}/";
        item["route"]!["path"] = path;
        // Picked items carry no cultures, as Umbraco prints them.
        if (item["cultures"] is JsonObject cultures)
        {
            foreach (var culture in cultures)
            {
                culture.Value!["path"] = path;
            }
        }
    }

    private static void Keep(JsonObject properties, string[] names)
    {
        foreach (var name in properties.Select(p => p.Key).Where(n => !names.Contains(n)).ToList())
        {
            properties.Remove(name);
        }
    }

    private static string FindRecorded(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "Diplomatic.Magazine", "Recorded", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No recorded {file} above {AppContext.BaseDirectory}.");
    }
}
