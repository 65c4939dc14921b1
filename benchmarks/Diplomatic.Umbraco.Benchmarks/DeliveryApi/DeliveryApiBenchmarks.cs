using System.Reflection;
using BenchmarkDotNet.Attributes;
using Diplomatic.Umbraco.DeliveryApi.Indexing;
using Diplomatic.Umbraco.DeliveryApi.Querying;
using Diplomatic.Umbraco.Tests.Support;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Services;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.Benchmarks.DeliveryApi;

/// <summary>
/// The index handler on real content items, once per item and culture as Umbraco calls it. The booklet look-up is
/// answered from memory (in a site it is one database read of the ancestors), so this measures the handler itself.
/// Target: under 20 µs and 2 KB per item per culture.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class IndexHandlerBenchmarks
{
    private DiplomaticContentIndexHandler _handler = null!;
    private IContent _article = null!;
    private IContent _event = null!;
    private IContent _factBox = null!;

    [GlobalSetup]
    public void Setup()
    {
        var magazine = ContentFactory.Content(T.Magazine, "The Diplomatic Insight");
        var booklet = ContentFactory.Content(T.Booklet, "Azerbaijan-Pakistan Relations", magazine);
        _article = ContentFactory.Content(T.Article, "Energy corridors", booklet);
        _article.SetValue(P.Bilateral.Countries, "[\"Azerbaijan\",\"Pakistan\"]");
        _article.SetValue(P.Bilateral.Topics, "[\"Energy\",\"Trade\",\"Diplomacy\"]");
        _article.SetValue(P.Publishing.PublishDate, new DateTime(2024, 5, 14));
        _article.SetValue(P.Publishing.Authors, "umb://document/9f6c3e2a1b7d4c5e8f90a1b2c3d4e5f6,umb://document/0a1b2c3d4e5f4a6b8c7d9e0f1a2b3c4d");

        _event = ContentFactory.Content(T.Event, "Recognition", booklet);
        _event.SetValue(P.Bilateral.Countries, "[\"Azerbaijan\",\"Pakistan\"]");
        _event.SetValue(P.Bilateral.Topics, "[\"Diplomacy\"]");
        _event.SetValue(P.Event.StartDate, new DateTime(1991, 12, 12));
        _event.SetValue(P.Event.DatePrecision, "Year");
        _event.SetValue(P.Event.EventType, "[\"State visit\"]");

        _factBox = ContentFactory.Content(T.FactBox, "Trade", booklet);
        _factBox.SetValue(P.Bilateral.Countries, "[\"Azerbaijan\",\"Pakistan\"]");
        _factBox.SetValue(P.Bilateral.Topics, "[\"Trade\"]");

        _handler = new DiplomaticContentIndexHandler(InMemoryEntities.Create(magazine, booklet));
    }

    [Benchmark]
    public int Article() => Count(_handler.GetFieldValues(_article, "en-US"));

    [Benchmark]
    public int Event() => Count(_handler.GetFieldValues(_event, "en-US"));

    [Benchmark]
    public int FactBox() => Count(_handler.GetFieldValues(_factBox, "en-US"));

    private static int Count(IEnumerable<IndexFieldValue> values)
    {
        var count = 0;
        foreach (var value in values)
        {
            foreach (var _ in value.Values)
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>
/// Parsing one filter or sort string the way Umbraco does: <c>CanHandle</c>, then <c>Build…Option</c>.
/// Target: under 1 KB allocated.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class QueryParsingBenchmarks
{
    private readonly CountryFilter _country = new();
    private readonly TopicFilter _topic = new();
    private readonly AuthorFilter _author = new();
    private readonly EventTypeFilter _eventType = new();
    private readonly PublishDateFilter _publishDate = new();
    private readonly PublishDateSort _sort = new();

    [Benchmark]
    public FilterOption CountryCodes() => Filter(_country, "country:az,pk");

    [Benchmark]
    public FilterOption CountryNames() => Filter(_country, "country:Azerbaijan,Pakistan,Bolivia, Plurinational State of");

    [Benchmark]
    public FilterOption Topic() => Filter(_topic, "topic:Energy,trade");

    [Benchmark]
    public FilterOption Author() => Filter(_author, "author:7c630f15-8d93-4980-a0fc-027314dc827a");

    [Benchmark]
    public FilterOption EventType() => Filter(_eventType, "eventType:stateVisit");

    [Benchmark]
    public FilterOption PublishDate() => Filter(_publishDate, "publishDate>:2024-01-01");

    [Benchmark]
    public SortOption Sort() => _sort.CanHandle("publishDate:desc") ? _sort.BuildSortOption("publishDate:desc") : null!;

    private static FilterOption Filter(IFilterHandler handler, string query) =>
        handler.CanHandle(query) ? handler.BuildFilterOption(query) : null!;
}

/// <summary>An <see cref="IEntityService"/> that answers the ancestor look-up from memory (no mocking library in the timing).</summary>
public class InMemoryEntities : DispatchProxy
{
    private IEntitySlim[] _entities = [];

    public static IEntityService Create(params IContent[] items)
    {
        var service = DispatchProxy.Create<IEntityService, InMemoryEntities>();
        ((InMemoryEntities)(object)service)._entities = items.Select(i => (IEntitySlim)new DocumentEntitySlim
        {
            Id = i.Id,
            Key = i.Key,
            Path = i.Path,
            ContentTypeAlias = i.ContentType.Alias,
            NodeObjectType = Constants.ObjectTypes.Document,
        }).ToArray();
        return service;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        // Every known document: the locator keeps only those on the item's path.
        targetMethod?.Name == nameof(IEntityService.GetAll) && args is [UmbracoObjectTypes.Document, int[]]
            ? _entities
            : throw new NotSupportedException(targetMethod?.Name);
}
