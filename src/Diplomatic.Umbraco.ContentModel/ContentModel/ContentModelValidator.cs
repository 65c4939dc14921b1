namespace Diplomatic.Umbraco.ContentModel;

/// <summary>
/// Checks the invariants every projection of the model relies on: unique keys and aliases, no reserved
/// aliases, every reference resolvable, compositions acyclic, variation rules respected.
/// </summary>
public static class ContentModelValidator
{
    /// <summary>
    /// Property aliases Umbraco reserves (they clash with the built-in members of published content and of the
    /// Delivery API's envelope), compared case-insensitively.
    /// </summary>
    public static IReadOnlySet<string> ReservedPropertyAliases { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "key", "name", "path", "level", "url", "urlSegment", "sortOrder", "createDate", "updateDate", "createDateTime",
        "template", "templateId", "children", "parent", "parentId", "contentType", "contentTypeAlias", "documentTypeAlias",
        "creatorId", "creatorName", "writerId", "writerName", "version", "versionId", "itemType", "isDraft", "cultures",
        "properties", "route", "nodeName", "nodeTypeAlias", "umbracoNaviHide", "umbracoUrlName", "umbracoUrlAlias",
        "umbracoRedirect", "umbracoInternalRedirectId", "trashed", "published",
    };

    /// <summary>Lists every violation of the model's invariants; empty when the model is sound.</summary>
    /// <param name="documentTypes">The document types (defaults to the Diplomatic model).</param>
    /// <param name="dataTypes">The plugin's own data types (defaults to the Diplomatic model's).</param>
    /// <returns>One sentence per problem.</returns>
    public static IReadOnlyList<string> Validate(
        IReadOnlyList<DocumentTypeDefinition>? documentTypes = null,
        IReadOnlyList<DataTypeDefinition>? dataTypes = null)
    {
        documentTypes ??= DiplomaticContentModel.DocumentTypes;
        dataTypes ??= DiplomaticContentModel.DataTypes;
        var problems = new List<string>();
        var byAlias = new Dictionary<string, DocumentTypeDefinition>(StringComparer.OrdinalIgnoreCase);
        var keys = new Dictionary<Guid, string>();

        void ClaimKey(Guid key, string owner)
        {
            if (key == Guid.Empty)
            {
                problems.Add($"{owner} has the empty key.");
            }
            else if (!keys.TryAdd(key, owner))
            {
                problems.Add($"{owner} reuses key {key} of {keys[key]}.");
            }
        }

        foreach (var dataType in dataTypes)
        {
            ClaimKey(dataType.Key, $"Data type '{dataType.Name}'");
            if (BuiltInDataTypes.IsBuiltIn(dataType.Key) || dataType.IsBuiltIn)
            {
                problems.Add($"Data type '{dataType.Name}' is built in: the plugin must not ship it.");
            }
        }

        if (dataTypes.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } duplicateName)
        {
            problems.Add($"Data type name '{duplicateName.Key}' is used twice.");
        }

        foreach (var type in documentTypes)
        {
            ClaimKey(type.Key, $"Document type '{type.Alias}'");
            if (!byAlias.TryAdd(type.Alias, type))
            {
                problems.Add($"Document type alias '{type.Alias}' is used twice.");
            }

            foreach (var container in type.Containers)
            {
                ClaimKey(container.Key, $"Tab '{type.Alias}/{container.Alias}'");
            }

            foreach (var property in type.Properties)
            {
                ClaimKey(property.Key, $"Property '{type.Alias}.{property.Alias}'");
            }
        }

        foreach (var type in documentTypes)
        {
            CheckType(type, byAlias, dataTypes, problems);
        }

        return problems;
    }

    private static void CheckType(
        DocumentTypeDefinition type,
        Dictionary<string, DocumentTypeDefinition> byAlias,
        IReadOnlyList<DataTypeDefinition> dataTypes,
        List<string> problems)
    {
        foreach (var reference in type.Compositions.Concat(type.AllowedChildren))
        {
            if (!byAlias.ContainsKey(reference))
            {
                problems.Add($"Document type '{type.Alias}' refers to '{reference}', which is not in the model.");
            }
        }

        foreach (var composition in type.Compositions)
        {
            if (byAlias.TryGetValue(composition, out var c) && !c.IsComposition)
            {
                problems.Add($"Document type '{type.Alias}' composes '{composition}', which is not marked as a composition.");
            }
        }

        if (FindCycle(type.Alias, byAlias, []) is { } cycle)
        {
            problems.Add($"Compositions are cyclic: {string.Join(" -> ", cycle)}.");
        }

        var seenAliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var inherited = type.Compositions.Where(byAlias.ContainsKey).SelectMany(c => AllProperties(byAlias[c], byAlias, 0));
        foreach (var property in inherited.Concat(type.Properties))
        {
            if (!seenAliases.Add(property.Alias))
            {
                problems.Add($"Document type '{type.Alias}' has property alias '{property.Alias}' twice (own or from a composition).");
            }
        }

        foreach (var property in type.Properties)
        {
            var where = $"Property '{type.Alias}.{property.Alias}'";
            if (ReservedPropertyAliases.Contains(property.Alias))
            {
                problems.Add($"{where} uses a reserved alias.");
            }

            if (type.Containers.All(c => c.Alias != property.ContainerAlias))
            {
                problems.Add($"{where} sits in tab '{property.ContainerAlias}', which the type does not declare.");
            }

            if (property.VariesByCulture && !type.VariesByCulture)
            {
                problems.Add($"{where} varies by culture on an invariant type.");
            }

            if (!property.DataType.IsBuiltIn && dataTypes.All(d => d.Key != property.DataType.Key))
            {
                problems.Add($"{where} uses data type '{property.DataType.Name}', which the plugin does not ship.");
            }

            if (property.DataType.IsBuiltIn && !BuiltInDataTypes.IsBuiltIn(property.DataType.Key))
            {
                problems.Add($"{where} uses '{property.DataType.Name}' as built in, but its key is not a built-in key.");
            }
        }

        foreach (var dataType in dataTypes.Where(d => d.EditorAlias == EditorAliases.MultiNodeTreePicker))
        {
            if (dataType.Configuration.TryGetValue("filter", out var filter) && filter is string keyText
                && (!Guid.TryParse(keyText, out var key) || byAlias.Values.All(t => t.Key != key)))
            {
                problems.Add($"Data type '{dataType.Name}' picks '{keyText}', which is not a document type of the model.");
            }
        }
    }

    private static IEnumerable<PropertyDefinition> AllProperties(DocumentTypeDefinition type, Dictionary<string, DocumentTypeDefinition> byAlias, int depth) =>
        depth > byAlias.Count
            ? []
            : type.Compositions.Where(byAlias.ContainsKey).SelectMany(c => AllProperties(byAlias[c], byAlias, depth + 1)).Concat(type.Properties);

    private static List<string>? FindCycle(string alias, Dictionary<string, DocumentTypeDefinition> byAlias, List<string> trail)
    {
        if (trail.Contains(alias, StringComparer.OrdinalIgnoreCase))
        {
            return [.. trail, alias];
        }

        if (!byAlias.TryGetValue(alias, out var type))
        {
            return null;
        }

        foreach (var composition in type.Compositions)
        {
            if (FindCycle(composition, byAlias, [.. trail, alias]) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }
}
