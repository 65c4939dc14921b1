using System.Text.Json.Serialization;
using P = Diplomatic.Umbraco.Delivery.DeliveryAliases.Properties;

namespace Diplomatic.Umbraco.Delivery.Models;

/// <summary>
/// The properties of the <c>diplomaticBilateral</c> composition: which countries and topics an item is about. Booklets,
/// articles, fact boxes and events have them, so a front end can list or link any of them by country alike.
/// </summary>
public interface IBilateralProperties
{
    /// <summary>The countries (English short names).</summary>
    [JsonPropertyName(P.Countries)]
    IReadOnlyList<string>? Countries { get; set; }

    /// <summary>The topics.</summary>
    [JsonPropertyName(P.Topics)]
    IReadOnlyList<string>? Topics { get; set; }
}

/// <summary>The properties of the <c>diplomaticPublishing</c> composition: the readers' publish date and the authors.</summary>
public interface IPublishingProperties
{
    /// <summary>The publish date readers see (no offset).</summary>
    [JsonPropertyName(P.PublishDate)]
    DateTime? PublishDate { get; set; }

    /// <summary>The authors; only names and routes unless expanded.</summary>
    [JsonPropertyName(P.Authors)]
    IReadOnlyList<Author>? Authors { get; set; }
}

/// <summary>
/// The properties of the <c>diplomaticSeo</c> composition: what search engines and social cards are told. One
/// rendering of the page head serves every type that has it.
/// </summary>
public interface ISeoProperties
{
    /// <summary>The title for search engines.</summary>
    [JsonPropertyName(P.MetaTitle)]
    string? MetaTitle { get; set; }

    /// <summary>The description for search engines.</summary>
    [JsonPropertyName(P.MetaDescription)]
    string? MetaDescription { get; set; }

    /// <summary>The social card image.</summary>
    [JsonPropertyName(P.SocialImage)]
    IReadOnlyList<DeliveryMedia>? SocialImage { get; set; }

    /// <summary>Hide from search engines.</summary>
    [JsonPropertyName(P.NoIndex)]
    bool NoIndex { get; set; }
}
