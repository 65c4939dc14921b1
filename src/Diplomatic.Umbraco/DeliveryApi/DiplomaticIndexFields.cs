namespace Diplomatic.Umbraco.DeliveryApi;

/// <summary>
/// The names of the fields the plugin adds to Umbraco's <c>DeliveryApiContentIndex</c>. The query handlers filter,
/// sort and select on these; a custom handler of a site can use them too. Changing one needs an index rebuild.
/// </summary>
public static class DiplomaticIndexFields
{
    /// <summary>The countries an item is about: ISO 3166-1 alpha-2 codes in lower case (<c>az</c>, <c>pk</c>). Raw string.</summary>
    public const string Countries = "diplomaticCountries";

    /// <summary>The topics (tags) of an item, in lower case. Raw string.</summary>
    public const string Topics = "diplomaticTopics";

    /// <summary>The keys of an item's authors, "D" format (lower-case, with hyphens). Raw string.</summary>
    public const string Authors = "diplomaticAuthors";

    /// <summary>The key ("D" format) of the nearest booklet above an article, fact box or event. Raw string.</summary>
    public const string Booklet = "diplomaticBooklet";

    /// <summary>The publish date readers see, as a date (the time of day is dropped). Date.</summary>
    public const string PublishDate = "diplomaticPublishDate";

    /// <summary>
    /// An event's start date: a year-precision event is indexed as 1 January of that year, a month-precision one as
    /// the first of that month. Date.
    /// </summary>
    public const string EventDate = "diplomaticEventDate";

    /// <summary>An event's type as its query token (<c>stateVisit</c>), see <see cref="ContentModel.Vocabularies.Token"/>. Raw string.</summary>
    public const string EventType = "diplomaticEventType";

    /// <summary>
    /// The countries and topics of an article, fact box or event as one list of prefixed terms
    /// (<c>country:az</c>, <c>topic:energy</c>): what the <c>related:</c> selector matches in one OR-ed field. Raw string.
    /// </summary>
    public const string RelatedTerms = "diplomaticRelatedTerms";

    /// <summary>The item's own key ("D" format) on articles, fact boxes and events, for the <c>exclude:</c> filter. Raw string.</summary>
    public const string Key = "diplomaticKey";

    /// <summary>The prefix of a country term in <see cref="RelatedTerms"/>: the country filter's word and a colon (<c>country:</c>).</summary>
    public const string CountryTermPrefix = ContentModel.DeliveryQueryWords.Country + ":";

    /// <summary>The prefix of a topic term in <see cref="RelatedTerms"/>: the topic filter's word and a colon (<c>topic:</c>).</summary>
    public const string TopicTermPrefix = ContentModel.DeliveryQueryWords.Topic + ":";
}
