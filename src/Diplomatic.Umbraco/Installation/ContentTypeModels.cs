using Diplomatic.Umbraco.ContentModel;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentTypeEditing;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Builds <c>IContentTypeEditingService</c> models from the content model, merging in what a site added to
/// our types (an update is Umbraco's full desired state: anything left out is removed), and compares a type as it
/// is with the model.
/// </summary>
internal static class ContentTypeModels
{
    /// <summary>The create model of a type.</summary>
    /// <param name="type">The model's type.</param>
    /// <param name="containerKey">The document-type folder, or null for the root.</param>
    /// <param name="existingKeyOf">The key of a model type that exists now (by our key), or null.</param>
    /// <returns>The create model; allowed children that do not exist yet are left for the second pass.</returns>
    public static ContentTypeCreateModel Create(DocumentTypeDefinition type, Guid? containerKey, Func<string, Guid?> existingKeyOf)
    {
        var model = new ContentTypeCreateModel { Key = type.Key, ContainerKey = containerKey };
        Fill(model, type, existing: null, existingKeyOf);
        return model;
    }

    /// <summary>
    /// The update model of a type: the model's definition plus every property, tab, group, composition and allowed
    /// child the site added itself, and the site's templates, list view and history clean-up as they are.
    /// </summary>
    /// <param name="type">The model's type.</param>
    /// <param name="existing">The type as it is.</param>
    /// <param name="existingKeyOf">The key of a model type that exists now (by our key), or null.</param>
    /// <returns>The update model.</returns>
    public static ContentTypeUpdateModel Update(DocumentTypeDefinition type, IContentType existing, Func<string, Guid?> existingKeyOf)
    {
        var model = new ContentTypeUpdateModel
        {
            AllowedTemplateKeys = existing.AllowedTemplates?.Select(t => t.Key).ToArray() ?? [],
            DefaultTemplateKey = existing.DefaultTemplate?.Key,
            Cleanup = existing.HistoryCleanup is { } cleanup
                ? new ContentTypeCleanup
                {
                    PreventCleanup = cleanup.PreventCleanup,
                    KeepAllVersionsNewerThanDays = cleanup.KeepAllVersionsNewerThanDays,
                    KeepLatestVersionPerDayForDays = cleanup.KeepLatestVersionPerDayForDays,
                }
                : new ContentTypeCleanup(),
        };
        Fill(model, type, existing, existingKeyOf);
        return model;
    }

    /// <summary>Lists how a type as it is differs from the model (empty when it matches); site additions are not differences.</summary>
    /// <param name="type">The model's type.</param>
    /// <param name="existing">The type as it is.</param>
    /// <param name="existingKeyOf">The key of a model type that exists now (by our key), or null.</param>
    /// <returns>One short phrase per difference.</returns>
    public static IReadOnlyList<string> Differences(DocumentTypeDefinition type, IContentType existing, Func<string, Guid?> existingKeyOf)
    {
        var differences = new List<string>();
        void Check(bool same, string what)
        {
            if (!same)
            {
                differences.Add(what);
            }
        }

        Check(existing.Alias == type.Alias, "alias");
        Check(existing.Name == type.Name, "name");
        Check(Same(existing.Description, type.Description), "description");
        Check(existing.Icon == type.Icon, "icon");
        Check(existing.AllowedAsRoot == type.AllowAtRoot, "allowed at root");
        Check(existing.IsElement == type.IsElement, "element flag");
        Check(existing.Variations.HasFlag(ContentVariation.Culture) == type.VariesByCulture, "culture variation");

        var compositionKeys = existing.ContentTypeComposition.Select(c => c.Key).ToHashSet();
        foreach (var alias in type.Compositions)
        {
            Check(existingKeyOf(alias) is not { } key || compositionKeys.Contains(key), $"composition {alias}");
        }

        var allowedKeys = (existing.AllowedContentTypes ?? []).Select(a => a.Key).ToHashSet();
        foreach (var alias in type.AllowedChildren)
        {
            Check(existingKeyOf(alias) is not { } key || allowedKeys.Contains(key), $"allowed child {alias}");
        }

        var groups = existing.PropertyGroups.ToDictionary(g => g.Key);
        foreach (var container in ContainersInUse(type))
        {
            if (!groups.TryGetValue(container.Key, out var group))
            {
                differences.Add($"tab {container.Alias} missing");
                continue;
            }

            Check(group.Name == container.Name && group.SortOrder == container.SortOrder && group.Type == GroupType(container), $"tab {container.Alias}");
        }

        var propertyTypes = existing.PropertyTypes.ToDictionary(p => p.Alias, StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.Properties)
        {
            if (!propertyTypes.TryGetValue(property.Alias, out var actual))
            {
                differences.Add($"property {property.Alias} missing");
                continue;
            }

            var containerKey = ContainerOf(type, property).Key;
            var actualGroup = existing.PropertyGroups.FirstOrDefault(g => g.PropertyTypes?.Contains(actual.Alias) == true);
            Check(
                actual.Name == property.Name
                && Same(actual.Description, property.Description)
                && actual.DataTypeKey == property.DataType.Key
                && actual.Variations.HasFlag(ContentVariation.Culture) == property.VariesByCulture
                && actual.Mandatory == property.Mandatory
                && Same(actual.MandatoryMessage, property.MandatoryMessage)
                && Same(actual.ValidationRegExp, property.ValidationRegex)
                && Same(actual.ValidationRegExpMessage, property.ValidationRegexMessage)
                && actual.LabelOnTop == property.LabelOnTop
                && actual.SortOrder == property.SortOrder
                && actualGroup?.Key == containerKey,
                $"property {property.Alias}");
        }

        return differences;
    }

    private static void Fill<TModel>(TModel model, DocumentTypeDefinition type, IContentType? existing, Func<string, Guid?> existingKeyOf)
        where TModel : ContentTypeModelBase
    {
        model.Alias = type.Alias;
        model.Name = type.Name;
        model.Description = type.Description;
        model.Icon = type.Icon;
        model.AllowedAsRoot = type.AllowAtRoot;
        model.VariesByCulture = type.VariesByCulture;
        model.VariesBySegment = existing?.Variations.HasFlag(ContentVariation.Segment) ?? false;
        model.IsElement = type.IsElement;
        model.ListView = existing?.ListView;

        // Containers: the model's (that Umbraco keeps: with properties or child groups), then the site's own.
        var containers = ContainersInUse(type).Select(c => new ContentTypePropertyContainerModel
        {
            Key = c.Key,
            Name = c.Name,
            Type = GroupType(c).ToString(),
            SortOrder = c.SortOrder,
            ParentKey = ParentOf(type, c)?.Key,
        }).ToList();
        var modelAliases = type.Properties.Select(p => p.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (existing is not null)
        {
            var modelContainerKeys = containers.Select(c => c.Key).ToHashSet();
            foreach (var group in existing.PropertyGroups.Where(g => !modelContainerKeys.Contains(g.Key)))
            {
                var slash = group.Alias.IndexOf('/', StringComparison.Ordinal);
                var parent = slash > 0 ? existing.PropertyGroups.FirstOrDefault(g => g.Alias == group.Alias[..slash]) : null;
                containers.Add(new ContentTypePropertyContainerModel
                {
                    Key = group.Key,
                    Name = group.Name,
                    Type = group.Type.ToString(),
                    SortOrder = group.SortOrder,
                    ParentKey = parent?.Key,
                });
            }
        }

        model.Containers = containers;

        // Properties: the model's, then the ones the site added (kept where they are).
        var properties = type.Properties.Select(p => new ContentTypePropertyTypeModel
        {
            Key = p.Key,
            ContainerKey = ContainerOf(type, p).Key,
            SortOrder = p.SortOrder,
            Alias = p.Alias,
            Name = p.Name,
            Description = p.Description,
            DataTypeKey = p.DataType.Key,
            VariesByCulture = p.VariesByCulture,
            VariesBySegment = false,
            Validation = new PropertyTypeValidation
            {
                Mandatory = p.Mandatory,
                MandatoryMessage = NullIfEmpty(p.MandatoryMessage),
                RegularExpression = NullIfEmpty(p.ValidationRegex),
                RegularExpressionMessage = NullIfEmpty(p.ValidationRegexMessage),
            },
            Appearance = new PropertyTypeAppearance { LabelOnTop = p.LabelOnTop },
        }).ToList();
        if (existing is not null)
        {
            foreach (var extra in existing.PropertyTypes.Where(p => !modelAliases.Contains(p.Alias)))
            {
                properties.Add(new ContentTypePropertyTypeModel
                {
                    Key = extra.Key,
                    ContainerKey = existing.PropertyGroups.FirstOrDefault(g => g.PropertyTypes?.Contains(extra.Alias) == true)?.Key,
                    SortOrder = extra.SortOrder,
                    Alias = extra.Alias,
                    Name = extra.Name,
                    Description = extra.Description,
                    DataTypeKey = extra.DataTypeKey,
                    VariesByCulture = extra.Variations.HasFlag(ContentVariation.Culture),
                    VariesBySegment = extra.Variations.HasFlag(ContentVariation.Segment),
                    Validation = new PropertyTypeValidation
                    {
                        Mandatory = extra.Mandatory,
                        MandatoryMessage = extra.MandatoryMessage,
                        RegularExpression = extra.ValidationRegExp,
                        RegularExpressionMessage = extra.ValidationRegExpMessage,
                    },
                    Appearance = new PropertyTypeAppearance { LabelOnTop = extra.LabelOnTop },
                });
            }
        }

        model.Properties = properties;

        // Compositions: the model's (those that exist), then the site's own.
        var compositions = type.Compositions.Select(existingKeyOf).OfType<Guid>().ToList();
        var inheritedKey = (Guid?)null;
        if (existing is not null)
        {
            foreach (var composition in existing.ContentTypeComposition)
            {
                if (composition.Id == existing.ParentId)
                {
                    inheritedKey = composition.Key;
                }
                else if (!compositions.Contains(composition.Key))
                {
                    compositions.Add(composition.Key);
                }
            }
        }

        model.Compositions = compositions.Where(k => k != inheritedKey)
            .Select(k => new Composition { Key = k, CompositionType = CompositionType.Composition })
            .Concat(inheritedKey is { } inherited ? [new Composition { Key = inherited, CompositionType = CompositionType.Inheritance }] : [])
            .ToList();

        // Allowed children: the model's (those that exist), then the site's own, in that order.
        var allowed = type.AllowedChildren.Select(a => (Alias: a, Key: existingKeyOf(a))).Where(a => a.Key is not null)
            .Select(a => (a.Alias, Key: a.Key!.Value)).ToList();
        if (existing?.AllowedContentTypes is { } existingAllowed)
        {
            allowed.AddRange(existingAllowed.OrderBy(a => a.SortOrder).Where(a => allowed.All(x => x.Key != a.Key)).Select(a => (a.Alias, a.Key)));
        }

        model.AllowedContentTypes = allowed.Select((a, index) => new ContentTypeSort(a.Key, index, a.Alias)).ToList();
    }

    /// <summary>The model containers Umbraco keeps: those holding properties, and tabs holding groups.</summary>
    private static IEnumerable<ContainerDefinition> ContainersInUse(DocumentTypeDefinition type) =>
        type.Containers.Where(c =>
            type.Properties.Any(p => p.ContainerAlias == c.Alias)
            || type.Containers.Any(g => g.Kind == ContainerKind.Group && g.Alias.StartsWith(c.Alias + "/", StringComparison.Ordinal)));

    private static ContainerDefinition ContainerOf(DocumentTypeDefinition type, PropertyDefinition property) =>
        type.Containers.First(c => c.Alias == property.ContainerAlias);

    private static ContainerDefinition? ParentOf(DocumentTypeDefinition type, ContainerDefinition container)
    {
        var slash = container.Alias.IndexOf('/', StringComparison.Ordinal);
        return container.Kind == ContainerKind.Group && slash > 0
            ? type.Containers.FirstOrDefault(c => c.Alias == container.Alias[..slash])
            : null;
    }

    private static PropertyGroupType GroupType(ContainerDefinition container) =>
        container.Kind == ContainerKind.Tab ? PropertyGroupType.Tab : PropertyGroupType.Group;

    private static bool Same(string? a, string? b) => (a ?? string.Empty) == (b ?? string.Empty);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
