using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing.ReadingTime;
using Diplomatic.Umbraco.Installation;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.Importing;

/// <summary>
/// Turns a <see cref="BookletDraft"/> into <see cref="ContentNode"/>s with stored values (as Umbraco's database
/// and uSync hold them) and keys derived from slugs (UUID v5), so importing the same manuscript again updates the
/// same items. The tree is the magazine root ("The Diplomatic Insight") holding the authors container and the
/// booklet; the booklet holds its articles, then its fact boxes, then its events.
/// </summary>
internal static class BookletContentMapper
{
    /// <summary>The magazine root's name.</summary>
    public const string MagazineName = "The Diplomatic Insight";

    /// <summary>The authors container's name.</summary>
    public const string AuthorsName = "Authors";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The magazine root's key.</summary>
    public static Guid MagazineKey => Slugs.Key("magazine/the-diplomatic-insight");

    /// <summary>The authors container's key.</summary>
    public static Guid AuthorsKey => Slugs.Key("authors");

    /// <summary>An author's key (shared by every booklet the author writes in).</summary>
    /// <param name="authorSlug">The author's slug.</param>
    /// <returns>The key.</returns>
    public static Guid AuthorKey(string authorSlug) => Slugs.Key("author/" + authorSlug);

    /// <summary>The booklet's key.</summary>
    /// <param name="bookletSlug">The booklet's slug.</param>
    /// <returns>The key.</returns>
    public static Guid BookletKey(string bookletSlug) => Slugs.Key("booklet/" + bookletSlug);

    /// <summary>The key of an item of a booklet.</summary>
    /// <param name="bookletSlug">The booklet's slug.</param>
    /// <param name="kind">article, factbox or event.</param>
    /// <param name="slug">The item's slug.</param>
    /// <returns>The key.</returns>
    public static Guid ItemKey(string bookletSlug, string kind, string slug) => Slugs.Key($"booklet/{bookletSlug}/{kind}/{slug}");

    /// <summary>The whole tree: magazine → (authors → author…, booklet → article…, fact box…, event…).</summary>
    /// <param name="draft">A draft without errors.</param>
    /// <param name="wordsPerMinute">The reading speed for the articles' reading time.</param>
    /// <returns>The magazine root.</returns>
    public static ContentNode ToTree(BookletDraft draft, int wordsPerMinute = ReadingTimeCalculator.DefaultWordsPerMinute)
    {
        var culture = draft.Culture;
        var authors = new ContentNode
        {
            Key = AuthorsKey,
            ContentTypeAlias = T.Authors,
            Names = Name(culture, AuthorsName),
            Children = [.. draft.Authors.Select(a => Author(a, culture))],
        };

        return new ContentNode
        {
            Key = MagazineKey,
            ContentTypeAlias = T.Magazine,
            Names = Name(culture, MagazineName),
            Children = [authors, Booklet(draft, wordsPerMinute)],
        };
    }

    /// <summary>The booklet with its articles, fact boxes and events.</summary>
    /// <param name="draft">A draft without errors.</param>
    /// <param name="wordsPerMinute">The reading speed for the articles' reading time.</param>
    /// <returns>The booklet node.</returns>
    public static ContentNode Booklet(BookletDraft draft, int wordsPerMinute = ReadingTimeCalculator.DefaultWordsPerMinute)
    {
        var culture = draft.Culture;
        var slug = draft.Slug;
        var values = new List<ContentNodeValue>();
        Add(values, P.Booklet.Subtitle, draft.Subtitle, culture);
        Add(values, P.Booklet.Publishers, NameList(draft.Publishers), culture);
        Add(values, P.Booklet.Occasion, draft.Occasion, culture);
        Add(values, P.Booklet.Introduction, RichTextValue(draft.IntroductionHtml), culture);
        Add(values, P.Booklet.Isbn, draft.Isbn, culture);
        AddBilateral(values, draft.Countries, draft.Topics);
        Add(values, P.Publishing.PublishDate, Date(draft.PublishDate), null);
        Add(values, P.Publishing.Authors, Udis(draft.Articles.SelectMany(a => a.Authors).Distinct().Select(a => AuthorKey(Slugs.From(a)))), null);

        var children = new List<ContentNode>();
        foreach (var article in draft.Articles)
        {
            var articleValues = new List<ContentNodeValue>();
            Add(articleValues, P.Article.Standfirst, article.Standfirst, culture);
            Add(articleValues, P.Article.Body, RichTextValue(article.BodyHtml), culture);
            Add(articleValues, P.Article.ReadingTime, ReadingTimeCalculator.Minutes(article.BodyHtml, wordsPerMinute).ToString(CultureInfo.InvariantCulture), culture);
            Add(articleValues, P.Article.FactBoxes, Udis(article.FactBoxSlugs.Select(f => ItemKey(slug, "factbox", f))), null);
            AddBilateral(articleValues, draft.Countries, draft.Topics);
            Add(articleValues, P.Publishing.PublishDate, Date(draft.PublishDate), null);
            Add(articleValues, P.Publishing.Authors, Udis(article.Authors.Select(a => AuthorKey(Slugs.From(a)))), null);
            children.Add(new ContentNode
            {
                Key = ItemKey(slug, "article", article.Slug),
                ContentTypeAlias = T.Article,
                Names = Name(culture, article.Title),
                Values = articleValues,
            });
        }

        foreach (var factBox in draft.FactBoxes)
        {
            var factValues = new List<ContentNodeValue>();
            Add(factValues, P.FactBox.Headline, factBox.Headline, culture);
            Add(factValues, P.FactBox.Statement, factBox.Statement, culture);
            Add(factValues, P.FactBox.Figure, factBox.Figure?.ToString(CultureInfo.InvariantCulture), null);
            Add(factValues, P.FactBox.Unit, factBox.Unit, culture);
            Add(factValues, P.FactBox.AsOfDate, Date(factBox.AsOf), null);
            Add(factValues, P.FactBox.Source, factBox.Source, culture);
            Add(factValues, P.FactBox.SourceLink, Link(factBox.SourceLink, factBox.Source), null);
            AddBilateral(factValues, factBox.Countries.Count > 0 ? factBox.Countries : draft.Countries, draft.Topics);
            children.Add(new ContentNode
            {
                Key = ItemKey(slug, "factbox", factBox.Slug),
                ContentTypeAlias = T.FactBox,
                Names = Name(culture, factBox.Headline),
                Values = factValues,
            });
        }

        foreach (var item in draft.Events)
        {
            var eventValues = new List<ContentNodeValue>();
            Add(eventValues, P.Event.StartDate, Date(item.Start), null);
            Add(eventValues, P.Event.EndDate, Date(item.End), null);
            Add(eventValues, P.Event.DatePrecision, Vocabularies.DatePrecisionLabels[item.Precision], null);
            Add(eventValues, P.Event.EventType, item.Type is { } type ? JsonArray([Vocabularies.EventTypeLabels[type]]) : null, null);
            Add(eventValues, P.Event.Location, item.Location, culture);
            Add(eventValues, P.Event.HostCountry, item.HostCountry is { } host ? JsonArray([host]) : null, null);
            Add(eventValues, P.Event.Participants, NameList(item.Participants), culture);
            Add(eventValues, P.Event.Summary, item.Summary, culture);
            Add(eventValues, P.Event.RelatedArticles, item.ArticleSlug is { } articleSlug ? Udis([ItemKey(slug, "article", articleSlug)]) : null, null);
            AddBilateral(eventValues, item.Countries.Count > 0 ? item.Countries : draft.Countries, draft.Topics);
            children.Add(new ContentNode
            {
                Key = ItemKey(slug, "event", item.Slug),
                ContentTypeAlias = T.Event,
                Names = Name(culture, item.Title),
                Values = eventValues,
            });
        }

        return new ContentNode
        {
            Key = BookletKey(slug),
            ContentTypeAlias = T.Booklet,
            Names = Name(culture, draft.Title!),
            Values = values,
            Children = children,
        };
    }

    /// <summary>The stored value of a rich-text property: <c>{"markup":"…","blocks":null}</c>.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The JSON, or null for no HTML.</returns>
    public static string? RichTextValue(string? html) =>
        string.IsNullOrEmpty(html) ? null : JsonSerializer.Serialize(new RichTextStored(html, null), Json);

    /// <summary>The stored value of a dropdown or tags property: a JSON array of strings.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The JSON.</returns>
    public static string JsonArray(IEnumerable<string> items) => JsonSerializer.Serialize(items.ToArray(), Json);

    /// <summary>The stored value of a document picker: comma-separated <c>umb://document/…</c> UDIs.</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The UDIs, or null for none.</returns>
    public static string? Udis(IEnumerable<Guid> keys)
    {
        var list = keys.Select(k => "umb://document/" + k.ToString("N")).ToList();
        return list.Count == 0 ? null : string.Join(',', list);
    }

    private static ContentNode Author(AuthorDraft author, string culture)
    {
        var values = new List<ContentNodeValue>();
        Add(values, P.Author.Role, author.Role, culture);
        Add(values, P.Author.Organisation, author.Organisation, culture);
        Add(values, P.Author.Biography, author.Biography, culture);
        return new ContentNode { Key = AuthorKey(author.Slug), ContentTypeAlias = T.Author, Names = Name(culture, author.Name), Values = values };
    }

    private static void AddBilateral(List<ContentNodeValue> values, IReadOnlyCollection<string> countries, IReadOnlyCollection<string> topics)
    {
        Add(values, P.Bilateral.Countries, countries.Count == 0 ? null : JsonArray(countries), null);
        Add(values, P.Bilateral.Topics, topics.Count == 0 ? null : JsonArray(topics), null);
    }

    private static string? NameList(IReadOnlyCollection<string> names) => names.Count == 0 ? null : string.Join('\n', names);

    private static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static string? Link(string? url, string? name) => url is null
        ? null
        : JsonSerializer.Serialize(new[] { new LinkStored(name ?? url, null, null, "external", null, url, null, null) }, Json);

    private static void Add(List<ContentNodeValue> values, string alias, string? value, string? culture)
    {
        if (!string.IsNullOrEmpty(value))
        {
            values.Add(new ContentNodeValue(alias, value, culture));
        }
    }

    private static Dictionary<string, string> Name(string culture, string name) => new() { [culture] = name };

    private sealed record RichTextStored(
        [property: System.Text.Json.Serialization.JsonPropertyName("markup")] string Markup,
        [property: System.Text.Json.Serialization.JsonPropertyName("blocks")] object? Blocks);

    private sealed record LinkStored(
        [property: System.Text.Json.Serialization.JsonPropertyName("name")] string Name,
        [property: System.Text.Json.Serialization.JsonPropertyName("target")] string? Target,
        [property: System.Text.Json.Serialization.JsonPropertyName("unique")] string? Unique,
        [property: System.Text.Json.Serialization.JsonPropertyName("type")] string Type,
        [property: System.Text.Json.Serialization.JsonPropertyName("udi")] string? Udi,
        [property: System.Text.Json.Serialization.JsonPropertyName("url")] string Url,
        [property: System.Text.Json.Serialization.JsonPropertyName("queryString")] string? QueryString,
        [property: System.Text.Json.Serialization.JsonPropertyName("culture")] string? Culture);
}
