using System.Text.Json;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Security;
using Umbraco.Cms.Core.Services;

namespace Diplomatic.Umbraco.Importing.Backoffice;

/// <summary>
/// Where the backoffice import writes drafts: a small seam over <see cref="IContentEditingService"/> (the
/// installer's <c>IContentInstaller</c> was being written in parallel and could not be used yet).
/// </summary>
internal interface IManuscriptContentStore
{
    /// <summary>Runs work in one transaction, committed only when the work returns true.</summary>
    /// <param name="work">The work.</param>
    /// <returns>What the work returned.</returns>
    Task<bool> InTransactionAsync(Func<Task<bool>> work);

    /// <summary>Gets an item by key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The item, or null.</returns>
    Task<IContent?> GetAsync(Guid key);

    /// <summary>Creates a draft (never published).</summary>
    /// <param name="parentKey">The parent.</param>
    /// <param name="node">The item with stored values.</param>
    /// <returns>Null on success, else what went wrong.</returns>
    Task<string?> CreateDraftAsync(Guid parentKey, ContentNode node);

    /// <summary>Updates an item's draft with the node's values, keeping every other value it has.</summary>
    /// <param name="existing">The item.</param>
    /// <param name="node">The values to set.</param>
    /// <returns>Null on success, else what went wrong.</returns>
    Task<string?> UpdateDraftAsync(IContent existing, ContentNode node);
}

/// <summary>The store over Core's <see cref="IContentEditingService"/>, in a core scope, as the current backoffice user.</summary>
internal sealed class ContentEditingManuscriptStore : IManuscriptContentStore
{
    private readonly IContentEditingService _editing;
    private readonly ICoreScopeProvider _scopes;
    private readonly IBackOfficeSecurityAccessor _security;

    /// <summary>Creates the store.</summary>
    /// <param name="editing">Umbraco's content editing service.</param>
    /// <param name="scopes">The scope provider (the transaction).</param>
    /// <param name="security">The current backoffice user, when there is one.</param>
    public ContentEditingManuscriptStore(IContentEditingService editing, ICoreScopeProvider scopes, IBackOfficeSecurityAccessor security)
    {
        _editing = editing;
        _scopes = scopes;
        _security = security;
    }

    private Guid UserKey => _security.BackOfficeSecurity?.CurrentUser?.Key ?? Constants.Security.SuperUserKey;

    /// <inheritdoc />
    public async Task<bool> InTransactionAsync(Func<Task<bool>> work)
    {
        using var scope = _scopes.CreateCoreScope();
        var done = await work().ConfigureAwait(false);
        if (done)
        {
            scope.Complete();
        }

        return done;
    }

    /// <inheritdoc />
    public Task<IContent?> GetAsync(Guid key) => _editing.GetAsync(key);

    /// <inheritdoc />
    public async Task<string?> CreateDraftAsync(Guid parentKey, ContentNode node)
    {
        var model = new ContentCreateModel
        {
            Key = node.Key,
            ContentTypeKey = DiplomaticContentModel.DocumentType(node.ContentTypeAlias).Key,
            ParentKey = parentKey,
            Variants = Variants(node),
            Properties = [.. node.Values.Select(v => Property(node.ContentTypeAlias, v))],
        };
        var result = await _editing.CreateAsync(model, UserKey).ConfigureAwait(false);
        return result.Success ? null : $"could not create \"{node.Names.Values.First()}\": {result.Status}";
    }

    /// <inheritdoc />
    public async Task<string?> UpdateDraftAsync(IContent existing, ContentNode node)
    {
        var ours = node.Values.Select(v => (v.Alias, v.Culture)).ToHashSet();
        var kept = existing.Properties
            .SelectMany(p => p.Values.Select(v => new PropertyValueModel { Alias = p.Alias, Value = v.EditedValue, Culture = v.Culture, Segment = v.Segment }))
            .Where(p => !ours.Contains((p.Alias, p.Culture)));
        var model = new ContentUpdateModel
        {
            Variants = Variants(node),
            Properties = [.. kept, .. node.Values.Select(v => Property(node.ContentTypeAlias, v))],
        };
        var result = await _editing.UpdateAsync(existing.Key, model, UserKey).ConfigureAwait(false);
        return result.Success ? null : $"could not update \"{node.Names.Values.First()}\": {result.Status}";
    }

    private static VariantModel[] Variants(ContentNode node) =>
        [.. node.Names.Select(n => new VariantModel { Culture = n.Key.Length == 0 ? null : n.Key, Name = n.Value })];

    /// <summary>
    /// The value as the editing service's value editors take it (what the backoffice sends), from the stored
    /// value: pickers as <c>[{type, unique}]</c>, dropdowns, tags and name lists as string arrays, the rest as
    /// stored.
    /// </summary>
    internal static PropertyValueModel Property(string contentTypeAlias, ContentNodeValue value)
    {
        var property = DiplomaticContentModel.AllProperties(DiplomaticContentModel.DocumentType(contentTypeAlias)).Single(p => p.Alias == value.Alias);
        object editorValue = property.DataType.EditorAlias switch
        {
            "Umbraco.MultiNodeTreePicker" => JsonSerializer.Serialize(value.Value.Split(',').Select(u => new { type = "document", unique = Guid.ParseExact(u[(u.LastIndexOf('/') + 1)..], "N") })),
            "Umbraco.DropDown.Flexible" or "Umbraco.Tags" => JsonSerializer.Deserialize<string[]>(value.Value) ?? [],
            "Umbraco.MultipleTextstring" => value.Value.Split('\n'),
            _ => value.Value,
        };
        return new PropertyValueModel { Alias = value.Alias, Value = editorValue, Culture = value.Culture };
    }
}
