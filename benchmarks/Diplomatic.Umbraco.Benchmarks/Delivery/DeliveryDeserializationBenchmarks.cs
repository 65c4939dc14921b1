using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Diplomatic.Umbraco.Delivery.Json;
using Diplomatic.Umbraco.Delivery.Models;

namespace Diplomatic.Umbraco.Benchmarks.Delivery;

/// <summary>
/// Deserialising a page of 100 articles with their fact boxes expanded (8 each, as the shipped first booklet's
/// article has them), every article and fact box with its own name, key, path, headline and statement (no sharing
/// that would flatter the string pool). <c>ListPage</c> is what the magazine's list asks for:
/// <c>fields=properties[standfirst,publishDate,readingTime,authors,factBoxes[properties[headline,statement,figure,unit]]]</c>;
/// <c>AllProperties</c> has every property but the body; <c>WithBodies</c> adds each article's 1,400-word body.
/// Target: a page under 1 ms and 1 MB allocated.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class DeliveryDeserializationBenchmarks
{
    private static readonly string[] ListArticleFields = ["standfirst", "publishDate", "readingTime", "authors", "factBoxes"];
    private static readonly string[] ListFactBoxFields = ["headline", "statement", "figure", "unit"];

    private byte[] _listPage = [];
    private byte[] _allProperties = [];
    private byte[] _withBodies = [];

    [GlobalSetup]
    public void Setup()
    {
        var article = JsonNode.Parse(File.ReadAllText(FindRecorded("article.json")))!.AsObject();
        _withBodies = Page(article, withBody: true, listFields: false);
        _allProperties = Page(article, withBody: false, listFields: false);
        _listPage = Page(article, withBody: false, listFields: true);
        Console.WriteLine($"// page sizes: list {_listPage.Length:N0} B, all properties {_allProperties.Length:N0} B, with bodies {_withBodies.Length:N0} B");
    }

    [Benchmark(Baseline = true)]
    public int ListPage() => Read(_listPage);

    [Benchmark]
    public int AllProperties() => Read(_allProperties);

    [Benchmark]
    public int WithBodies() => Read(_withBodies);

    private static int Read(byte[] json)
    {
        var page = JsonSerializer.Deserialize(json, DeliveryJsonContext.Default.PagedResultDeliveryContent)!;
        return page.Items.Sum(i => ((Article)i).Properties.FactBoxes!.Count);
    }

    private static byte[] Page(JsonObject article, bool withBody, bool listFields)
    {
        var items = new JsonArray();
        for (var i = 0; i < 100; i++)
        {
            var copy = article.DeepClone().AsObject();
            Distinguish(copy, i, 0);
            var properties = copy["properties"]!.AsObject();
            if (!withBody)
            {
                properties.Remove("body");
            }

            var box = 1;
            foreach (var factBox in properties["factBoxes"]!.AsArray())
            {
                Distinguish(factBox!.AsObject(), i, box++);
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

    private static void Distinguish(JsonObject item, int article, int box)
    {
        item["id"] = $"c1d2e3f4-a5b6-4c7d-{box:D4}-{article:D12}";
        item["name"] = $"{item["name"]} {article}";
        var path = $"{item["route"]!["path"]}{article}-{box}/";
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
