using Diplomatic.Umbraco.ContentModel;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Services;

namespace Diplomatic.Umbraco.DeliveryApi.Indexing;

/// <summary>
/// Finds the nearest booklet above a content item from its path (<c>-1,1051,1060,1072</c>) with one look-up of the
/// ancestors through Core's <see cref="IEntityService"/>. Stateless: safe on every server of a load-balanced site.
/// </summary>
internal sealed class BookletLocator
{
    private readonly IEntityService _entityService;

    /// <summary>Creates the locator.</summary>
    /// <param name="entityService">Core's entity service.</param>
    public BookletLocator(IEntityService entityService) => _entityService = entityService;

    /// <summary>The key of the nearest ancestor that is a booklet, or null when there is none.</summary>
    /// <param name="path">The item's path: comma-separated ids from the root (-1) to the item.</param>
    /// <param name="selfId">The item's own id, which is never its own booklet.</param>
    /// <returns>The booklet's key, or null.</returns>
    public Guid? FindNearestBooklet(string? path, int selfId)
    {
        var ancestorIds = AncestorIds(path, selfId);
        if (ancestorIds.Length == 0)
        {
            return null;
        }

        IContentEntitySlim? nearest = null;
        var nearestDepth = -1;
        foreach (var entity in _entityService.GetAll(UmbracoObjectTypes.Document, ancestorIds))
        {
            if (entity is not IContentEntitySlim content
                || !string.Equals(content.ContentTypeAlias, DocumentTypeAliases.Booklet, StringComparison.Ordinal))
            {
                continue;
            }

            var depth = Array.IndexOf(ancestorIds, content.Id);
            if (depth > nearestDepth)
            {
                nearest = content;
                nearestDepth = depth;
            }
        }

        return nearest?.Key;
    }

    /// <summary>The ids of an item's ancestors from its path, root first, without the root (-1) and the item.</summary>
    /// <param name="path">The path.</param>
    /// <param name="selfId">The item's id.</param>
    /// <returns>The ancestor ids (empty for a malformed path).</returns>
    internal static int[] AncestorIds(string? path, int selfId)
    {
        if (string.IsNullOrEmpty(path))
        {
            return [];
        }

        var span = path.AsSpan();
        var count = span.Count(',') + 1;
        Span<int> buffer = count <= 64 ? stackalloc int[count] : new int[count];
        var found = 0;
        foreach (var range in span.Split(','))
        {
            if (!int.TryParse(span[range], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return [];
            }

            if (id > 0 && id != selfId)
            {
                buffer[found++] = id;
            }
        }

        return buffer[..found].ToArray();
    }
}
