namespace Diplomatic.Umbraco.ContentModel;

/// <summary>The aliases of the model's document types. Every other piece of code uses these constants.</summary>
public static class DocumentTypeAliases
{
    /// <summary>The magazine: the site root.</summary>
    public const string Magazine = "magazine";

    /// <summary>A bilateral-relations booklet.</summary>
    public const string Booklet = "booklet";

    /// <summary>An article, in a booklet or on its own.</summary>
    public const string Article = "article";

    /// <summary>A reusable fact box.</summary>
    public const string FactBox = "factBox";

    /// <summary>An event on a timeline.</summary>
    public const string Event = "event";

    /// <summary>An author.</summary>
    public const string Author = "author";

    /// <summary>The container of authors.</summary>
    public const string Authors = "authors";

    /// <summary>Composition: the two (or more) countries and the topics an item is about.</summary>
    public const string Bilateral = "diplomaticBilateral";

    /// <summary>Composition: publish date and authors.</summary>
    public const string Publishing = "diplomaticPublishing";

    /// <summary>Composition: search-engine and social metadata.</summary>
    public const string Seo = "diplomaticSeo";
}

/// <summary>The aliases of the model's properties, grouped by the type (or composition) that declares them.</summary>
public static class PropertyAliases
{
    /// <summary>Properties of <see cref="DocumentTypeAliases.Magazine"/>.</summary>
    public static class Magazine
    {
        /// <summary>The magazine's tagline.</summary>
        public const string Tagline = "tagline";

        /// <summary>About the magazine.</summary>
        public const string About = "about";

        /// <summary>The logo.</summary>
        public const string Logo = "logo";
    }

    /// <summary>Properties of <see cref="DocumentTypeAliases.Booklet"/>.</summary>
    public static class Booklet
    {
        /// <summary>The subtitle.</summary>
        public const string Subtitle = "subtitle";

        /// <summary>The publishing organisations.</summary>
        public const string Publishers = "publishers";

        /// <summary>The occasion, e.g. the silver jubilee of relations.</summary>
        public const string Occasion = "occasion";

        /// <summary>The introduction (rich text).</summary>
        public const string Introduction = "introduction";

        /// <summary>The cover image.</summary>
        public const string CoverImage = "coverImage";

        /// <summary>The PDF edition (media).</summary>
        public const string PdfEdition = "pdfEdition";

        /// <summary>The ISBN of the edition in this culture.</summary>
        public const string Isbn = "isbn";

        /// <summary>The uploaded manuscript (Markdown, plain text or Word) that the importer reads.</summary>
        public const string Manuscript = "manuscript";
    }

    /// <summary>Properties of <see cref="DocumentTypeAliases.Article"/>.</summary>
    public static class Article
    {
        /// <summary>The standfirst: the short lead under the title.</summary>
        public const string Standfirst = "standfirst";

        /// <summary>The body (rich text).</summary>
        public const string Body = "body";

        /// <summary>The hero image.</summary>
        public const string HeroImage = "heroImage";

        /// <summary>The fact boxes shown with the article.</summary>
        public const string FactBoxes = "factBoxes";

        /// <summary>Related articles.</summary>
        public const string RelatedArticles = "relatedArticles";

        /// <summary>Reading time in minutes, computed on save (read-only).</summary>
        public const string ReadingTime = "readingTime";
    }

    /// <summary>Properties of <see cref="DocumentTypeAliases.FactBox"/>.</summary>
    public static class FactBox
    {
        /// <summary>The headline (mandatory).</summary>
        public const string Headline = "headline";

        /// <summary>The statement (mandatory).</summary>
        public const string Statement = "statement";

        /// <summary>The figure, a number.</summary>
        public const string Figure = "figure";

        /// <summary>The unit of the figure, e.g. "USD million".</summary>
        public const string Unit = "unit";

        /// <summary>The date the figure holds for.</summary>
        public const string AsOfDate = "asOfDate";

        /// <summary>The source's name.</summary>
        public const string Source = "source";

        /// <summary>A link to the source.</summary>
        public const string SourceLink = "sourceLink";
    }

    /// <summary>Properties of <see cref="DocumentTypeAliases.Event"/>.</summary>
    public static class Event
    {
        /// <summary>The start date (mandatory).</summary>
        public const string StartDate = "startDate";

        /// <summary>The end date.</summary>
        public const string EndDate = "endDate";

        /// <summary>How precisely the dates are known: day, month or year.</summary>
        public const string DatePrecision = "datePrecision";

        /// <summary>Where it took place.</summary>
        public const string Location = "location";

        /// <summary>The host country.</summary>
        public const string HostCountry = "hostCountry";

        /// <summary>The kind of event.</summary>
        public const string EventType = "eventType";

        /// <summary>Who took part.</summary>
        public const string Participants = "participants";

        /// <summary>A one-paragraph summary.</summary>
        public const string Summary = "summary";

        /// <summary>The full description (rich text).</summary>
        public const string Description = "description";

        /// <summary>Related articles.</summary>
        public const string RelatedArticles = "relatedArticles";
    }

    /// <summary>Properties of <see cref="DocumentTypeAliases.Author"/>.</summary>
    public static class Author
    {
        /// <summary>The author's role, e.g. "Editor-in-chief".</summary>
        public const string Role = "role";

        /// <summary>The author's organisation.</summary>
        public const string Organisation = "organisation";

        /// <summary>A short biography.</summary>
        public const string Biography = "biography";

        /// <summary>A photo.</summary>
        public const string Photo = "photo";
    }

    /// <summary>Properties of the <see cref="DocumentTypeAliases.Bilateral"/> composition.</summary>
    public static class Bilateral
    {
        /// <summary>The countries (ISO 3166-1 English short names).</summary>
        public const string Countries = "countries";

        /// <summary>The topics (tags in group <see cref="DiplomaticDataTypes.TopicsTagGroup"/>).</summary>
        public const string Topics = "topics";
    }

    /// <summary>Properties of the <see cref="DocumentTypeAliases.Publishing"/> composition.</summary>
    public static class Publishing
    {
        /// <summary>The publish date shown to readers (not Umbraco's publish time).</summary>
        public const string PublishDate = "publishDate";

        /// <summary>The authors (picker of author).</summary>
        public const string Authors = "authors";
    }

    /// <summary>Properties of the <see cref="DocumentTypeAliases.Seo"/> composition.</summary>
    public static class Seo
    {
        /// <summary>The title for search engines.</summary>
        public const string MetaTitle = "metaTitle";

        /// <summary>The description for search engines.</summary>
        public const string MetaDescription = "metaDescription";

        /// <summary>The image for social cards.</summary>
        public const string SocialImage = "socialImage";

        /// <summary>Asks search engines not to index the page.</summary>
        public const string NoIndex = "noIndex";
    }
}
