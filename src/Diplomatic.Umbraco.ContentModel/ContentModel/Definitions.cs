namespace Diplomatic.Umbraco.ContentModel;

/// <summary>Whether a property container is a tab or a group inside a tab.</summary>
public enum ContainerKind
{
    /// <summary>A tab: the top level of the editor's layout.</summary>
    Tab,

    /// <summary>A group: a box of properties, inside a tab when its alias is <c>tab/group</c>.</summary>
    Group,
}

/// <summary>A tab or group of a document type, with the key it keeps forever.</summary>
/// <param name="Key">The container's key.</param>
/// <param name="Alias">The alias; a group inside a tab is <c>tabAlias/groupAlias</c>.</param>
/// <param name="Name">The caption editors see.</param>
/// <param name="SortOrder">The position among the type's containers.</param>
/// <param name="Kind">Tab or group.</param>
public sealed record ContainerDefinition(Guid Key, string Alias, string Name, int SortOrder, ContainerKind Kind = ContainerKind.Tab);

/// <summary>
/// A data type the model uses: one of Umbraco's built-in data types, referenced by its well-known key, or one
/// the plugin ships (in the <see cref="DiplomaticDataTypes.Folder"/> data-type folder).
/// </summary>
/// <param name="Key">The data type's key.</param>
/// <param name="Name">Its name (uSync writes the name as the item's alias).</param>
/// <param name="EditorAlias">The property editor (schema) alias, e.g. <c>Umbraco.TextBox</c>.</param>
/// <param name="EditorUiAlias">The backoffice UI alias, e.g. <c>Umb.PropertyEditorUi.TextBox</c>.</param>
/// <param name="IsBuiltIn">True for a data type every Umbraco 17 site already has.</param>
/// <param name="Configuration">
/// The configuration data (camelCase keys, JSON-compatible values). Only meaningful for the plugin's own data
/// types: a built-in's configuration belongs to the site.
/// </param>
/// <param name="Folder">The data-type folder, or null at the root.</param>
public sealed record DataTypeDefinition(
    Guid Key,
    string Name,
    string EditorAlias,
    string EditorUiAlias,
    bool IsBuiltIn,
    IReadOnlyDictionary<string, object?> Configuration,
    string? Folder = null);

/// <summary>A property of a document type, with the key it keeps forever.</summary>
public sealed record PropertyDefinition
{
    /// <summary>The property type's key.</summary>
    public required Guid Key { get; init; }

    /// <summary>The alias: a public constant in <see cref="PropertyAliases"/>.</summary>
    public required string Alias { get; init; }

    /// <summary>The label editors see.</summary>
    public required string Name { get; init; }

    /// <summary>The data type the property uses.</summary>
    public required DataTypeDefinition DataType { get; init; }

    /// <summary>The alias of the tab or group it sits in (declared on the same type).</summary>
    public required string ContainerAlias { get; init; }

    /// <summary>The position inside its container.</summary>
    public required int SortOrder { get; init; }

    /// <summary>Whether each culture has its own value (text does; dates, numbers, pickers, countries and topics do not).</summary>
    public required bool VariesByCulture { get; init; }

    /// <summary>Whether a value is required before saving and publishing.</summary>
    public bool Mandatory { get; init; }

    /// <summary>The message shown when a mandatory value is missing.</summary>
    public string MandatoryMessage { get; init; } = string.Empty;

    /// <summary>A regular expression the value must match, or empty for none.</summary>
    public string ValidationRegex { get; init; } = string.Empty;

    /// <summary>The message shown when the value does not match <see cref="ValidationRegex"/>.</summary>
    public string ValidationRegexMessage { get; init; } = string.Empty;

    /// <summary>Help text under the label.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Whether the label sits above the editor (wide editors such as rich text).</summary>
    public bool LabelOnTop { get; init; }
}

/// <summary>A document type (or composition, or element type) of the model, with its fixed keys.</summary>
public sealed record DocumentTypeDefinition
{
    /// <summary>The document type's key.</summary>
    public required Guid Key { get; init; }

    /// <summary>The alias: a public constant in <see cref="DocumentTypeAliases"/>.</summary>
    public required string Alias { get; init; }

    /// <summary>The name editors see.</summary>
    public required string Name { get; init; }

    /// <summary>The backoffice icon, e.g. <c>icon-book-alt color-blue</c>.</summary>
    public required string Icon { get; init; }

    /// <summary>What the type is for, shown when editors create content.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The document-type folder, or null at the root.</summary>
    public string? Folder { get; init; }

    /// <summary>Whether content of this type may be created at the root of the tree.</summary>
    public bool AllowAtRoot { get; init; }

    /// <summary>Whether the type varies by culture (all of ours do).</summary>
    public bool VariesByCulture { get; init; } = true;

    /// <summary>Whether this is an element type (used in blocks; has no URL).</summary>
    public bool IsElement { get; init; }

    /// <summary>Whether the type exists only to be composed into others.</summary>
    public bool IsComposition { get; init; }

    /// <summary>The aliases of the compositions the type includes.</summary>
    public IReadOnlyList<string> Compositions { get; init; } = [];

    /// <summary>The aliases of the document types allowed below it, in the order offered to editors.</summary>
    public IReadOnlyList<string> AllowedChildren { get; init; } = [];

    /// <summary>The type's own tabs and groups (not those of its compositions).</summary>
    public IReadOnlyList<ContainerDefinition> Containers { get; init; } = [];

    /// <summary>The type's own properties (not those of its compositions).</summary>
    public IReadOnlyList<PropertyDefinition> Properties { get; init; } = [];

    /// <summary>Finds one of the type's own properties by alias.</summary>
    /// <param name="alias">The property alias.</param>
    /// <returns>The property.</returns>
    /// <exception cref="KeyNotFoundException">The type has no such property of its own.</exception>
    public PropertyDefinition Property(string alias) =>
        Properties.FirstOrDefault(p => p.Alias == alias)
        ?? throw new KeyNotFoundException($"Document type '{Alias}' has no property '{alias}' of its own.");
}
