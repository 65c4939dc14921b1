using System.Xml.Linq;

namespace Diplomatic.Umbraco.Synchronisation;

/// <summary>Where something is: a file (relative to the uSync folder, with <c>/</c>) and a 1-based line (0 when unknown).</summary>
/// <param name="File">The file.</param>
/// <param name="Line">The line.</param>
internal sealed record USyncLocation(string File, int Line)
{
    /// <inheritdoc/>
    public override string ToString() => Line > 0 ? $"{File}({Line})" : File;
}

/// <summary>What every item file has: the envelope attributes (as read, possibly invalid) and the element itself.</summary>
internal abstract record USyncItem
{
    /// <summary>The handler folder the file sits in, e.g. <c>ContentTypes</c>.</summary>
    public required string Folder { get; init; }

    /// <summary>Where the root element starts.</summary>
    public required USyncLocation Location { get; init; }

    /// <summary>The root element, with line information (for checks on order and formatting).</summary>
    public required XElement Element { get; init; }

    /// <summary>The key, or null when missing or not a GUID.</summary>
    public Guid? Key { get; init; }

    /// <summary>The <c>Alias</c> attribute (empty when missing).</summary>
    public string Alias { get; init; } = string.Empty;

    /// <summary>The level, or null when missing or not a number.</summary>
    public int? Level { get; init; }
}

/// <summary>A reference from one item to another, by key with the alias as fallback (compositions, allowed children, parents).</summary>
/// <param name="Key">The key, or null when missing or invalid.</param>
/// <param name="Alias">The alias in the element's text.</param>
/// <param name="SortOrder">The <c>SortOrder</c> attribute, when there is one.</param>
/// <param name="Location">Where the reference is.</param>
internal sealed record USyncReference(Guid? Key, string Alias, int? SortOrder, USyncLocation Location);

/// <summary>A data type file.</summary>
internal sealed record USyncDataType : USyncItem
{
    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The property editor alias.</summary>
    public string EditorAlias { get; init; } = string.Empty;

    /// <summary>The backoffice UI alias, or null when missing.</summary>
    public string? EditorUiAlias { get; init; }

    /// <summary>The decoded container path, or null at the root.</summary>
    public string? ContainerPath { get; init; }

    /// <summary>The configuration JSON, or null when there is no <c>Config</c>.</summary>
    public string? ConfigJson { get; init; }
}

/// <summary>Which kind of type a <see cref="USyncContentType"/> is.</summary>
internal enum USyncTypeKind
{
    /// <summary>A document type (including element types and compositions).</summary>
    ContentType,

    /// <summary>A media type.</summary>
    MediaType,

    /// <summary>A member type.</summary>
    MemberType,
}

/// <summary>A document, media or member type file.</summary>
internal sealed record USyncContentType : USyncItem
{
    /// <summary>Which kind of type.</summary>
    public USyncTypeKind Kind { get; init; }

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The icon.</summary>
    public string Icon { get; init; } = string.Empty;

    /// <summary>The description.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Whether it is allowed at the root.</summary>
    public bool AllowAtRoot { get; init; }

    /// <summary>Whether it is an element type.</summary>
    public bool IsElement { get; init; }

    /// <summary>The <c>Variations</c> value (<c>Nothing</c> when missing).</summary>
    public string Variations { get; init; } = "Nothing";

    /// <summary>The decoded container path, or null at the root.</summary>
    public string? ContainerPath { get; init; }

    /// <summary>The old-style master type, or null.</summary>
    public USyncReference? Parent { get; init; }

    /// <summary>The compositions, in file order.</summary>
    public IReadOnlyList<USyncReference> Compositions { get; init; } = [];

    /// <summary>The allowed children, in file order.</summary>
    public IReadOnlyList<USyncReference> Structure { get; init; } = [];

    /// <summary>The type's own properties, in file order.</summary>
    public IReadOnlyList<USyncProperty> Properties { get; init; } = [];

    /// <summary>The type's own tabs and groups, in file order.</summary>
    public IReadOnlyList<USyncTab> Tabs { get; init; } = [];

    /// <summary>Whether the type varies by culture.</summary>
    public bool VariesByCulture => Variations is "Culture" or "CultureAndSegment";
}

/// <summary>A property of a type.</summary>
internal sealed record USyncProperty
{
    /// <summary>Where the <c>GenericProperty</c> starts.</summary>
    public required USyncLocation Location { get; init; }

    /// <summary>The element.</summary>
    public required XElement Element { get; init; }

    /// <summary>The property-type key, or null when missing or invalid.</summary>
    public Guid? Key { get; init; }

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The alias.</summary>
    public string Alias { get; init; } = string.Empty;

    /// <summary>The data type key, or null when missing or invalid.</summary>
    public Guid? Definition { get; init; }

    /// <summary>The <c>Definition</c> text as written.</summary>
    public string DefinitionText { get; init; } = string.Empty;

    /// <summary>The editor alias the file claims.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>Whether a value is required.</summary>
    public bool Mandatory { get; init; }

    /// <summary>The validation pattern.</summary>
    public string Validation { get; init; } = string.Empty;

    /// <summary>The help text.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The sort order.</summary>
    public int SortOrder { get; init; }

    /// <summary>The alias of the tab or group it sits in, or null when it sits in none.</summary>
    public string? TabAlias { get; init; }

    /// <summary>The caption of that tab or group.</summary>
    public string TabCaption { get; init; } = string.Empty;

    /// <summary>The <c>Variations</c> value (<c>Nothing</c> when missing).</summary>
    public string Variations { get; init; } = "Nothing";

    /// <summary>The message when a mandatory value is missing.</summary>
    public string MandatoryMessage { get; init; } = string.Empty;

    /// <summary>The message when the pattern does not match.</summary>
    public string ValidationRegExpMessage { get; init; } = string.Empty;

    /// <summary>Whether the label sits above the editor.</summary>
    public bool LabelOnTop { get; init; }

    /// <summary>Whether the property varies by culture.</summary>
    public bool VariesByCulture => Variations is "Culture" or "CultureAndSegment";
}

/// <summary>A tab or group of a type.</summary>
internal sealed record USyncTab
{
    /// <summary>Where the <c>Tab</c> starts.</summary>
    public required USyncLocation Location { get; init; }

    /// <summary>The element.</summary>
    public required XElement Element { get; init; }

    /// <summary>The key, or null when missing or invalid.</summary>
    public Guid? Key { get; init; }

    /// <summary>The caption.</summary>
    public string Caption { get; init; } = string.Empty;

    /// <summary>The alias (<c>tab/group</c> for a group in a tab).</summary>
    public string Alias { get; init; } = string.Empty;

    /// <summary><c>Tab</c> or <c>Group</c>.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>The sort order.</summary>
    public int SortOrder { get; init; }
}

/// <summary>A content, media or blueprint item.</summary>
internal sealed record USyncContent : USyncItem
{
    /// <summary>The parent (key <see cref="Guid.Empty"/> at the root), or null when the file has no <c>Parent</c>.</summary>
    public USyncReference? Parent { get; init; }

    /// <summary>The alias of its document or media type (empty when missing).</summary>
    public string ContentType { get; init; } = string.Empty;

    /// <summary>Where the <c>ContentType</c> element is.</summary>
    public USyncLocation? ContentTypeLocation { get; init; }

    /// <summary>The sort order among its siblings.</summary>
    public int SortOrder { get; init; }

    /// <summary>The property aliases it has values for, with where each is.</summary>
    public IReadOnlyList<(string Alias, USyncLocation Location, bool HasCultureValues)> Properties { get; init; } = [];
}

/// <summary>A delete, rename or clean marker (<c>&lt;Empty Change="Delete" /&gt;</c>).</summary>
internal sealed record USyncEmpty : USyncItem
{
    /// <summary>The <c>Change</c> attribute.</summary>
    public string Change { get; init; } = string.Empty;
}

/// <summary>Any other item (languages, templates, dictionary, domains, ...), read only for its envelope.</summary>
internal sealed record USyncOtherItem : USyncItem;

/// <summary>A file that could not be read at all (too large, not well-formed, a DTD).</summary>
/// <param name="Location">The file and the line of the problem.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record USyncUnreadableFile(USyncLocation Location, string Message);

/// <summary>A file or folder the operating system would not let us read (permissions, I/O): nothing in it was checked.</summary>
/// <param name="Path">The path relative to the uSync folder, with <c>/</c>; folders end with <c>/</c>.</param>
/// <param name="Reason">Why, e.g. "permission denied".</param>
internal sealed record USyncInaccessiblePath(string Path, string Reason);

/// <summary>Everything read from one uSync folder.</summary>
internal sealed record USyncFolderContents
{
    /// <summary>The folder's full path.</summary>
    public required string Root { get; init; }

    /// <summary>The data types.</summary>
    public IReadOnlyList<USyncDataType> DataTypes { get; init; } = [];

    /// <summary>The document, media and member types.</summary>
    public IReadOnlyList<USyncContentType> ContentTypes { get; init; } = [];

    /// <summary>The content, media and blueprint items.</summary>
    public IReadOnlyList<USyncContent> Content { get; init; } = [];

    /// <summary>The delete/rename markers.</summary>
    public IReadOnlyList<USyncEmpty> Empties { get; init; } = [];

    /// <summary>Every other item.</summary>
    public IReadOnlyList<USyncOtherItem> Others { get; init; } = [];

    /// <summary>Items whose root element does not belong in their folder.</summary>
    public IReadOnlyList<USyncOtherItem> Misplaced { get; init; } = [];

    /// <summary>The <c>usync.config</c> marker's root element, or null when there is none (it is optional).</summary>
    public XElement? Marker { get; init; }

    /// <summary>Files that could not be read.</summary>
    public IReadOnlyList<USyncUnreadableFile> Unreadable { get; init; } = [];

    /// <summary>Files and folders that could not be read at all; a validation of the rest would mislead.</summary>
    public IReadOnlyList<USyncInaccessiblePath> Inaccessible { get; init; } = [];

    /// <summary>Whether the folder had more files than the reader accepts (the rest were not read).</summary>
    public bool Truncated { get; init; }

    /// <summary>The number of <c>.config</c> files found.</summary>
    public int FileCount { get; init; }

    /// <summary>Every item that was read, of any kind.</summary>
    public IEnumerable<USyncItem> AllItems =>
        DataTypes.Cast<USyncItem>().Concat(ContentTypes).Concat(Content).Concat(Empties).Concat(Others).Concat(Misplaced);
}
