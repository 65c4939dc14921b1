using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.ContentPublishing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Writes one planned item through <see cref="IContentEditingService"/>: in the first pass it creates the item or
/// updates it (unless it already holds what the node says), in the second it sets the picker values that waited for
/// later items and publishes the item through <see cref="IContentPublishingService"/>. It runs inside the batch's
/// scope and records what it wrote in the batch's <see cref="ContentInstallRun"/>.
/// </summary>
internal sealed class ContentItemWriter
{
    private readonly IContentEditingService _editing;
    private readonly IContentPublishingService _publishing;
    private readonly ContentSnapshotReader _snapshots;

    /// <summary>Creates the writer.</summary>
    public ContentItemWriter(IContentEditingService editing, IContentPublishingService publishing, ContentSnapshotReader snapshots)
    {
        _editing = editing;
        _publishing = publishing;
        _snapshots = snapshots;
    }

    /// <summary>First pass: creates or updates the item, without the picker values whose picked items do not exist yet.</summary>
    public async Task<string?> WriteAsync(PlannedContentItem item, ContentInstallRequest request, ContentInstallRun batchRun)
    {
        var key = item.Node.Key;
        var user = ContentInstaller.UserOf(request);

        // Picker values naming an item that does not exist yet wait for the second pass (Umbraco would refuse them).
        var waiting = new List<PropertyValueModel>();
        foreach (var value in item.DeferredValues)
        {
            foreach (var picked in ContentInstallPlanner.PickedKeys(value.Value))
            {
                if (await _editing.GetAsync(picked) is null)
                {
                    waiting.Add(value);
                    break;
                }
            }
        }

        var values = waiting.Count == 0 ? item.Values : item.Values.Except(waiting).ToList();
        if (waiting.Count > 0)
        {
            batchRun.Waiting.Add(key);
        }

        var existing = await _editing.GetAsync(key);
        if (existing is not null)
        {
            if (existing.ContentType.Key != item.Type.Key)
            {
                return $"the key already belongs to a '{existing.ContentType.Alias}' item; it is left as it is";
            }

            if (request.Mode == ContentInstallMode.CreateMissing)
            {
                batchRun.Unchanged.Add(key);
                batchRun.Waiting.Remove(key);
                return null;
            }

            var snapshot = await _snapshots.ReadAsync(existing);

            // Nothing to write when the node says what the item already holds (a re-import of a changed manuscript
            // then touches only the parts that changed). Not when picked items wait for a second pass, or publishing
            // is asked for and the item is not published as it stands.
            if (waiting.Count == 0 && (!request.Publish || (existing.Published && !existing.Edited)) && snapshot.Holds(item.Variants, values))
            {
                batchRun.Unchanged.Add(key);
                return null;
            }

            var model = new ContentUpdateModel
            {
                Variants = snapshot.MergeNames(item.Variants),
                Properties = snapshot.MergeValues(values),
            };
            var updated = await _editing.UpdateAsync(key, model, user);
            if (!updated.Success)
            {
                return $"update refused: {updated.Status}";
            }

            batchRun.Updated.Add(snapshot);
            if (Invalid(updated.Status, updated.Result.ValidationResult, item.Variants) is { } errors)
            {
                return $"update saved with invalid values ({updated.Status}): {errors}";
            }
        }
        else
        {
            var model = new ContentCreateModel
            {
                Key = key,
                ContentTypeKey = item.Type.Key,
                ParentKey = item.ParentKey,
                Variants = item.Variants,
                Properties = values,
            };
            var created = await _editing.CreateAsync(model, user);
            if (!created.Success)
            {
                return $"create refused: {created.Status}";
            }

            batchRun.Created.Add(key);
            if (Invalid(created.Status, created.Result.ValidationResult, item.Variants) is { } errors)
            {
                return $"created with invalid values ({created.Status}): {errors}";
            }
        }

        return null;
    }

    /// <summary>Second pass: the picker values that waited for later items, then publishing (parent first) unless the item's branch is published at once.</summary>
    public async Task<string?> FinishAsync(PlannedContentItem item, ContentInstallRequest request, bool publish, ContentInstallRun run, ContentInstallRun batchRun)
    {
        var key = item.Node.Key;
        var user = ContentInstaller.UserOf(request);
        if (run.Unchanged.Contains(key))
        {
            return null;
        }

        if (run.Waiting.Contains(key))
        {
            if (await _editing.GetAsync(key) is not { } current)
            {
                return "the item disappeared before its picked items could be set";
            }

            var now = await _snapshots.ReadAsync(current);
            var updated = await _editing.UpdateAsync(
                key,
                new ContentUpdateModel { Variants = now.MergeNames(item.Variants), Properties = now.MergeValues(item.Values) },
                user);
            if (!updated.Success)
            {
                return $"update of picked items refused: {updated.Status}";
            }

            if (Invalid(updated.Status, updated.Result.ValidationResult, item.Variants) is { } errors)
            {
                return $"picked items saved with invalid values ({updated.Status}): {errors}";
            }
        }

        if (publish)
        {
            var published = await _publishing.PublishAsync(
                key,
                item.PublishCultures.Select(c => new CulturePublishScheduleModel { Culture = c }).ToList(),
                user);
            if (!published.Success)
            {
                return $"publish refused: {published.Status}";
            }

            batchRun.Published.Add(key, item.PublishCultures);
        }

        return null;
    }

    /// <summary>
    /// The validation errors that concern what the node writes, or null when there are none. Umbraco 17 validates a
    /// save in every language of the site; a value missing in a culture the node does not write (an Urdu headline for
    /// an English manuscript) is the translators' work to come, not a failure.
    /// </summary>
    private static string? Invalid(ContentEditingOperationStatus status, ContentValidationResult? result, IReadOnlyList<VariantModel> written)
    {
        if (status == ContentEditingOperationStatus.Success)
        {
            return null;
        }

        var errors = result?.ValidationErrors.ToList() ?? [];
        if (status == ContentEditingOperationStatus.PropertyValidationError && errors.Count > 0)
        {
            errors = errors.Where(e => e.Culture is null || written.Any(v => string.Equals(v.Culture, e.Culture, StringComparison.OrdinalIgnoreCase))).ToList();
            if (errors.Count == 0)
            {
                return null;
            }
        }

        return errors.Count > 0
            ? string.Join("; ", errors.Select(e => $"field '{e.Alias}'{(e.Culture is null ? string.Empty : $" [{e.Culture}]")}: {string.Join(" ", e.ErrorMessages)}"))
            : "no details";
    }
}
