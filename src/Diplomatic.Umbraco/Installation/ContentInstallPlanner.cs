using Diplomatic.Umbraco.ContentModel;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Services;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Plans a content install: checks every node of the trees against the site's document types before anything is
/// written, converts the values to the editor's form and lists the items parent first, marking the picker values
/// that reference an item written at or after the picking one (they may have to wait for the second pass).
/// </summary>
internal sealed class ContentInstallPlanner
{
    private const string DocumentPickerEditor = global::Umbraco.Cms.Core.Constants.PropertyEditors.Aliases.MultiNodeTreePicker;

    private readonly IContentTypeService _contentTypes;

    /// <summary>Creates the planner.</summary>
    public ContentInstallPlanner(IContentTypeService contentTypes) => _contentTypes = contentTypes;

    /// <summary>The items to write, parent first, or the first problem found (the items are then incomplete).</summary>
    public (List<PlannedContentItem> Items, (Guid Key, string Message)? Problem) Plan(IReadOnlyList<ContentNode> roots, Guid? parentKey)
    {
        var items = new List<PlannedContentItem>();
        var keys = new HashSet<Guid>();
        var types = new Dictionary<string, IContentType?>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<(ContentNode Node, Guid? Parent, string Path)>();
        foreach (var root in roots.Reverse())
        {
            pending.Push((root, parentKey, string.Empty));
        }

        while (pending.Count > 0)
        {
            var (node, parent, parentPath) = pending.Pop();
            var label = node.Names.Values.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? node.Key.ToString();
            var path = parentPath.Length == 0 ? $"'{label}'" : $"{parentPath} > '{label}'";
            (Guid, string) Fail(string message) => (node.Key, $"{path} ({node.ContentTypeAlias} {node.Key}): {message}");

            if (node.Key == Guid.Empty)
            {
                return (items, Fail("the key is empty"));
            }

            if (!keys.Add(node.Key))
            {
                return (items, Fail("the key is used twice in the tree"));
            }

            if (!types.TryGetValue(node.ContentTypeAlias, out var type))
            {
                type = types[node.ContentTypeAlias] = _contentTypes.Get(node.ContentTypeAlias);
            }

            if (type is null)
            {
                return (items, Fail($"there is no document type '{node.ContentTypeAlias}' (is the schema installed?)"));
            }

            var variesByCulture = type.Variations.HasFlag(ContentVariation.Culture);
            var names = node.Names.Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToList();
            if (names.Count == 0)
            {
                return (items, Fail("the item has no name"));
            }

            if (variesByCulture && names.Any(n => string.IsNullOrEmpty(n.Key)))
            {
                return (items, Fail("the type varies by culture, so every name needs a culture"));
            }

            if (!variesByCulture && (names.Count != 1 || !string.IsNullOrEmpty(names[0].Key)))
            {
                return (items, Fail("the type is invariant, so the item needs one name under the empty culture"));
            }

            var propertyTypes = type.CompositionPropertyTypes.ToDictionary(p => p.Alias, StringComparer.OrdinalIgnoreCase);
            var values = new List<PropertyValueModel>();
            foreach (var value in node.Values)
            {
                if (!propertyTypes.TryGetValue(value.Alias, out var propertyType))
                {
                    return (items, Fail($"field '{value.Alias}': the type has no such property"));
                }

                var propertyVaries = propertyType.Variations.HasFlag(ContentVariation.Culture);
                if (propertyVaries && string.IsNullOrEmpty(value.Culture))
                {
                    return (items, Fail($"field '{value.Alias}': the property varies by culture, so the value needs a culture"));
                }

                if (!propertyVaries && !string.IsNullOrEmpty(value.Culture))
                {
                    return (items, Fail($"field '{value.Alias}' [{value.Culture}]: the property is invariant, so the value takes no culture"));
                }

                try
                {
                    values.Add(new PropertyValueModel
                    {
                        Alias = propertyType.Alias,
                        Value = EditorValues.FromStored(propertyType.PropertyEditorAlias, value.Value),
                        Culture = propertyVaries ? value.Culture : null,
                    });
                }
                catch (Exception ex) when (ex is FormatException or OverflowException)
                {
                    return (items, Fail($"field '{value.Alias}'{(value.Culture is null ? string.Empty : $" [{value.Culture}]")}: {ex.Message}"));
                }
            }

            var cultures = !variesByCulture
                ? [ContentInstaller.InvariantCulture]
                : (node.PublishCultures.Count > 0 ? node.PublishCultures : names.Select(n => n.Key)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            var variants = names.Select(n => new VariantModel { Culture = variesByCulture ? n.Key : null, Name = n.Value }).ToList();
            items.Add(new PlannedContentItem(node, type, parent, path, variants, values, cultures));

            foreach (var child in node.Children.Reverse())
            {
                pending.Push((child, node.Key, path));
            }
        }

        // Picker values that reference an item written at or after the picking one wait for the second pass.
        var position = items.Select((item, index) => (item.Node.Key, index)).ToDictionary(p => p.Key, p => p.index);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var editors = item.Type.CompositionPropertyTypes.ToDictionary(p => p.Alias, p => p.PropertyEditorAlias, StringComparer.OrdinalIgnoreCase);
            var deferred = item.Values
                .Where(v => editors.GetValueOrDefault(v.Alias) == DocumentPickerEditor && PickedKeys(v.Value).Any(k => position.TryGetValue(k, out var at) && at >= index))
                .ToList();
            if (deferred.Count > 0)
            {
                items[index] = item with { DeferredValues = deferred };
            }
        }

        return (items, null);
    }

    /// <summary>The keys of the items a document picker value (in editor form) picks.</summary>
    internal static IEnumerable<Guid> PickedKeys(object? editorValue) =>
        editorValue is System.Text.Json.Nodes.JsonArray array
            ? array.Select(entry => entry?["unique"]?.GetValue<string>()).Select(unique => Guid.TryParse(unique, out var key) ? key : Guid.Empty).Where(key => key != Guid.Empty)
            : [];
}
