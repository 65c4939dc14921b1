using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// What the schema installer installs: the plugin's own data types and every document type (compositions
/// included). Defaults to the Diplomatic content model; tests pass changed models.
/// </summary>
/// <param name="DataTypes">The plugin's own data types (built-in ones are only referenced).</param>
/// <param name="DocumentTypes">The document types, compositions and element types.</param>
internal sealed record SchemaDefinition(IReadOnlyList<DataTypeDefinition> DataTypes, IReadOnlyList<DocumentTypeDefinition> DocumentTypes)
{
    /// <summary>
    /// Bump when the installer's behaviour changes in a way that must re-run on sites whose model did not change.
    /// </summary>
    internal const int InstallerRevision = 1;

    /// <summary>The Diplomatic content model.</summary>
    public static SchemaDefinition Diplomatic { get; } = new(DiplomaticContentModel.DataTypes, DiplomaticContentModel.DocumentTypes);

    /// <summary>
    /// The schema version: a SHA-256 of a canonical JSON form of every definition (and the installer revision). The
    /// same model always gives the same version; any change to a key, alias, name, property, tab, configuration,
    /// composition or allowed child gives another.
    /// </summary>
    /// <returns>The version as lower-case hex.</returns>
    public string ComputeVersion()
    {
        var root = new JsonObject
        {
            ["revision"] = InstallerRevision,
            ["dataTypes"] = new JsonArray(DataTypes.Select(DataTypeNode).ToArray()),
            ["documentTypes"] = new JsonArray(DocumentTypes.Select(DocumentTypeNode).ToArray()),
        };
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson.Of(root)));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Document types in install order: compositions, then element types, then the rest (model order within each).</summary>
    /// <returns>The ordered types.</returns>
    public IReadOnlyList<DocumentTypeDefinition> InstallOrder() =>
        DocumentTypes.Where(t => t.IsComposition)
            .Concat(DocumentTypes.Where(t => !t.IsComposition && t.IsElement))
            .Concat(DocumentTypes.Where(t => !t.IsComposition && !t.IsElement))
            .ToList();

    private static JsonNode DataTypeNode(DataTypeDefinition d) => new JsonObject
    {
        ["key"] = d.Key.ToString("D"),
        ["name"] = d.Name,
        ["editorAlias"] = d.EditorAlias,
        ["editorUiAlias"] = d.EditorUiAlias,
        ["folder"] = d.Folder,
        ["configuration"] = JsonNode.Parse(CanonicalJson.Of(d.Configuration)),
    };

    private static JsonNode DocumentTypeNode(DocumentTypeDefinition t) => new JsonObject
    {
        ["key"] = t.Key.ToString("D"),
        ["alias"] = t.Alias,
        ["name"] = t.Name,
        ["icon"] = t.Icon,
        ["description"] = t.Description,
        ["folder"] = t.Folder,
        ["allowAtRoot"] = t.AllowAtRoot,
        ["variesByCulture"] = t.VariesByCulture,
        ["isElement"] = t.IsElement,
        ["isComposition"] = t.IsComposition,
        ["compositions"] = new JsonArray(t.Compositions.Select(c => (JsonNode)c).ToArray()),
        ["allowedChildren"] = new JsonArray(t.AllowedChildren.Select(c => (JsonNode)c).ToArray()),
        ["containers"] = new JsonArray(t.Containers.Select(c => (JsonNode)new JsonObject
        {
            ["key"] = c.Key.ToString("D"), ["alias"] = c.Alias, ["name"] = c.Name, ["sortOrder"] = c.SortOrder, ["kind"] = c.Kind.ToString(),
        }).ToArray()),
        ["properties"] = new JsonArray(t.Properties.Select(p => (JsonNode)new JsonObject
        {
            ["key"] = p.Key.ToString("D"),
            ["alias"] = p.Alias,
            ["name"] = p.Name,
            ["dataType"] = p.DataType.Key.ToString("D"),
            ["container"] = p.ContainerAlias,
            ["sortOrder"] = p.SortOrder,
            ["variesByCulture"] = p.VariesByCulture,
            ["mandatory"] = p.Mandatory,
            ["mandatoryMessage"] = p.MandatoryMessage,
            ["regex"] = p.ValidationRegex,
            ["regexMessage"] = p.ValidationRegexMessage,
            ["description"] = p.Description,
            ["labelOnTop"] = p.LabelOnTop,
        }).ToArray()),
    };
}
