namespace Diplomatic.Umbraco.ContentModel;

/// <summary>
/// One content item to install, with its children: the plugin's neutral form of content, written to Umbraco by
/// the content installer and to uSync <c>Content/</c> files by the uSync content writer.
/// </summary>
public sealed record ContentNode
{
    /// <summary>The item's key: fixed, so installing again updates rather than duplicates.</summary>
    public required Guid Key { get; init; }

    /// <summary>The document-type alias, one of <c>DocumentTypeAliases</c>.</summary>
    public required string ContentTypeAlias { get; init; }

    /// <summary>
    /// The item's name per culture (<c>en-US</c> → "Azerbaijan-Pakistan Relations"); an invariant item has one entry
    /// under the empty string.
    /// </summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    /// <summary>The property values.</summary>
    public IReadOnlyList<ContentNodeValue> Values { get; init; } = [];

    /// <summary>The children, in sort order.</summary>
    public IReadOnlyList<ContentNode> Children { get; init; } = [];

    /// <summary>The cultures to publish when the install publishes (all of <see cref="Names"/> when empty).</summary>
    public IReadOnlyList<string> PublishCultures { get; init; } = [];
}

/// <summary>
/// One property value of a <see cref="ContentNode"/>, as Umbraco stores it in the database and uSync writes it:
/// plain text, a number, an ISO date (<c>2016-05-14T00:00:00</c>), or the editor's JSON (rich text
/// <c>{"markup":"…","blocks":null}</c>, dropdowns and tags <c>["a","b"]</c>) or UDI list for pickers
/// (<c>umb://document/…,umb://document/…</c>); <see cref="StoredValues"/> writes and reads each form.
/// </summary>
/// <param name="Alias">The property alias, one of <c>PropertyAliases</c>.</param>
/// <param name="Value">The stored value.</param>
/// <param name="Culture">The culture, or null for an invariant property.</param>
public sealed record ContentNodeValue(string Alias, string Value, string? Culture = null);
