namespace Diplomatic.Umbraco.Delivery;

/// <summary>
/// The content-type and property aliases of the Diplomatic content model as the Delivery API prints them. The client has
/// no Umbraco dependency, so it carries its own copy; a test proves the copy equals the model.
/// </summary>
public static class DeliveryAliases
{
    /// <summary>Content-type aliases (the <c>contentType</c> of an item).</summary>
    public static class ContentTypes
    {
        /// <summary>The magazine (site root).</summary>
        public const string Magazine = "magazine";

        /// <summary>A booklet.</summary>
        public const string Booklet = "booklet";

        /// <summary>An article.</summary>
        public const string Article = "article";

        /// <summary>A fact box.</summary>
        public const string FactBox = "factBox";

        /// <summary>An event.</summary>
        public const string Event = "event";

        /// <summary>An author.</summary>
        public const string Author = "author";

        /// <summary>The authors folder.</summary>
        public const string Authors = "authors";
    }

    /// <summary>Property aliases (keys of an item's <c>properties</c>).</summary>
    public static class Properties
    {
#pragma warning disable CS1591 // Each constant is the property alias of the same name; the content model documents them.
        public const string Tagline = "tagline";
        public const string About = "about";
        public const string Logo = "logo";
        public const string Subtitle = "subtitle";
        public const string Publishers = "publishers";
        public const string Occasion = "occasion";
        public const string Introduction = "introduction";
        public const string CoverImage = "coverImage";
        public const string PdfEdition = "pdfEdition";
        public const string Isbn = "isbn";
        public const string Manuscript = "manuscript";
        public const string Standfirst = "standfirst";
        public const string Body = "body";
        public const string HeroImage = "heroImage";
        public const string FactBoxes = "factBoxes";
        public const string RelatedArticles = "relatedArticles";
        public const string ReadingTime = "readingTime";
        public const string Headline = "headline";
        public const string Statement = "statement";
        public const string Figure = "figure";
        public const string Unit = "unit";
        public const string AsOfDate = "asOfDate";
        public const string Source = "source";
        public const string SourceLink = "sourceLink";
        public const string StartDate = "startDate";
        public const string EndDate = "endDate";
        public const string DatePrecision = "datePrecision";
        public const string Location = "location";
        public const string HostCountry = "hostCountry";
        public const string EventType = "eventType";
        public const string Participants = "participants";
        public const string Summary = "summary";
        public const string Description = "description";
        public const string Role = "role";
        public const string Organisation = "organisation";
        public const string Biography = "biography";
        public const string Photo = "photo";
        public const string Countries = "countries";
        public const string Topics = "topics";
        public const string PublishDate = "publishDate";
        public const string Authors = "authors";
        public const string MetaTitle = "metaTitle";
        public const string MetaDescription = "metaDescription";
        public const string SocialImage = "socialImage";
        public const string NoIndex = "noIndex";
#pragma warning restore CS1591
    }
}
