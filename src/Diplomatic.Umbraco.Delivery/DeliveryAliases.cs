using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Delivery;

/// <summary>
/// The content-type and property aliases of the Diplomatic content model as the Delivery API prints them: the model's
/// own constants (<see cref="DocumentTypeAliases"/>, <see cref="PropertyAliases"/>), gathered flat for front ends. The
/// model lives in an assembly without an Umbraco dependency, so the client uses it rather than a copy.
/// </summary>
public static class DeliveryAliases
{
    /// <summary>Content-type aliases (the <c>contentType</c> of an item).</summary>
    public static class ContentTypes
    {
        /// <summary>The magazine (site root).</summary>
        public const string Magazine = DocumentTypeAliases.Magazine;

        /// <summary>A booklet.</summary>
        public const string Booklet = DocumentTypeAliases.Booklet;

        /// <summary>An article.</summary>
        public const string Article = DocumentTypeAliases.Article;

        /// <summary>A fact box.</summary>
        public const string FactBox = DocumentTypeAliases.FactBox;

        /// <summary>An event.</summary>
        public const string Event = DocumentTypeAliases.Event;

        /// <summary>An author.</summary>
        public const string Author = DocumentTypeAliases.Author;

        /// <summary>The authors folder.</summary>
        public const string Authors = DocumentTypeAliases.Authors;
    }

    /// <summary>Property aliases (keys of an item's <c>properties</c>).</summary>
    public static class Properties
    {
#pragma warning disable CS1591 // Each constant is the property alias of the same name; the content model documents them.
        public const string Tagline = PropertyAliases.Magazine.Tagline;
        public const string About = PropertyAliases.Magazine.About;
        public const string Logo = PropertyAliases.Magazine.Logo;
        public const string Subtitle = PropertyAliases.Booklet.Subtitle;
        public const string Publishers = PropertyAliases.Booklet.Publishers;
        public const string Occasion = PropertyAliases.Booklet.Occasion;
        public const string Introduction = PropertyAliases.Booklet.Introduction;
        public const string CoverImage = PropertyAliases.Booklet.CoverImage;
        public const string PdfEdition = PropertyAliases.Booklet.PdfEdition;
        public const string Isbn = PropertyAliases.Booklet.Isbn;
        public const string Manuscript = PropertyAliases.Booklet.Manuscript;
        public const string Standfirst = PropertyAliases.Article.Standfirst;
        public const string Body = PropertyAliases.Article.Body;
        public const string HeroImage = PropertyAliases.Article.HeroImage;
        public const string FactBoxes = PropertyAliases.Article.FactBoxes;
        public const string RelatedArticles = PropertyAliases.Article.RelatedArticles;
        public const string ReadingTime = PropertyAliases.Article.ReadingTime;
        public const string Headline = PropertyAliases.FactBox.Headline;
        public const string Statement = PropertyAliases.FactBox.Statement;
        public const string Figure = PropertyAliases.FactBox.Figure;
        public const string Unit = PropertyAliases.FactBox.Unit;
        public const string AsOfDate = PropertyAliases.FactBox.AsOfDate;
        public const string Source = PropertyAliases.FactBox.Source;
        public const string SourceLink = PropertyAliases.FactBox.SourceLink;
        public const string StartDate = PropertyAliases.Event.StartDate;
        public const string EndDate = PropertyAliases.Event.EndDate;
        public const string DatePrecision = PropertyAliases.Event.DatePrecision;
        public const string Location = PropertyAliases.Event.Location;
        public const string HostCountry = PropertyAliases.Event.HostCountry;
        public const string EventType = PropertyAliases.Event.EventType;
        public const string Participants = PropertyAliases.Event.Participants;
        public const string Summary = PropertyAliases.Event.Summary;
        public const string Description = PropertyAliases.Event.Description;
        public const string Role = PropertyAliases.Author.Role;
        public const string Organisation = PropertyAliases.Author.Organisation;
        public const string Biography = PropertyAliases.Author.Biography;
        public const string Photo = PropertyAliases.Author.Photo;
        public const string Countries = PropertyAliases.Bilateral.Countries;
        public const string Topics = PropertyAliases.Bilateral.Topics;
        public const string PublishDate = PropertyAliases.Publishing.PublishDate;
        public const string Authors = PropertyAliases.Publishing.Authors;
        public const string MetaTitle = PropertyAliases.Seo.MetaTitle;
        public const string MetaDescription = PropertyAliases.Seo.MetaDescription;
        public const string SocialImage = PropertyAliases.Seo.SocialImage;
        public const string NoIndex = PropertyAliases.Seo.NoIndex;
#pragma warning restore CS1591
    }
}
