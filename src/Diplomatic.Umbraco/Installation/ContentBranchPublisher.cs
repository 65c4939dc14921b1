using Diplomatic.Umbraco.ContentModel;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Branch publishing (<see cref="DiplomaticInstallationOptions.BranchPublishing"/>): finds the trees an install
/// created whole and publishes each with <see cref="IContentService.PublishBranch"/> instead of item by item.
/// </summary>
internal sealed class ContentBranchPublisher
{
    private readonly IContentService _content;
    private readonly IUserIdKeyResolver _users;

    /// <summary>Creates the publisher.</summary>
    public ContentBranchPublisher(IContentService content, IUserIdKeyResolver users)
    {
        _content = content;
        _users = users;
    }

    /// <summary>
    /// The trees of this install that it created whole (root and every item below it, none there before), whose
    /// culture-variant items all publish the root's cultures: each can be published as one branch.
    /// </summary>
    public static IEnumerable<(PlannedContentItem Root, IReadOnlyList<PlannedContentItem> Items)> NewBranches(IReadOnlyList<ContentNode> roots, IReadOnlyList<PlannedContentItem> items, ContentInstallRun run)
    {
        var byKey = items.ToDictionary(i => i.Node.Key);
        var created = run.Created.ToHashSet();
        foreach (var rootNode in roots)
        {
            var root = byKey[rootNode.Key];
            var branch = new List<PlannedContentItem>();
            var pending = new Stack<ContentNode>([rootNode]);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                branch.Add(byKey[node.Key]);
                foreach (var child in node.Children)
                {
                    pending.Push(child);
                }
            }

            var variesByCulture = root.Type.Variations.HasFlag(ContentVariation.Culture);
            var sameCultures = branch.All(i => !i.Type.Variations.HasFlag(ContentVariation.Culture)
                || (variesByCulture && i.PublishCultures.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(root.PublishCultures)));
            if (branch.Count > 1 && sameCultures && branch.All(i => created.Contains(i.Node.Key)))
            {
                yield return (root, branch);
            }
        }
    }

    /// <summary>
    /// Publishes a tree this install created with Umbraco's branch publish (unpublished items included), which
    /// validates every item as a publish does; any item that is not published fails the install.
    /// </summary>
    public async Task<(PlannedContentItem Item, string Message)?> PublishAsync(PlannedContentItem root, IReadOnlyList<PlannedContentItem> branch, ContentInstallRequest request, ContentInstallRun batchRun)
    {
        if (_content.GetById(root.Node.Key) is not { } content)
        {
            return (root, "the item disappeared before it could be published");
        }

        var user = await _users.GetAsync(ContentInstaller.UserOf(request));
        var cultures = root.Type.Variations.HasFlag(ContentVariation.Culture) ? root.PublishCultures.ToArray() : [ContentInstaller.InvariantCulture];
        var results = _content.PublishBranch(content, PublishBranchFilter.IncludeUnpublished, cultures, user).ToList();
        var published = results.Where(r => r.Success && r.Content is not null).Select(r => r.Content!.Key).ToHashSet();
        foreach (var item in branch)
        {
            if (!published.Contains(item.Node.Key))
            {
                var result = results.FirstOrDefault(r => r.Content?.Key == item.Node.Key);
                return (item, $"publish refused: {result?.Result.ToString() ?? "not published with its branch"}");
            }

            batchRun.Published.Add(item.Node.Key, item.PublishCultures);
        }

        return null;
    }
}
