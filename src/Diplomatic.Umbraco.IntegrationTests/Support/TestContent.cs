using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.ContentPublishing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>One published item as the queries see it: the oracle the Delivery API's answers are checked against.</summary>
public sealed record PublishedItem(
    Guid Key,
    string ContentType,
    string Name,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Topics,
    DateTime? PublishDate,
    DateTime? EventDate,
    string? EventType,
    Guid? Booklet,
    IReadOnlyList<Guid> Authors);

/// <summary>
/// The content the query tests run on: the first booklet (as the installer seeded it, read back from the committed
/// uSync content files) plus a second, made-up booklet whose items differ in country, topic and date, so that every
/// filter has something to tell apart. Helpers for building content live here and nowhere else.
/// </summary>
public static class TestContent
{
    /// <summary>The magazine root the seed installs.</summary>
    public static readonly Guid Magazine = new("601b2fea-a721-5a7c-bc52-0385737c9270");

    /// <summary>The seed's author.</summary>
    public static readonly Guid SeedAuthor = Guid.Parse(SeedFile("author").Attribute("Key")!.Value);

    /// <summary>The first booklet.</summary>
    public static readonly Guid FirstBooklet = Guid.Parse(SeedFile("booklet").Attribute("Key")!.Value);

    /// <summary>The made-up booklet and its parts.</summary>
    public static readonly Guid SecondBooklet = new("0b9b3a6e-1111-4c2d-9e7f-000000000001");

    /// <summary>An article about Turkey on trade, 2024.</summary>
    public static readonly Guid TurkeyArticle = new("0b9b3a6e-1111-4c2d-9e7f-000000000002");

    /// <summary>An article about Azerbaijan on energy, 2019, by the seed's author.</summary>
    public static readonly Guid AzerbaijanArticle = new("0b9b3a6e-1111-4c2d-9e7f-000000000003");

    /// <summary>A state visit to Turkey and Pakistan, year precision 1995.</summary>
    public static readonly Guid OldVisit = new("0b9b3a6e-1111-4c2d-9e7f-000000000004");

    /// <summary>A summit in Turkey, day precision, 2030-05-01.</summary>
    public static readonly Guid FutureSummit = new("0b9b3a6e-1111-4c2d-9e7f-000000000005");

    /// <summary>A fact box on Turkey's energy.</summary>
    public static readonly Guid TurkeyFact = new("0b9b3a6e-1111-4c2d-9e7f-000000000006");

    /// <summary>The made-up booklet as an installer tree (stored values, as uSync writes them).</summary>
    public static ContentNode SecondBookletTree() => new()
    {
        Key = SecondBooklet,
        ContentTypeAlias = T.Booklet,
        Names = En("Pakistan-Turkey Relations"),
        Values = [Json(P.Bilateral.Countries, "Pakistan", "Türkiye"), Json(P.Bilateral.Topics, "diplomacy"), new(P.Publishing.PublishDate, "2020-06-01T00:00:00")],
        Children =
        [
            new()
            {
                Key = TurkeyArticle, ContentTypeAlias = T.Article, Names = En("Turkey's trade corridor"),
                Values = [Json(P.Bilateral.Countries, "Türkiye"), Json(P.Bilateral.Topics, "trade"), new(P.Publishing.PublishDate, "2024-03-15T00:00:00")],
            },
            new()
            {
                Key = AzerbaijanArticle, ContentTypeAlias = T.Article, Names = En("Caspian energy"),
                Values =
                [
                    Json(P.Bilateral.Countries, "Azerbaijan"), Json(P.Bilateral.Topics, "energy"), new(P.Publishing.PublishDate, "2019-01-10T00:00:00"),
                    new(P.Publishing.Authors, "umb://document/" + SeedAuthor.ToString("N")),
                ],
            },
            new()
            {
                Key = TurkeyFact, ContentTypeAlias = T.FactBox, Names = En("Turkey imports gas"),
                Values = [Json(P.Bilateral.Countries, "Türkiye"), Json(P.Bilateral.Topics, "energy"), new(P.FactBox.Headline, "Turkey imports gas", "en-US"), new(P.FactBox.Statement, "Türkiye imports most of its gas.", "en-US")],
            },
            new()
            {
                Key = OldVisit, ContentTypeAlias = T.Event, Names = En("A state visit to Ankara"),
                Values =
                [
                    Json(P.Bilateral.Countries, "Türkiye", "Pakistan"), Json(P.Bilateral.Topics, "diplomacy"), new(P.Event.StartDate, "1995-01-01T00:00:00"),
                    new(P.Event.DatePrecision, "Year"), Json(P.Event.EventType, "State visit"),
                ],
            },
            new()
            {
                Key = FutureSummit, ContentTypeAlias = T.Event, Names = En("An Istanbul summit"),
                Values =
                [
                    Json(P.Bilateral.Countries, "Türkiye"), Json(P.Bilateral.Topics, "trade"), new(P.Event.StartDate, "2030-05-01T00:00:00"),
                    new(P.Event.DatePrecision, "Day"), Json(P.Event.EventType, "Summit"),
                ],
            },
        ],
    };

    /// <summary>A published booklet that holds the drafts.</summary>
    public static readonly Guid DraftsBooklet = new("0b9b3a6e-2222-4c2d-9e7f-000000000001");

    /// <summary>An article that was never published.</summary>
    public static readonly Guid NeverPublishedArticle = new("0b9b3a6e-2222-4c2d-9e7f-000000000002");

    /// <summary>A published article with a saved, unpublished change of its name.</summary>
    public static readonly Guid ChangedArticle = new("0b9b3a6e-2222-4c2d-9e7f-000000000003");

    /// <summary>An article that was published, then unpublished.</summary>
    public static readonly Guid UnpublishedArticle = new("0b9b3a6e-2222-4c2d-9e7f-000000000004");

    /// <summary>The name of <see cref="ChangedArticle"/> as published.</summary>
    public const string ChangedArticlePublishedName = "Published name of the changed article";

    /// <summary>The name of <see cref="ChangedArticle"/> in its unpublished change.</summary>
    public const string ChangedArticleDraftName = "Draft name of the changed article";

    /// <summary>A draft-booklet item by the name of its field (theory data names items, so test names read well).</summary>
    public static Guid DraftItem(string name) => name switch
    {
        nameof(DraftsBooklet) => DraftsBooklet,
        nameof(NeverPublishedArticle) => NeverPublishedArticle,
        nameof(ChangedArticle) => ChangedArticle,
        nameof(UnpublishedArticle) => UnpublishedArticle,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not an item of the drafts booklet"),
    };

    /// <summary>The booklet of drafts as first published: the booklet, the article to change and the article to unpublish.</summary>
    public static ContentNode DraftsBookletTree() => new()
    {
        Key = DraftsBooklet,
        ContentTypeAlias = T.Booklet,
        Names = En("Drafts booklet"),
        Children =
        [
            Article(ChangedArticle, ChangedArticlePublishedName),
            Article(UnpublishedArticle, "Article to unpublish"),
        ],
    };

    /// <summary>An article with only a name (and a country, so it is not empty for the bilateral filters).</summary>
    public static ContentNode Article(Guid key, string name) => new()
    {
        Key = key, ContentTypeAlias = T.Article, Names = En(name), Values = [Json(P.Bilateral.Countries, "Pakistan")],
    };

    /// <summary>A new booklet holding an article that picks a fact box of the same booklet, in the order given.</summary>
    /// <param name="booklet">The booklet's key.</param>
    /// <param name="article">The article's key.</param>
    /// <param name="factBox">The fact box's key.</param>
    /// <param name="factBoxFirst">Whether the fact box comes before the article (else the article picks one not yet created).</param>
    /// <returns>The tree.</returns>
    public static ContentNode ArticlePickingFactBoxTree(Guid booklet, Guid article, Guid factBox, bool factBoxFirst)
    {
        var picker = new ContentNode
        {
            Key = article, ContentTypeAlias = T.Article, Names = En("An article picking a fact box"),
            Values = [new(P.Article.FactBoxes, "umb://document/" + factBox.ToString("N"))],
        };
        var picked = new ContentNode
        {
            Key = factBox, ContentTypeAlias = T.FactBox, Names = En("A picked fact box"),
            Values = [new(P.FactBox.Headline, "A picked fact box", "en-US"), new(P.FactBox.Statement, "Picked.", "en-US")],
        };
        return new ContentNode
        {
            Key = booklet, ContentTypeAlias = T.Booklet, Names = En("A booklet with a picked fact box"),
            Children = factBoxFirst ? [picked, picker] : [picker, picked],
        };
    }

    /// <summary>The image the every-property items pick.</summary>
    public static readonly Guid SampleImage = new("0b9b3a6e-3333-4c2d-9e7f-000000000001");

    /// <summary>The items with every property set in editor form, by document type (the magazine is the seed's, updated).</summary>
    public static readonly IReadOnlyDictionary<string, Guid> EveryPropertyItems = new Dictionary<string, Guid>
    {
        [T.Author] = new("0b9b3a6e-3333-4c2d-9e7f-000000000002"),
        [T.Booklet] = new("0b9b3a6e-3333-4c2d-9e7f-000000000003"),
        [T.FactBox] = new("0b9b3a6e-3333-4c2d-9e7f-000000000004"),
        [T.Article] = new("0b9b3a6e-3333-4c2d-9e7f-000000000005"),
        [T.Event] = new("0b9b3a6e-3333-4c2d-9e7f-000000000006"),
        [T.Magazine] = Magazine,
    };

    /// <summary>The seed's authors container.</summary>
    public static Guid AuthorsFolder => Guid.Parse(SeedFile(T.Authors).Attribute("Key")!.Value);

    /// <summary>The seed's article.</summary>
    public static Guid SeedArticle => Guid.Parse(SeedFile(T.Article).Attribute("Key")!.Value);

    /// <summary>What the every-property item of a type picks: the article picks the seed's article, the event the new article.</summary>
    public static SampleReferences EveryPropertyReferences(string contentType) => new(
        SampleImage, EveryPropertyItems[T.Author], EveryPropertyItems[T.FactBox], contentType == T.Event ? EveryPropertyItems[T.Article] : SeedArticle);

    /// <summary>Creates an item in en-US through <c>IContentEditingService</c>, as the backoffice saves one, asserting it was saved.</summary>
    public static async Task<Guid> CreateAsync(UmbracoSite site, Guid key, Guid contentTypeKey, Guid parent, string name, IEnumerable<PropertyValueModel> values)
    {
        var created = await site.Get<IContentEditingService>().CreateAsync(
            new ContentCreateModel
            {
                Key = key,
                ContentTypeKey = contentTypeKey,
                ParentKey = parent,
                Variants = [new VariantModel { Culture = "en-US", Name = name }],
                Properties = values,
            },
            global::Umbraco.Cms.Core.Constants.Security.SuperUserKey);
        AssertSaved(created.Success, created.Status, created.Result.ValidationResult);
        return key;
    }

    /// <summary>
    /// Asserts a save went through with nothing wrong in en-US (the only culture the tests write; a site with a second
    /// language reports that language's empty mandatory values, which the editor fills later).
    /// </summary>
    public static void AssertSaved(bool saved, ContentEditingOperationStatus status, ContentValidationResult? validation)
    {
        var errors = validation?.ValidationErrors.Where(e => e.Culture is null or "en-US").Select(e => $"{e.Alias} [{e.Culture}]: {string.Join(" ", e.ErrorMessages)}").ToList() ?? [];
        Assert.True(saved && (status == ContentEditingOperationStatus.Success || (status == ContentEditingOperationStatus.PropertyValidationError && errors.Count == 0)), $"{status}: {string.Join("; ", errors)}");
    }

    /// <summary>Publishes an item's en-US culture through <c>IContentPublishingService</c>, asserting it was published.</summary>
    public static async Task PublishAsync(UmbracoSite site, Guid key)
    {
        var published = await site.Get<IContentPublishingService>().PublishAsync(
            key, [new CulturePublishScheduleModel { Culture = "en-US" }], global::Umbraco.Cms.Core.Constants.Security.SuperUserKey);
        Assert.True(published.Success, $"{key} was not published: {published.Status}");
    }

    /// <summary>Every published item of the test site with the values the queries look at.</summary>
    public static IReadOnlyList<PublishedItem> Published()
    {
        var items = new List<PublishedItem>();
        var seed = Repository.USyncItems("Content").ToDictionary(f => Guid.Parse(f.Attribute("Key")!.Value));
        foreach (var (key, file) in seed)
        {
            items.Add(new PublishedItem(
                key,
                file.Element("Info")!.Element("ContentType")!.Value,
                file.Attribute("Alias")!.Value,
                JsonList(SeedValue(file, P.Bilateral.Countries)),
                JsonList(SeedValue(file, P.Bilateral.Topics)),
                Date(SeedValue(file, P.Publishing.PublishDate)),
                Date(SeedValue(file, P.Event.StartDate)),
                JsonList(SeedValue(file, P.Event.EventType)).FirstOrDefault(),
                NearestBooklet(key, seed, f => f.Element("Info")!.Element("ContentType")!.Value, f => Guid.Parse(f.Element("Info")!.Element("Parent")!.Attribute("Key")!.Value)),
                Udis(SeedValue(file, P.Publishing.Authors))));
        }

        var tree = SecondBookletTree();
        foreach (var node in new[] { tree }.Concat(tree.Children))
        {
            string? Value(string alias) => node.Values.FirstOrDefault(v => v.Alias == alias)?.Value;
            items.Add(new PublishedItem(
                node.Key, node.ContentTypeAlias, node.Names["en-US"], JsonList(Value(P.Bilateral.Countries)), JsonList(Value(P.Bilateral.Topics)),
                Date(Value(P.Publishing.PublishDate)), Date(Value(P.Event.StartDate)), JsonList(Value(P.Event.EventType)).FirstOrDefault(),
                node.Key == SecondBooklet ? null : SecondBooklet, Udis(Value(P.Publishing.Authors))));
        }

        return items;
    }

    private static Guid? NearestBooklet(Guid key, IReadOnlyDictionary<Guid, XElement> all, Func<XElement, string> type, Func<XElement, Guid> parent)
    {
        for (var current = parent(all[key]); all.TryGetValue(current, out var file); current = parent(file))
        {
            if (type(file) == T.Booklet)
            {
                return current;
            }
        }

        return null;
    }

    private static XElement SeedFile(string contentType) =>
        Repository.USyncItems("Content").Single(f => f.Element("Info")!.Element("ContentType")!.Value == contentType);

    private static string? SeedValue(XElement file, string alias) =>
        file.Element("Properties")?.Element(alias)?.Elements("Value").FirstOrDefault()?.Value is { Length: > 0 } value ? value : null;

    private static IReadOnlyList<string> JsonList(string? value) => value is null ? [] : JsonSerializer.Deserialize<string[]>(value) ?? [];

    private static DateTime? Date(string? value) => value is null ? null : DateTime.Parse(value, CultureInfo.InvariantCulture);

    private static IReadOnlyList<Guid> Udis(string? value) => StoredValues.ReadDocumentKeys(value);

    private static Dictionary<string, string> En(string name) => new() { ["en-US"] = name };

    private static ContentNodeValue Json(string alias, params string[] items) => new(alias, JsonSerializer.Serialize(items));
}
