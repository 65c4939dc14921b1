using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.DeliveryApi.Indexing;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models.PublishedContent;
using F = Diplomatic.Umbraco.DeliveryApi.DiplomaticIndexFields;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.DeliveryApi.Querying;

/// <summary>
/// <c>fetch=related:{key}</c>: published articles, fact boxes and events that share at least one country or topic
/// with the given item. The selector reads the item's countries and topics from the Delivery API's published cache
/// (draft values with <c>Preview: true</c>) and matches them, OR-ed, against
/// <see cref="DiplomaticIndexFields.RelatedTerms"/>, which only those three types carry.
/// </summary>
/// <remarks>
/// A selector can only say which items to take, never which to leave out, so the item itself is in the result
/// when it is an article, fact box or event. Add <c>filter=exclude:{key}</c> to leave it out. A key that is not a
/// GUID answers 400; an unknown or unpublished item, or one without countries and topics, gives an empty list
/// (like the built-in <c>children:</c> selector).
/// </remarks>
public sealed class RelatedSelector : ISelectorHandler
{
    private const string Prefix = DeliveryQueryWords.Related + ":";

    private readonly IApiPublishedContentCache _contentCache;

    /// <summary>Creates the selector (Umbraco does this).</summary>
    /// <param name="contentCache">The Delivery API's view of the content cache (honours the Preview header).</param>
    public RelatedSelector(IApiPublishedContentCache contentCache) => _contentCache = contentCache;

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryParser.TryParseKey(query, Prefix, out _);

    /// <inheritdoc />
    public SelectorOption BuildSelectorOption(string selector)
    {
        string[] terms = [];
        if (QueryParser.TryParseKey(selector, Prefix, out var key) && _contentCache.GetById(key) is { } item)
        {
            terms = [.. Terms(item)];
        }

        return new SelectorOption
        {
            FieldName = F.RelatedTerms,
            Values = terms.Length > 0 ? terms : [QueryParser.NoMatch],
        };
    }

    /// <summary>The related terms of a published item, the same ones the index handler writes.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The terms.</returns>
    internal static List<string> Terms(IPublishedContent item) =>
        DiplomaticContentIndexHandler.RelatedTerms(
            DiplomaticContentIndexHandler.ReadCountries(Source(item, P.Bilateral.Countries)),
            DiplomaticContentIndexHandler.ReadTopics(Source(item, P.Bilateral.Topics)));

    private static string? Source(IPublishedContent item, string alias) => item.GetProperty(alias)?.GetSourceValue() switch
    {
        null => null,
        string text => text,
        IEnumerable<string> items => System.Text.Json.JsonSerializer.Serialize(items),
        var other => other.ToString(),
    };
}
