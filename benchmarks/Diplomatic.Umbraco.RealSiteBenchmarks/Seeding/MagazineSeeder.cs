using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.RealSiteBenchmarks.Support;
using Umbraco.Cms.Core.Services;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.RealSiteBenchmarks.Seeding;

/// <summary>How long seeding a number of items took.</summary>
internal sealed record SeedResult(int Items, int Booklets, TimeSpan Elapsed, string Load)
{
    public double ItemsPerSecond => Items / Elapsed.TotalSeconds;
}

/// <summary>One seeded article and a fact box it picks (for the article page and eviction).</summary>
internal sealed record SeededArticle(Guid Key, Guid FactBox);

/// <summary>
/// Seeds the magazine as it grows: booklets one after another, each bigger than the last (100 items, then 25 more
/// per booklet, up to 400), each a fifth articles, two fifths fact boxes and two fifths events, with countries,
/// topics, publish dates, event dates of every precision and event types; every article picks two fact boxes of its
/// booklet. Written and published through the plugin's installer (the batched write path), one booklet per install.
/// </summary>
internal sealed class MagazineSeeder
{
    private static readonly string[] Countries = ["Azerbaijan", "Pakistan", "Türkiye", "China", "Afghanistan", "Kazakhstan", "Uzbekistan", "Saudi Arabia"];
    private static readonly string[] Topics = ["diplomacy", "trade", "energy", "education", "culture", "humanitarian aid"];
    private static readonly string[] EventTypes = ["State visit", "Agreement", "Summit", "Exhibition", "Anniversary", "Cultural", "Humanitarian", "Other"];
    private static readonly string[] Precisions = ["Day", "Month", "Year"];

    private readonly BenchmarkSite _site;
    private int _next;

    public MagazineSeeder(BenchmarkSite site) => _site = site;

    /// <summary>Items seeded so far (booklets included, the installer's own seed not).</summary>
    public int Count { get; private set; }

    /// <summary>The booklets seeded so far, in order.</summary>
    public List<Guid> Booklets { get; } = [];

    /// <summary>Items per content type seeded so far.</summary>
    public Dictionary<string, int> ByType { get; } = new(StringComparer.Ordinal);

    /// <summary>The published events the Delivery API lists now: the installer's seed and what this seeder published.</summary>
    public int PublishedEvents => _eventsBefore + ByType.GetValueOrDefault(T.Event);

    private int _eventsBefore = -1;

    /// <summary>The events of the latest booklet (all published; no draft is ever below a seeded booklet).</summary>
    public int LatestBookletEvents { get; private set; }

    /// <summary>An article of the latest booklet and a fact box it picks.</summary>
    public SeededArticle? LatestArticle { get; private set; }

    /// <summary>Adds booklets until <paramref name="total"/> items are seeded.</summary>
    public async Task<SeedResult> SeedToAsync(int total, Action<string> progress)
    {
        var installer = _site.Get<IContentInstaller>();
        var magazine = _site.Get<IContentService>().GetRootContent().First(c => c.ContentType.Alias == T.Magazine).Key;
        if (_eventsBefore < 0)
        {
            using var response = await _site.DeliveryAsync("content?filter=contentType:event&take=1");
            _eventsBefore = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["total"]!.GetValue<int>();
        }

        var before = Count;
        var booklets = 0;
        var load = Support.Machine.Load();
        var watch = Stopwatch.StartNew();
        while (Count < total)
        {
            var size = Math.Min(Math.Min(100 + (25 * Booklets.Count), 400), total - Count);
            var booklet = Booklet(Booklets.Count, size);
            var result = await installer.InstallAsync([booklet], new ContentInstallRequest { Mode = ContentInstallMode.CreateMissing, Publish = true, ParentKey = magazine });
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Seeding booklet {Booklets.Count + 1} failed: {result.Error}");
            }

            Booklets.Add(booklet.Key);
            LatestBookletEvents = booklet.Children.Count(c => c.ContentTypeAlias == T.Event);
            booklets++;
            Count += size;
            foreach (var node in new[] { booklet }.Concat(booklet.Children))
            {
                ByType[node.ContentTypeAlias] = ByType.GetValueOrDefault(node.ContentTypeAlias) + 1;
            }

            progress(string.Create(CultureInfo.InvariantCulture, $"  seeded {Count} items ({Count - before} in {watch.Elapsed.TotalSeconds:0} s, {(Count - before) / watch.Elapsed.TotalSeconds:0.0} items/s, load {Support.Machine.Load()})"));
        }

        return new SeedResult(Count - before, booklets, watch.Elapsed, load);
    }

    private ContentNode Booklet(int number, int size)
    {
        var children = new List<ContentNode>();
        var parts = size - 1;
        var articles = Math.Max(parts / 5, parts > 0 ? 1 : 0);
        var factBoxes = (parts - articles) / 2;
        var events = parts - articles - factBoxes;
        var factBoxKeys = Enumerable.Range(0, factBoxes).Select(_ => NextKey()).ToList();
        for (var a = 0; a < articles; a++)
        {
            var n = _next;
            var picked = factBoxKeys.Count == 0 ? [] : new[] { factBoxKeys[(2 * a) % factBoxKeys.Count], factBoxKeys[((2 * a) + 1) % factBoxKeys.Count] }.Distinct().ToList();
            var values = new List<ContentNodeValue>
            {
                Json(P.Bilateral.Countries, Pick(Countries, n, 2)), Json(P.Bilateral.Topics, Pick(Topics, n, 2)),
                new(P.Publishing.PublishDate, Date(n).ToString("yyyy-MM-dd'T'00:00:00", CultureInfo.InvariantCulture)),
                new(P.Article.Standfirst, $"The lead of article {n}.", "en-US"),
                new(P.Article.Body, JsonSerializer.Serialize(new { markup = $"<p>The body of article {n}, about {Countries[n % Countries.Length]}.</p>", blocks = (object?)null }), "en-US"),
            };
            if (picked.Count > 0)
            {
                values.Add(new(P.Article.FactBoxes, string.Join(",", picked.Select(k => "umb://document/" + k.ToString("N")))));
            }

            var key = NextKey();
            children.Add(Node(key, T.Article, $"Article {n}", values));
            if (picked.Count > 0)
            {
                LatestArticle = new SeededArticle(key, picked[0]);
            }
        }

        foreach (var key in factBoxKeys)
        {
            var n = _next++;
            children.Add(Node(key, T.FactBox, $"Fact {n}",
            [
                Json(P.Bilateral.Countries, Pick(Countries, n, 2)), Json(P.Bilateral.Topics, Pick(Topics, n, 1)),
                new(P.FactBox.Headline, $"Fact {n}", "en-US"), new(P.FactBox.Statement, $"Statement {n}.", "en-US"),
            ]));
        }

        for (var e = 0; e < events; e++)
        {
            var n = NextNumber();
            children.Add(Node(NextKey(), T.Event, $"Event {n}",
            [
                Json(P.Bilateral.Countries, Pick(Countries, n, 2)), Json(P.Bilateral.Topics, Pick(Topics, n, 1)),
                new(P.Event.StartDate, EventDate(n).ToString("yyyy-MM-dd'T'00:00:00", CultureInfo.InvariantCulture)),
                new(P.Event.DatePrecision, Precisions[n % Precisions.Length]), Json(P.Event.EventType, EventTypes[n % EventTypes.Length]),
                new(P.Event.Summary, $"What happened at event {n}.", "en-US"),
            ]));
        }

        var bookletNumber = NextNumber();
        return Node(NextKey(), T.Booklet, $"Benchmark booklet {number + 1}",
            [Json(P.Bilateral.Countries, Pick(Countries, bookletNumber, 2)), Json(P.Bilateral.Topics, Pick(Topics, bookletNumber, 3)), new(P.Publishing.PublishDate, Date(bookletNumber).ToString("yyyy-MM-dd'T'00:00:00", CultureInfo.InvariantCulture))])
            with { Children = children };
    }

    private Guid NextKey() => new(string.Create(CultureInfo.InvariantCulture, $"0b9b3a6e-5555-4c2d-9e7f-{_next++:x12}"));

    private int NextNumber() => _next;

    private static ContentNode Node(Guid key, string type, string name, IReadOnlyList<ContentNodeValue> values) => new()
    {
        Key = key, ContentTypeAlias = type, Names = new Dictionary<string, string> { ["en-US"] = name }, Values = values,
    };

    private static string[] Pick(string[] from, int n, int count) => Enumerable.Range(0, count).Select(i => from[(n + (i * 3)) % from.Length]).Distinct().ToArray();

    /// <summary>Publish dates spread over 2000-2026.</summary>
    private static DateTime Date(int n) => new DateTime(2000, 1, 1).AddDays(n * 7 % (27 * 365));

    /// <summary>Event dates spread over 1990-2029.</summary>
    private static DateTime EventDate(int n) => new DateTime(1990, 1, 1).AddDays(n * 11 % (40 * 365));

    private static ContentNodeValue Json(string alias, params string[] items) => new(alias, JsonSerializer.Serialize(items));
}
