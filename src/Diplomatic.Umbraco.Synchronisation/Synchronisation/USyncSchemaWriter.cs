using System.Xml.Linq;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Synchronisation;

/// <summary>One file of the generated schema: its path relative to the uSync folder (with <c>/</c>) and its bytes.</summary>
/// <param name="RelativePath">The path below the uSync folder, e.g. <c>ContentTypes/booklet.config</c>.</param>
/// <param name="Bytes">The exact bytes uSync 17 would write.</param>
internal sealed record USyncGeneratedFile(string RelativePath, byte[] Bytes);

/// <summary>
/// Turns the content model into uSync 17 files, element for element as uSync's own serializers write them
/// (format notes §3, §4, §1.3-1.4): document types in <c>ContentTypes/</c>, the plugin's own data types (never a
/// built-in one) in <c>DataTypes/</c>, and the <c>usync.config</c> marker.
/// </summary>
internal static class USyncSchemaWriter
{
    /// <summary>The thumbnail uSync writes for a document type that has none of its own.</summary>
    public const string DefaultThumbnail = "folder.png";

    /// <summary>Every schema file, in a stable order (marker, data types, document types).</summary>
    /// <param name="documentTypes">The document types (defaults to the Diplomatic model).</param>
    /// <param name="dataTypes">The plugin's own data types (defaults to the Diplomatic model's).</param>
    /// <returns>The files.</returns>
    /// <exception cref="InvalidOperationException">A data type is built in, or two items map to one file name.</exception>
    public static IReadOnlyList<USyncGeneratedFile> Generate(
        IReadOnlyList<DocumentTypeDefinition>? documentTypes = null,
        IReadOnlyList<DataTypeDefinition>? dataTypes = null)
    {
        documentTypes ??= DiplomaticContentModel.DocumentTypes;
        dataTypes ??= DiplomaticContentModel.DataTypes;
        var byAlias = documentTypes.ToDictionary(t => t.Alias, StringComparer.OrdinalIgnoreCase);

        var files = new List<USyncGeneratedFile> { new(USyncNames.MarkerFile, USyncXml.ToBytes(Marker())) };
        foreach (var dataType in dataTypes.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            if (dataType.IsBuiltIn || BuiltInDataTypes.IsBuiltIn(dataType.Key))
            {
                throw new InvalidOperationException($"Data type '{dataType.Name}' ({dataType.Key}) is built in: the plugin must never ship a file for it.");
            }

            files.Add(new($"{USyncNames.DataTypes}/{USyncNames.DataTypeFileName(dataType.Name)}", USyncXml.ToBytes(DataType(dataType))));
        }

        foreach (var type in documentTypes.OrderBy(t => t.Alias, StringComparer.Ordinal))
        {
            files.Add(new($"{USyncNames.ContentTypes}/{USyncNames.ContentTypeFileName(type.Alias)}", USyncXml.ToBytes(ContentType(type, byAlias))));
        }

        if (files.GroupBy(f => f.RelativePath, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new InvalidOperationException($"Two items map to the file '{clash.Key}'.");
        }

        return files;
    }

    /// <summary>The <c>usync.config</c> marker.</summary>
    /// <returns>The element.</returns>
    public static XElement Marker() =>
        new("uSync", new XAttribute("version", USyncNames.MarkerVersion), new XAttribute("format", USyncNames.FormatVersion));

    /// <summary>A data type's file, as uSync's DataTypeSerializer writes it.</summary>
    /// <param name="dataType">The data type.</param>
    /// <returns>The root element.</returns>
    public static XElement DataType(DataTypeDefinition dataType)
    {
        var info = new XElement("Info",
            new XElement("Name", dataType.Name),
            new XElement("EditorAlias", dataType.EditorAlias),
            new XElement("EditorUIAlias", dataType.EditorUiAlias));
        if (dataType.Folder is not null)
        {
            info.Add(new XElement("Folder", USyncNames.EncodeFolder(dataType.Folder)));
        }

        return new XElement("DataType",
            Envelope(dataType.Key, dataType.Name, Level(dataType.Folder)),
            info,
            new XElement("Config", new XCData(USyncConfigJson.Serialize(dataType.Configuration))));
    }

    /// <summary>A document type's file, as uSync's ContentTypeSerializer writes it (headless: no templates).</summary>
    /// <param name="type">The document type.</param>
    /// <param name="byAlias">Every document type of the model by alias (to write composition and child keys).</param>
    /// <returns>The root element.</returns>
    public static XElement ContentType(DocumentTypeDefinition type, IReadOnlyDictionary<string, DocumentTypeDefinition> byAlias)
    {
        DocumentTypeDefinition Resolve(string alias) => byAlias.TryGetValue(alias, out var found)
            ? found
            : throw new InvalidOperationException($"Document type '{type.Alias}' refers to '{alias}', which is not in the model.");

        var info = new XElement("Info",
            new XElement("Name", type.Name),
            new XElement("Icon", type.Icon),
            new XElement("Thumbnail", DefaultThumbnail),
            new XElement("Description", type.Description),
            new XElement("AllowAtRoot", type.AllowAtRoot.ToString()),
            new XElement("ListView", Guid.Empty.ToString("D")),
            new XElement("Variations", Variations(type.VariesByCulture)),
            new XElement("IsElement", type.IsElement),
            new XElement("HistoryCleanup",
                new XElement("PreventCleanup", false.ToString()),
                new XElement("KeepAllVersionsNewerThanDays", string.Empty),
                new XElement("KeepLatestVersionPerDayForDays", string.Empty)));
        if (type.Folder is not null)
        {
            info.Add(new XElement("Folder", USyncNames.EncodeFolder(type.Folder)));
        }

        info.Add(
            new XElement("Compositions", type.Compositions
                .Select(Resolve)
                .OrderBy(c => c.Alias, StringComparer.Ordinal)
                .Select(c => new XElement("Composition", new XAttribute("Key", c.Key), c.Alias))),
            new XElement("DefaultTemplate", string.Empty),
            new XElement("AllowedTemplates"));

        var structure = new XElement("Structure", type.AllowedChildren
            .Select(Resolve)
            .Select((child, index) => new XElement("ContentType", new XAttribute("Key", child.Key), new XAttribute("SortOrder", index), child.Alias)));

        var containers = type.Containers.ToDictionary(c => c.Alias, StringComparer.Ordinal);
        var properties = new XElement("GenericProperties", type.Properties
            .OrderBy(p => p.Alias, StringComparer.Ordinal)
            .Select(p => Property(p, containers.TryGetValue(p.ContainerAlias, out var c)
                ? c
                : throw new InvalidOperationException($"Property '{type.Alias}.{p.Alias}' sits in tab '{p.ContainerAlias}', which the type does not declare."))));

        var tabs = new XElement("Tabs", type.Containers
            .OrderBy(c => c.Key)
            .Select(c => new XElement("Tab",
                new XElement("Key", c.Key),
                new XElement("Caption", c.Name),
                new XElement("Alias", c.Alias),
                new XElement("Type", c.Kind.ToString()),
                new XElement("SortOrder", c.SortOrder))));

        return new XElement("ContentType", Envelope(type.Key, type.Alias, Level(type.Folder)), info, structure, properties, tabs);
    }

    /// <summary>The level uSync writes for an item in a (possibly nested) container: the folder depth plus one.</summary>
    /// <param name="folder">The container path, or null at the root.</param>
    /// <returns>The level.</returns>
    public static int Level(string? folder) =>
        string.IsNullOrEmpty(folder) ? 1 : 1 + folder.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;

    private static XElement Property(PropertyDefinition property, ContainerDefinition container) =>
        new("GenericProperty",
            new XElement("Key", property.Key),
            new XElement("Name", property.Name),
            new XElement("Alias", property.Alias),
            new XElement("Definition", property.DataType.Key),
            new XElement("Type", property.DataType.EditorAlias),
            new XElement("Mandatory", property.Mandatory),
            new XElement("Validation", property.ValidationRegex),
            new XElement("Description", new XCData(property.Description)),
            new XElement("SortOrder", property.SortOrder),
            new XElement("Tab", new XAttribute("Alias", container.Alias), container.Name),
            new XElement("Variations", Variations(property.VariesByCulture)),
            new XElement("MandatoryMessage", property.MandatoryMessage),
            new XElement("ValidationRegExpMessage", property.ValidationRegexMessage),
            new XElement("LabelOnTop", property.LabelOnTop));

    private static object[] Envelope(Guid key, string alias, int level) =>
        [new XAttribute("Key", key), new XAttribute("Alias", alias), new XAttribute("Level", level)];

    private static string Variations(bool variesByCulture) => variesByCulture ? "Culture" : "Nothing";
}
