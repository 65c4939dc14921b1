using Diplomatic.Umbraco.DeliveryApi.Indexing;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Services;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.DeliveryApi.Caching;

/// <summary>
/// Tells Umbraco's Delivery API output cache (17.4+) which more responses to evict when a document changes, beyond
/// the changed item's own (<c>umb-dapi-content-{key}</c>), which Umbraco evicts itself:
/// <list type="bullet">
/// <item>an article, fact box or event in a booklet: the booklet's item response and every cached response that holds
/// an item below the booklet (<c>umb-dapi-content-ancestor-{booklet}</c>), so <c>fetch=children:{booklet}</c> lists
/// pick up a new, changed or removed part at once;</item>
/// <item>a fact box, event, author or article picked by other documents (Umbraco's <c>umbDocument</c> relations,
/// which it keeps for every picker): the responses of the articles, booklets and events that pick it.</item>
/// </list>
/// A response is tagged with every item it contains, so lists holding one of those items are evicted too.
/// </summary>
/// <remarks>
/// Umbraco runs eviction on every server from its cache refresher, so on a load-balanced site each server evicts
/// its own in-memory output cache. The look-ups are two small database reads per changed document.
/// </remarks>
internal sealed class DiplomaticOutputCacheEvictionProvider : IDeliveryApiOutputCacheEvictionProvider
{
    private readonly IEntityService _entityService;
    private readonly IRelationService _relationService;
    private readonly IOptionsMonitor<DiplomaticDeliveryApiOptions> _options;
    private readonly BookletLocator _booklets;

    /// <summary>Creates the provider.</summary>
    /// <param name="entityService">Core's entity service.</param>
    /// <param name="relationService">Core's relation service (picker references).</param>
    /// <param name="options">The feature's options.</param>
    public DiplomaticOutputCacheEvictionProvider(
        IEntityService entityService,
        IRelationService relationService,
        IOptionsMonitor<DiplomaticDeliveryApiOptions> options)
    {
        _entityService = entityService;
        _relationService = relationService;
        _options = options;
        _booklets = new BookletLocator(entityService);
    }

    /// <inheritdoc />
    public Task<IEnumerable<string>> GetAdditionalEvictionTagsAsync(OutputCacheContentChangedContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<string>>(_options.CurrentValue.EvictRelatedResponses ? Tags(context) : []);

    private List<string> Tags(OutputCacheContentChangedContext context)
    {
        var tags = new List<string>();
        if (_entityService.Get(context.ContentKey, UmbracoObjectTypes.Document) is not IContentEntitySlim changed)
        {
            return tags;
        }

        var alias = changed.ContentTypeAlias;
        var isPart = alias is T.Article or T.FactBox or T.Event;
        if (isPart && _booklets.FindNearestBooklet(changed.Path, changed.Id) is { } booklet)
        {
            Add(tags, Constants.DeliveryApi.OutputCache.ContentTagPrefix + booklet);
            Add(tags, Constants.DeliveryApi.OutputCache.AncestorTagPrefix + booklet);
        }

        if (!isPart && alias != T.Author)
        {
            return tags;
        }

        var referrers = _relationService
            .GetByChildId(changed.Id, Constants.Conventions.RelationTypes.RelatedDocumentAlias)
            .Select(r => r.ParentId)
            .Where(id => id != changed.Id)
            .Distinct()
            .ToArray();
        if (referrers.Length == 0)
        {
            return tags;
        }

        foreach (var entity in _entityService.GetAll(UmbracoObjectTypes.Document, referrers))
        {
            if (entity is IContentEntitySlim { ContentTypeAlias: T.Article or T.Booklet or T.Event } referrer)
            {
                Add(tags, Constants.DeliveryApi.OutputCache.ContentTagPrefix + referrer.Key);
            }
        }

        return tags;
    }

    private static void Add(List<string> tags, string tag)
    {
        if (!tags.Contains(tag))
        {
            tags.Add(tag);
        }
    }
}
