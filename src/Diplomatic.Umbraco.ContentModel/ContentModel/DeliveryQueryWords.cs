namespace Diplomatic.Umbraco.ContentModel;

/// <summary>
/// The words of the filters, sorts and selector the plugin adds to the Delivery API (<c>filter=country:az</c>,
/// <c>sort=publishDate:desc</c>, <c>fetch=related:{key}</c>). The server's query handlers, the C# client and the
/// generated TypeScript contract (<c>queryWords</c> in <c>clients/typescript/diplomatic-content.ts</c>) all read
/// them from here. Every public string constant of this class is a query word: the TypeScript generator emits each
/// one, keyed by its name in camel case. Umbraco's built-in words (<c>children:</c>, <c>contentType:</c>,
/// <c>sortOrder:</c>, …) are not here.
/// </summary>
public static class DeliveryQueryWords
{
    /// <summary>The country filter: <c>country:az,pk</c>, or <c>country:!az</c> to leave those out.</summary>
    public const string Country = "country";

    /// <summary>The topic filter: <c>topic:energy,trade</c>, or <c>topic:!energy</c>.</summary>
    public const string Topic = "topic";

    /// <summary>The author filter: <c>author:{key}</c> (author document keys).</summary>
    public const string Author = "author";

    /// <summary>The booklet filter: <c>booklet:{key}</c>, the items at any depth below a booklet.</summary>
    public const string Booklet = "booklet";

    /// <summary>The event-type filter: <c>eventType:stateVisit,summit</c> (see <see cref="Vocabularies.Token"/>).</summary>
    public const string EventType = "eventType";

    /// <summary>The exclude filter: <c>exclude:{key},{key}</c> leaves those items out.</summary>
    public const string Exclude = "exclude";

    /// <summary>
    /// The publish date readers see: a filter with an operator (<c>publishDate&gt;2024-01-01</c>, also <c>&gt;:</c>,
    /// <c>&lt;</c>, <c>&lt;:</c>) and a sort (<c>publishDate:desc</c>).
    /// </summary>
    public const string PublishDate = "publishDate";

    /// <summary>An event's start date: a filter (<c>eventDate&gt;:2026-11-27</c>) and a sort (<c>eventDate:asc</c>).</summary>
    public const string EventDate = "eventDate";

    /// <summary>The related selector: <c>related:{key}</c>, the items sharing a country or topic with that item.</summary>
    public const string Related = "related";
}
