using System.Globalization;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing.ReadingTime;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.Importing;

/// <summary>
/// Turns a <see cref="BookletDraft"/> into <see cref="ContentNode"/>s with stored values (as Umbraco's database
/// and uSync hold them, written by <see cref="StoredValues"/>) and keys derived from slugs (UUID v5), so importing
/// the same manuscript again updates the same items. The tree is the magazine root ("The Diplomatic Insight") holding the authors container and the
/// booklet; the booklet holds its articles, then its fact boxes, then its events.
/// </summary>
internal static class BookletContentMapper
{
    /// <summary>The magazine root's name.</summary>
    public const string MagazineName = "The Diplomatic Insight";

    /// <summary>The authors container's name.</summary>
    public const string AuthorsName = "Authors";

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
        Add(values, P.Booklet.Publishers, StoredValues.TextLines(draft.Publishers), culture);
        Add(values, P.Booklet.Occasion, draft.Occasion, culture);
        Add(values, P.Booklet.Introduction, StoredValues.RichText(draft.IntroductionHtml), culture);
        Add(values, P.Booklet.Isbn, draft.Isbn, culture);
        AddBilateral(values, draft.Countries, draft.Topics);
        Add(values, P.Publishing.PublishDate, StoredValues.Date(draft.PublishDate), null);
        Add(values, P.Publishing.Authors, StoredValues.DocumentUdis(draft.Articles.SelectMany(a => a.Authors).Distinct().Select(a => AuthorKey(Slugs.From(a)))), null);

        var children = new List<ContentNode>();
        foreach (var article in draft.Articles)
        {
            var articleValues = new List<ContentNodeValue>();
            Add(articleValues, P.Article.Standfirst, article.Standfirst, culture);
            Add(articleValues, P.Article.Body, StoredValues.RichText(article.BodyHtml), culture);
            Add(articleValues, P.Article.ReadingTime, ReadingTimeCalculator.Minutes(article.BodyHtml, wordsPerMinute).ToString(CultureInfo.InvariantCulture), culture);
            Add(articleValues, P.Article.FactBoxes, StoredValues.DocumentUdis(article.FactBoxSlugs.Select(f => ItemKey(slug, "factbox", f))), null);
            AddBilateral(articleValues, draft.Countries, draft.Topics);
            Add(articleValues, P.Publishing.PublishDate, StoredValues.Date(draft.PublishDate), null);
            Add(articleValues, P.Publishing.Authors, StoredValues.DocumentUdis(article.Authors.Select(a => AuthorKey(Slugs.From(a)))), null);
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
            Add(factValues, P.FactBox.AsOfDate, StoredValues.Date(factBox.AsOf), null);
            Add(factValues, P.FactBox.Source, factBox.Source, culture);
            Add(factValues, P.FactBox.SourceLink, StoredValues.ExternalLink(factBox.SourceLink, factBox.Source), null);
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
            Add(eventValues, P.Event.StartDate, StoredValues.Date(item.Start), null);
            Add(eventValues, P.Event.EndDate, StoredValues.Date(item.End), null);
            Add(eventValues, P.Event.DatePrecision, Vocabularies.DatePrecisionLabels[item.Precision], null);
            Add(eventValues, P.Event.EventType, item.Type is { } type ? StoredValues.StringList([Vocabularies.EventTypeLabels[type]]) : null, null);
            Add(eventValues, P.Event.Location, item.Location, culture);
            Add(eventValues, P.Event.HostCountry, item.HostCountry is { } host ? StoredValues.StringList([host]) : null, null);
            Add(eventValues, P.Event.Participants, StoredValues.TextLines(item.Participants), culture);
            Add(eventValues, P.Event.Summary, item.Summary, culture);
            Add(eventValues, P.Event.RelatedArticles, item.ArticleSlug is { } articleSlug ? StoredValues.DocumentUdis([ItemKey(slug, "article", articleSlug)]) : null, null);
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
        Add(values, P.Bilateral.Countries, StoredValues.StringList(countries), null);
        Add(values, P.Bilateral.Topics, StoredValues.StringList(topics), null);
    }

    private static void Add(List<ContentNodeValue> values, string alias, string? value, string? culture)
    {
        if (!string.IsNullOrEmpty(value))
        {
            values.Add(new ContentNodeValue(alias, value, culture));
        }
    }

    private static Dictionary<string, string> Name(string culture, string name) => new() { [culture] = name };
}
