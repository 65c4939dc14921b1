using System.Text.Json.Serialization;
using Diplomatic.Umbraco.Delivery.Json;
using P = Diplomatic.Umbraco.Delivery.DeliveryAliases.Properties;
using T = Diplomatic.Umbraco.Delivery.DeliveryAliases.ContentTypes;

namespace Diplomatic.Umbraco.Delivery.Models;

/// <summary>The magazine: the site root.</summary>
[JsonConverter(typeof(DeliveryContentConverter<Magazine>))]
public sealed class Magazine : DeliveryContent<MagazineProperties>
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string ContentType => T.Magazine;

    /// <inheritdoc />
    private protected override PropertyTable<MagazineProperties> PropertyTable => PropertyReaders.Magazine;
}

/// <summary>A bilateral-relations booklet.</summary>
[JsonConverter(typeof(DeliveryContentConverter<Booklet>))]
public sealed class Booklet : DeliveryContent<BookletProperties>
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string ContentType => T.Booklet;

    /// <inheritdoc />
    private protected override PropertyTable<BookletProperties> PropertyTable => PropertyReaders.Booklet;
}

/// <summary>An article.</summary>
[JsonConverter(typeof(DeliveryContentConverter<Article>))]
public sealed class Article : DeliveryContent<ArticleProperties>
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string ContentType => T.Article;

    /// <inheritdoc />
    private protected override PropertyTable<ArticleProperties> PropertyTable => PropertyReaders.Article;
}

/// <summary>A fact box.</summary>
[JsonConverter(typeof(DeliveryContentConverter<FactBox>))]
public sealed class FactBox : DeliveryContent<FactBoxProperties>
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string ContentType => T.FactBox;

    /// <inheritdoc />
    private protected override PropertyTable<FactBoxProperties> PropertyTable => PropertyReaders.FactBox;
}

/// <summary>An event on a timeline.</summary>
[JsonConverter(typeof(DeliveryContentConverter<Event>))]
public sealed class Event : DeliveryContent<EventProperties>
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string ContentType => T.Event;

    /// <inheritdoc />
    private protected override PropertyTable<EventProperties> PropertyTable => PropertyReaders.Event;
}

/// <summary>An author.</summary>
[JsonConverter(typeof(DeliveryContentConverter<Author>))]
public sealed class Author : DeliveryContent<AuthorProperties>
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string ContentType => T.Author;

    /// <inheritdoc />
    private protected override PropertyTable<AuthorProperties> PropertyTable => PropertyReaders.Author;
}

/// <summary>The folder of authors.</summary>
[JsonConverter(typeof(DeliveryContentConverter<Authors>))]
public sealed class Authors : DeliveryContent<AuthorsProperties>
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string ContentType => T.Authors;

    /// <inheritdoc />
    private protected override PropertyTable<AuthorsProperties> PropertyTable => PropertyReaders.Authors;
}

/// <summary>The magazine's properties.</summary>
public sealed class MagazineProperties : ISeoProperties
{
    /// <summary>The tagline.</summary>
    [JsonPropertyName(P.Tagline)] public string? Tagline { get; set; }

    /// <summary>About the magazine.</summary>
    [JsonPropertyName(P.About)] public string? About { get; set; }

    /// <summary>The logo.</summary>
    [JsonPropertyName(P.Logo)] public IReadOnlyList<DeliveryMedia>? Logo { get; set; }

    /// <summary>SEO: the title for search engines.</summary>
    [JsonPropertyName(P.MetaTitle)] public string? MetaTitle { get; set; }

    /// <summary>SEO: the description for search engines.</summary>
    [JsonPropertyName(P.MetaDescription)] public string? MetaDescription { get; set; }

    /// <summary>SEO: the social card image.</summary>
    [JsonPropertyName(P.SocialImage)] public IReadOnlyList<DeliveryMedia>? SocialImage { get; set; }

    /// <summary>SEO: hide from search engines.</summary>
    [JsonPropertyName(P.NoIndex)] public bool NoIndex { get; set; }
}

/// <summary>A booklet's properties.</summary>
public sealed class BookletProperties : IBilateralProperties, IPublishingProperties, ISeoProperties
{
    /// <summary>The countries (English short names).</summary>
    [JsonPropertyName(P.Countries)] public IReadOnlyList<string>? Countries { get; set; }

    /// <summary>The topics.</summary>
    [JsonPropertyName(P.Topics)] public IReadOnlyList<string>? Topics { get; set; }

    /// <summary>The publish date readers see (no offset).</summary>
    [JsonPropertyName(P.PublishDate)] public DateTime? PublishDate { get; set; }

    /// <summary>The authors; only names and routes unless expanded.</summary>
    [JsonPropertyName(P.Authors)] public IReadOnlyList<Author>? Authors { get; set; }

    /// <summary>SEO: the title for search engines.</summary>
    [JsonPropertyName(P.MetaTitle)] public string? MetaTitle { get; set; }

    /// <summary>SEO: the description for search engines.</summary>
    [JsonPropertyName(P.MetaDescription)] public string? MetaDescription { get; set; }

    /// <summary>SEO: the social card image.</summary>
    [JsonPropertyName(P.SocialImage)] public IReadOnlyList<DeliveryMedia>? SocialImage { get; set; }

    /// <summary>SEO: hide from search engines.</summary>
    [JsonPropertyName(P.NoIndex)] public bool NoIndex { get; set; }

    /// <summary>The subtitle.</summary>
    [JsonPropertyName(P.Subtitle)] public string? Subtitle { get; set; }

    /// <summary>The publishing organisations.</summary>
    [JsonPropertyName(P.Publishers)] public IReadOnlyList<string>? Publishers { get; set; }

    /// <summary>The occasion.</summary>
    [JsonPropertyName(P.Occasion)] public string? Occasion { get; set; }

    /// <summary>The introduction.</summary>
    [JsonPropertyName(P.Introduction)] public RichText? Introduction { get; set; }

    /// <summary>The ISBN of this culture's edition.</summary>
    [JsonPropertyName(P.Isbn)] public string? Isbn { get; set; }

    /// <summary>The cover image.</summary>
    [JsonPropertyName(P.CoverImage)] public IReadOnlyList<DeliveryMedia>? CoverImage { get; set; }

    /// <summary>The PDF edition.</summary>
    [JsonPropertyName(P.PdfEdition)] public IReadOnlyList<DeliveryMedia>? PdfEdition { get; set; }

    /// <summary>The uploaded manuscript's URL.</summary>
    [JsonPropertyName(P.Manuscript)] public string? Manuscript { get; set; }
}

/// <summary>An article's properties.</summary>
public sealed class ArticleProperties : IBilateralProperties, IPublishingProperties, ISeoProperties
{
    /// <summary>The countries (English short names).</summary>
    [JsonPropertyName(P.Countries)] public IReadOnlyList<string>? Countries { get; set; }

    /// <summary>The topics.</summary>
    [JsonPropertyName(P.Topics)] public IReadOnlyList<string>? Topics { get; set; }

    /// <summary>The publish date readers see (no offset).</summary>
    [JsonPropertyName(P.PublishDate)] public DateTime? PublishDate { get; set; }

    /// <summary>The authors; only names and routes unless expanded.</summary>
    [JsonPropertyName(P.Authors)] public IReadOnlyList<Author>? Authors { get; set; }

    /// <summary>SEO: the title for search engines.</summary>
    [JsonPropertyName(P.MetaTitle)] public string? MetaTitle { get; set; }

    /// <summary>SEO: the description for search engines.</summary>
    [JsonPropertyName(P.MetaDescription)] public string? MetaDescription { get; set; }

    /// <summary>SEO: the social card image.</summary>
    [JsonPropertyName(P.SocialImage)] public IReadOnlyList<DeliveryMedia>? SocialImage { get; set; }

    /// <summary>SEO: hide from search engines.</summary>
    [JsonPropertyName(P.NoIndex)] public bool NoIndex { get; set; }

    /// <summary>The standfirst.</summary>
    [JsonPropertyName(P.Standfirst)] public string? Standfirst { get; set; }

    /// <summary>The body.</summary>
    [JsonPropertyName(P.Body)] public RichText? Body { get; set; }

    /// <summary>The hero image.</summary>
    [JsonPropertyName(P.HeroImage)] public IReadOnlyList<DeliveryMedia>? HeroImage { get; set; }

    /// <summary>Reading time in minutes, computed on save.</summary>
    [JsonPropertyName(P.ReadingTime)] public int? ReadingTime { get; set; }

    /// <summary>The fact boxes; with properties only when expanded.</summary>
    [JsonPropertyName(P.FactBoxes)] public IReadOnlyList<FactBox>? FactBoxes { get; set; }

    /// <summary>Related articles; with properties only when expanded.</summary>
    [JsonPropertyName(P.RelatedArticles)] public IReadOnlyList<Article>? RelatedArticles { get; set; }
}

/// <summary>A fact box's properties.</summary>
public sealed class FactBoxProperties : IBilateralProperties
{
    /// <summary>The countries (English short names).</summary>
    [JsonPropertyName(P.Countries)] public IReadOnlyList<string>? Countries { get; set; }

    /// <summary>The topics.</summary>
    [JsonPropertyName(P.Topics)] public IReadOnlyList<string>? Topics { get; set; }

    /// <summary>The headline.</summary>
    [JsonPropertyName(P.Headline)] public string? Headline { get; set; }

    /// <summary>The statement.</summary>
    [JsonPropertyName(P.Statement)] public string? Statement { get; set; }

    /// <summary>The figure.</summary>
    [JsonPropertyName(P.Figure)] public decimal? Figure { get; set; }

    /// <summary>The figure's unit.</summary>
    [JsonPropertyName(P.Unit)] public string? Unit { get; set; }

    /// <summary>The date the figure holds for.</summary>
    [JsonPropertyName(P.AsOfDate)] public DateTime? AsOfDate { get; set; }

    /// <summary>The source's name.</summary>
    [JsonPropertyName(P.Source)] public string? Source { get; set; }

    /// <summary>A link to the source (at most one).</summary>
    [JsonPropertyName(P.SourceLink)] public IReadOnlyList<DeliveryLink>? SourceLink { get; set; }
}

/// <summary>An event's properties.</summary>
public sealed class EventProperties : IBilateralProperties
{
    /// <summary>The countries (English short names).</summary>
    [JsonPropertyName(P.Countries)] public IReadOnlyList<string>? Countries { get; set; }

    /// <summary>The topics.</summary>
    [JsonPropertyName(P.Topics)] public IReadOnlyList<string>? Topics { get; set; }

    /// <summary>The start date (the first day of the year or month when the precision is coarser).</summary>
    [JsonPropertyName(P.StartDate)] public DateTime? StartDate { get; set; }

    /// <summary>The end date.</summary>
    [JsonPropertyName(P.EndDate)] public DateTime? EndDate { get; set; }

    /// <summary>The stored precision label: <c>Day</c>, <c>Month</c> or <c>Year</c>; empty means day.</summary>
    [JsonPropertyName(P.DatePrecision)] public string? DatePrecision { get; set; }

    /// <summary>The stored event-type label, e.g. <c>State visit</c>.</summary>
    [JsonPropertyName(P.EventType)] public string? EventType { get; set; }

    /// <summary>Where it took place.</summary>
    [JsonPropertyName(P.Location)] public string? Location { get; set; }

    /// <summary>The host country (English short name).</summary>
    [JsonPropertyName(P.HostCountry)] public string? HostCountry { get; set; }

    /// <summary>Who took part.</summary>
    [JsonPropertyName(P.Participants)] public IReadOnlyList<string>? Participants { get; set; }

    /// <summary>A one-paragraph summary.</summary>
    [JsonPropertyName(P.Summary)] public string? Summary { get; set; }

    /// <summary>The full description.</summary>
    [JsonPropertyName(P.Description)] public RichText? Description { get; set; }

    /// <summary>Related articles.</summary>
    [JsonPropertyName(P.RelatedArticles)] public IReadOnlyList<Article>? RelatedArticles { get; set; }
}

/// <summary>An author's properties.</summary>
public sealed class AuthorProperties
{
    /// <summary>The role.</summary>
    [JsonPropertyName(P.Role)] public string? Role { get; set; }

    /// <summary>The organisation.</summary>
    [JsonPropertyName(P.Organisation)] public string? Organisation { get; set; }

    /// <summary>A short biography.</summary>
    [JsonPropertyName(P.Biography)] public string? Biography { get; set; }

    /// <summary>A photo.</summary>
    [JsonPropertyName(P.Photo)] public IReadOnlyList<DeliveryMedia>? Photo { get; set; }
}

/// <summary>The authors folder has no properties of its own.</summary>
public sealed class AuthorsProperties
{
}
