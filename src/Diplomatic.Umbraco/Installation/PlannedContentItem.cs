using Diplomatic.Umbraco.ContentModel;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;

namespace Diplomatic.Umbraco.Installation;

/// <summary>One item of a content install, checked and in the editor's form, as <see cref="ContentInstallPlanner"/> planned it.</summary>
internal sealed record PlannedContentItem(
    ContentNode Node,
    IContentType Type,
    Guid? ParentKey,
    string Path,
    IReadOnlyList<VariantModel> Variants,
    IReadOnlyList<PropertyValueModel> Values,
    IReadOnlyList<string> PublishCultures)
{
    /// <summary>
    /// Picker values that reference an item written at or after this one: if one of those does not exist yet when
    /// this item is written, the value waits for the second pass.
    /// </summary>
    public IReadOnlyList<PropertyValueModel> DeferredValues { get; init; } = [];
}
