using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Services;

namespace Diplomatic.Umbraco.Tests.DeliveryApi;

/// <summary>
/// A stand-in for Core's entity and relation services over real content items: it answers the look-ups the plugin
/// makes (ancestors by id, an item by key, who picks an item) from the items and picks a test registers.
/// </summary>
internal sealed class ContentTree
{
    private readonly Dictionary<int, IContent> _items = new();
    private readonly List<(int Parent, int Child)> _picks = new();

    public ContentTree(params IContent[] items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }

    public int EntityLookups { get; private set; }

    public ContentTree Add(IContent item)
    {
        _items[item.Id] = item;
        return this;
    }

    /// <summary>Records that <paramref name="picker"/> picks <paramref name="picked"/> (an <c>umbDocument</c> relation).</summary>
    public ContentTree Pick(IContent picker, IContent picked)
    {
        _picks.Add((picker.Id, picked.Id));
        return this;
    }

    public IEntityService EntityService()
    {
        var service = new Mock<IEntityService>(MockBehavior.Strict);
        service.Setup(s => s.GetAll(UmbracoObjectTypes.Document, It.IsAny<int[]>()))
            .Returns((UmbracoObjectTypes _, int[] ids) =>
            {
                EntityLookups++;
                return ids.Where(_items.ContainsKey).Select(id => (IEntitySlim)Slim(_items[id])).ToArray();
            });
        service.Setup(s => s.Get(It.IsAny<Guid>(), UmbracoObjectTypes.Document))
            .Returns((Guid key, UmbracoObjectTypes _) => _items.Values.Where(i => i.Key == key).Select(Slim).FirstOrDefault()!);
        return service.Object;
    }

    public IRelationService RelationService()
    {
        var type = new RelationType(Constants.Conventions.RelationTypes.RelatedDocumentAlias, "Related Document");
        var service = new Mock<IRelationService>(MockBehavior.Strict);
        service.Setup(s => s.GetByChildId(It.IsAny<int>(), Constants.Conventions.RelationTypes.RelatedDocumentAlias))
            .Returns((int id, string _) => _picks.Where(p => p.Child == id).Select(p => (IRelation)new Relation(p.Parent, p.Child, type)).ToArray());
        return service.Object;
    }

    private static DocumentEntitySlim Slim(IContent item) => new()
    {
        Id = item.Id,
        Key = item.Key,
        Path = item.Path,
        Level = item.Level,
        ParentId = item.ParentId,
        Name = item.Name,
        ContentTypeAlias = item.ContentType.Alias,
        NodeObjectType = Constants.ObjectTypes.Document,
    };
}
