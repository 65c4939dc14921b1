using System.Globalization;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.ContentPublishing;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Installs content trees through <see cref="IContentEditingService"/> and <see cref="IContentPublishingService"/>.
/// Everything is checked before anything is written; items are then written parent first, in batches, each batch
/// in its own scope (one transaction) retried on a transient lock. When an item fails, its batch's transaction is
/// rolled back, the items earlier batches created are deleted (children first) and the items they updated are
/// restored, so the site is left as it was.
/// <para>
/// Umbraco validates a document picker's value against the items that exist (<c>MultiNodeTreePickerPropertyEditor</c>'s
/// content-type validator reports "missingContent" for a key it cannot find), both when saving and when publishing. An
/// article picks fact boxes written after it, so picker values that reference an item later in the tree are left out of
/// the first write and set in a second pass, once every item exists; publishing happens in that second pass too.
/// </para>
/// </summary>
internal sealed class ContentInstaller : IContentInstaller
{
    /// <summary>The culture Umbraco publishes invariant content under.</summary>
    internal const string InvariantCulture = "*";

    private const string DocumentPickerEditor = "Umbraco.MultiNodeTreePicker";

    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    private readonly IContentEditingService _editing;
    private readonly IContentPublishingService _publishing;
    private readonly IContentTypeService _contentTypes;
    private readonly IDataTypeService _dataTypes;
    private readonly PropertyEditorCollection _propertyEditors;
    private readonly ICoreScopeProvider _scopes;
    private readonly IContentService _content;
    private readonly IUserIdKeyResolver _users;
    private readonly IOptionsMonitor<DiplomaticInstallationOptions> _options;
    private readonly ILogger<ContentInstaller> _logger;

    /// <summary>Creates the installer.</summary>
    public ContentInstaller(
        IContentEditingService editing,
        IContentPublishingService publishing,
        IContentTypeService contentTypes,
        IDataTypeService dataTypes,
        PropertyEditorCollection propertyEditors,
        ICoreScopeProvider scopes,
        IContentService content,
        IUserIdKeyResolver users,
        IOptionsMonitor<DiplomaticInstallationOptions> options,
        ILogger<ContentInstaller> logger)
    {
        _editing = editing;
        _publishing = publishing;
        _contentTypes = contentTypes;
        _dataTypes = dataTypes;
        _propertyEditors = propertyEditors;
        _scopes = scopes;
        _content = content;
        _users = users;
        _options = options;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<ContentInstallResult> InstallAsync(
        IReadOnlyList<ContentNode> roots,
        ContentInstallRequest? request = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roots);
        request ??= ContentInstallRequest.Default;
        var options = _options.CurrentValue;

        // 1. Check everything before writing anything.
        var (items, problem) = Prepare(roots, request.ParentKey);
        if (problem is not null)
        {
            _logger.LogError("Content install refused before writing anything: {Problem}", problem.Value.Message);
            return new ContentInstallResult { Succeeded = false, FailedKey = problem.Value.Key, Error = problem.Value.Message };
        }

        // 2. Write in batches, each in one scope, retrying a batch on a transient lock: first every item (without
        //    picker values that reference items written after it), then those picker values and the publishing.
        var run = new Run();
        var branches = new List<(PreparedItem Root, IReadOnlyList<PreparedItem> Items)>();
        IEnumerable<(PreparedItem[] Batch, Func<PreparedItem, Run, Task<(PreparedItem Item, string Message)?>> Write)> Passes()
        {
            foreach (var batch in items.Chunk(options.BatchSize))
            {
                yield return (batch, async (item, batchRun) => await WriteItemAsync(item, request, batchRun) is { } failure ? (item, failure) : null);
            }

            // Decided once the first pass is done: the items whose picked items did not exist yet, and publishing
            // (of the trees created here, at once as branches, after their picked items are set).
            if (request.Publish && options.BranchPublishing)
            {
                branches.AddRange(NewBranches(roots, items, run));
            }

            var inBranch = branches.SelectMany(b => b.Items).Select(i => i.Node.Key).ToHashSet();
            foreach (var batch in items.Where(i => run.Waiting.Contains(i.Node.Key) || (request.Publish && !inBranch.Contains(i.Node.Key))).Chunk(options.BatchSize))
            {
                yield return (batch, async (item, batchRun) =>
                    await FinishItemAsync(item, request, publish: request.Publish && !inBranch.Contains(item.Node.Key), run, batchRun) is { } failure ? (item, failure) : null);
            }

            foreach (var (root, branch) in branches)
            {
                yield return ([root], (_, batchRun) => PublishBranchAsync(root, branch, request, batchRun));
            }
        }

        foreach (var (batch, write) in Passes())
        {
            (Guid Key, string Message)? failure;
            try
            {
                failure = await WriteBatchAsync(batch, write, run, options, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Cancelled between batches (or while backing off): leave nothing half-written.
                await RollBackAsync(run, request, options);
                throw;
            }

            if (failure is not null)
            {
                var rollbackProblems = await RollBackAsync(run, request, options);
                _logger.LogError("Content install failed at {Key}: {Error}; rolled back {Created} created and {Updated} updated items",
                    failure.Value.Key, failure.Value.Message, run.Created.Count, run.Updated.Count);
                return new ContentInstallResult
                {
                    Succeeded = false,
                    FailedKey = failure.Value.Key,
                    Error = failure.Value.Message,
                    RollbackProblems = rollbackProblems,
                };
            }
        }

        _logger.LogInformation("Content installed: {Created} created, {Updated} updated, {Unchanged} left as they were",
            run.Created.Count, run.Updated.Count, run.Unchanged.Count);
        return new ContentInstallResult
        {
            Succeeded = true,
            Created = run.Created.ToList(),
            Updated = run.Updated.Select(s => s.Key).ToList(),
            Unchanged = run.Unchanged.ToList(),
        };
    }

    private (List<PreparedItem> Items, (Guid Key, string Message)? Problem) Prepare(IReadOnlyList<ContentNode> roots, Guid? parentKey)
    {
        var items = new List<PreparedItem>();
        var keys = new HashSet<Guid>();
        var types = new Dictionary<string, IContentType?>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<(ContentNode Node, Guid? Parent, string Path)>();
        foreach (var root in roots.Reverse())
        {
            pending.Push((root, parentKey, string.Empty));
        }

        while (pending.Count > 0)
        {
            var (node, parent, parentPath) = pending.Pop();
            var label = node.Names.Values.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? node.Key.ToString();
            var path = parentPath.Length == 0 ? $"'{label}'" : $"{parentPath} > '{label}'";
            (Guid, string) Fail(string message) => (node.Key, $"{path} ({node.ContentTypeAlias} {node.Key}): {message}");

            if (node.Key == Guid.Empty)
            {
                return (items, Fail("the key is empty"));
            }

            if (!keys.Add(node.Key))
            {
                return (items, Fail("the key is used twice in the tree"));
            }

            if (!types.TryGetValue(node.ContentTypeAlias, out var type))
            {
                type = types[node.ContentTypeAlias] = _contentTypes.Get(node.ContentTypeAlias);
            }

            if (type is null)
            {
                return (items, Fail($"there is no document type '{node.ContentTypeAlias}' (is the schema installed?)"));
            }

            var variesByCulture = type.Variations.HasFlag(ContentVariation.Culture);
            var names = node.Names.Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToList();
            if (names.Count == 0)
            {
                return (items, Fail("the item has no name"));
            }

            if (variesByCulture && names.Any(n => string.IsNullOrEmpty(n.Key)))
            {
                return (items, Fail("the type varies by culture, so every name needs a culture"));
            }

            if (!variesByCulture && (names.Count != 1 || !string.IsNullOrEmpty(names[0].Key)))
            {
                return (items, Fail("the type is invariant, so the item needs one name under the empty culture"));
            }

            var propertyTypes = type.CompositionPropertyTypes.ToDictionary(p => p.Alias, StringComparer.OrdinalIgnoreCase);
            var values = new List<PropertyValueModel>();
            foreach (var value in node.Values)
            {
                if (!propertyTypes.TryGetValue(value.Alias, out var propertyType))
                {
                    return (items, Fail($"field '{value.Alias}': the type has no such property"));
                }

                var propertyVaries = propertyType.Variations.HasFlag(ContentVariation.Culture);
                if (propertyVaries && string.IsNullOrEmpty(value.Culture))
                {
                    return (items, Fail($"field '{value.Alias}': the property varies by culture, so the value needs a culture"));
                }

                if (!propertyVaries && !string.IsNullOrEmpty(value.Culture))
                {
                    return (items, Fail($"field '{value.Alias}' [{value.Culture}]: the property is invariant, so the value takes no culture"));
                }

                try
                {
                    values.Add(new PropertyValueModel
                    {
                        Alias = propertyType.Alias,
                        Value = EditorValues.FromStored(propertyType.PropertyEditorAlias, value.Value),
                        Culture = propertyVaries ? value.Culture : null,
                    });
                }
                catch (Exception ex) when (ex is FormatException or OverflowException)
                {
                    return (items, Fail($"field '{value.Alias}'{(value.Culture is null ? string.Empty : $" [{value.Culture}]")}: {ex.Message}"));
                }
            }

            var cultures = !variesByCulture
                ? [InvariantCulture]
                : (node.PublishCultures.Count > 0 ? node.PublishCultures : names.Select(n => n.Key)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            var variants = names.Select(n => new VariantModel { Culture = variesByCulture ? n.Key : null, Name = n.Value }).ToList();
            items.Add(new PreparedItem(node, type, parent, path, variants, values, cultures));

            foreach (var child in node.Children.Reverse())
            {
                pending.Push((child, node.Key, path));
            }
        }

        // Picker values that reference an item written at or after the picking one wait for the second pass.
        var position = items.Select((item, index) => (item.Node.Key, index)).ToDictionary(p => p.Key, p => p.index);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var editors = item.Type.CompositionPropertyTypes.ToDictionary(p => p.Alias, p => p.PropertyEditorAlias, StringComparer.OrdinalIgnoreCase);
            var deferred = item.Values
                .Where(v => editors.GetValueOrDefault(v.Alias) == DocumentPickerEditor && PickedKeys(v.Value).Any(k => position.TryGetValue(k, out var at) && at >= index))
                .ToList();
            if (deferred.Count > 0)
            {
                items[index] = item with { DeferredValues = deferred };
            }
        }

        return (items, null);
    }

    private static IEnumerable<Guid> PickedKeys(object? editorValue) =>
        editorValue is System.Text.Json.Nodes.JsonArray array
            ? array.Select(entry => entry?["unique"]?.GetValue<string>()).Select(unique => Guid.TryParse(unique, out var key) ? key : Guid.Empty).Where(key => key != Guid.Empty)
            : [];

    private async Task<(Guid Key, string Message)?> WriteBatchAsync(
        PreparedItem[] batch,
        Func<PreparedItem, Run, Task<(PreparedItem Item, string Message)?>> write,
        Run run,
        DiplomaticInstallationOptions options,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batchRun = new Run();
            var current = batch[0];
            var completed = false;
            try
            {
                using (var scope = _scopes.CreateCoreScope())
                {
                    foreach (var item in batch)
                    {
                        current = item;
                        if (await write(item, batchRun) is { } failure)
                        {
                            // Not completing the scope rolls this batch back.
                            var failed = failure.Item;
                            return (failed.Node.Key, $"{failed.Path} ({failed.Node.ContentTypeAlias} {failed.Node.Key}): {failure.Message}");
                        }
                    }

                    scope.Complete();
                    completed = true;
                }

                run.Absorb(batchRun);
                return null;
            }
            catch (AggregateException ex) when (completed)
            {
                // Umbraco commits a completed scope's transaction first and then runs the handlers of its deferred
                // notifications (cache refreshers writing cache instructions, indexing), gathering their failures
                // into one AggregateException (Scope.RobustExit). The batch is written then: retrying it would find
                // its items existing and count them as unchanged (never published, never rolled back).
                if (batchRun.Created.Count > 0 && await _editing.GetAsync(batchRun.Created[^1]) is null)
                {
                    return (current.Node.Key, $"{current.Path}: the batch failed while it was committed ({ex.InnerException?.Message ?? ex.Message})");
                }

                _logger.LogWarning(ex, "Content batch written, but a handler run after its commit failed; continuing with the next batch");
                run.Absorb(batchRun);
                return null;
            }
            catch (Exception ex) when (TransientErrors.IsTransient(ex) && attempt < options.TransientRetries)
            {
                var delay = Backoff(options, attempt);
                _logger.LogWarning(ex, "Database busy while installing content (attempt {Attempt} of {Attempts}); retrying the batch in {Delay} ms",
                    attempt + 1, options.TransientRetries + 1, delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken);
            }
            catch (Exception ex) when (TransientErrors.IsTransient(ex))
            {
                return (current.Node.Key, $"{current.Path}: the database stayed locked after {options.TransientRetries + 1} attempts ({ex.Message})");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return (current.Node.Key, $"{current.Path} ({current.Node.ContentTypeAlias} {current.Node.Key}): {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    private async Task<string?> WriteItemAsync(PreparedItem item, ContentInstallRequest request, Run batchRun)
    {
        var key = item.Node.Key;
        var user = UserOf(request);

        // Picker values naming an item that does not exist yet wait for the second pass (Umbraco would refuse them).
        var waiting = new List<PropertyValueModel>();
        foreach (var value in item.DeferredValues)
        {
            foreach (var picked in PickedKeys(value.Value))
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

            var snapshot = await SnapshotAsync(existing);

            // Nothing to write when the node says what the item already holds (a re-import of a changed manuscript
            // then touches only the parts that changed). Not when picked items wait for a second pass, or publishing
            // is asked for and the item is not published as it stands.
            if (waiting.Count == 0 && (!request.Publish || (existing.Published && !existing.Edited)) && Holds(snapshot, item.Variants, values))
            {
                batchRun.Unchanged.Add(key);
                return null;
            }

            var model = new ContentUpdateModel
            {
                Variants = MergeNames(item.Variants, snapshot.Names),
                Properties = MergeValues(values, snapshot.Values),
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

    /// <summary>
    /// The trees of this install that it created whole (root and every item below it, none there before), whose
    /// culture-variant items all publish the root's cultures: each can be published as one branch.
    /// </summary>
    private static IEnumerable<(PreparedItem Root, IReadOnlyList<PreparedItem> Items)> NewBranches(IReadOnlyList<ContentNode> roots, IReadOnlyList<PreparedItem> items, Run run)
    {
        var byKey = items.ToDictionary(i => i.Node.Key);
        var created = run.Created.ToHashSet();
        foreach (var rootNode in roots)
        {
            var root = byKey[rootNode.Key];
            var branch = new List<PreparedItem>();
            var pending = new Stack<ContentNode>([rootNode]);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                branch.Add(byKey[node.Key]);
                foreach (var child in node.Children)
                {
                    pending.Push(child);
                }
            }

            var variesByCulture = root.Type.Variations.HasFlag(ContentVariation.Culture);
            var sameCultures = branch.All(i => !i.Type.Variations.HasFlag(ContentVariation.Culture)
                || (variesByCulture && i.PublishCultures.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(root.PublishCultures)));
            if (branch.Count > 1 && sameCultures && branch.All(i => created.Contains(i.Node.Key)))
            {
                yield return (root, branch);
            }
        }
    }

    /// <summary>
    /// Publishes a tree this install created with Umbraco's branch publish (unpublished items included), which
    /// validates every item as a publish does; any item that is not published fails the install.
    /// </summary>
    private async Task<(PreparedItem Item, string Message)?> PublishBranchAsync(PreparedItem root, IReadOnlyList<PreparedItem> branch, ContentInstallRequest request, Run batchRun)
    {
        if (_content.GetById(root.Node.Key) is not { } content)
        {
            return (root, "the item disappeared before it could be published");
        }

        var user = await _users.GetAsync(UserOf(request));
        var cultures = root.Type.Variations.HasFlag(ContentVariation.Culture) ? root.PublishCultures.ToArray() : [InvariantCulture];
        var results = _content.PublishBranch(content, PublishBranchFilter.IncludeUnpublished, cultures, user).ToList();
        var published = results.Where(r => r.Success && r.Content is not null).Select(r => r.Content!.Key).ToHashSet();
        foreach (var item in branch)
        {
            if (!published.Contains(item.Node.Key))
            {
                var result = results.FirstOrDefault(r => r.Content?.Key == item.Node.Key);
                return (item, $"publish refused: {result?.Result.ToString() ?? "not published with its branch"}");
            }

            batchRun.Published.Add(item.Node.Key, item.PublishCultures);
        }

        return null;
    }

    /// <summary>Second pass: the picker values that waited for later items, then publishing (parent first) unless the item's branch is published at once.</summary>
    private async Task<string?> FinishItemAsync(PreparedItem item, ContentInstallRequest request, bool publish, Run run, Run batchRun)
    {
        var key = item.Node.Key;
        var user = UserOf(request);
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

            var now = await SnapshotAsync(current);
            var updated = await _editing.UpdateAsync(
                key,
                new ContentUpdateModel { Variants = MergeNames(item.Variants, now.Names), Properties = MergeValues(item.Values, now.Values) },
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

    private async Task<IReadOnlyList<string>> RollBackAsync(Run run, ContentInstallRequest request, DiplomaticInstallationOptions options)
    {
        var user = UserOf(request);
        var problems = new List<string>();

        // Children were created after their parents: delete in reverse order (a child may already be gone with its
        // parent). An item another created item still picks (a fact box its article picks) can be refused while the
        // picker exists (Umbraco's DisableDeleteWhenReferenced): such deletes are tried again after the others, for as
        // long as a pass deletes something.
        var pending = run.Created.AsEnumerable().Reverse().ToList();
        while (pending.Count > 0)
        {
            var referenced = new List<Guid>();
            foreach (var key in pending)
            {
                await WithRetryAsync(options, problems, $"delete {key}", async () =>
                {
                    var deleted = await _editing.DeleteAsync(key, user);
                    if (deleted.Status == ContentEditingOperationStatus.CannotDeleteWhenReferenced)
                    {
                        referenced.Add(key);
                        return null;
                    }

                    return deleted.Success || deleted.Status == ContentEditingOperationStatus.NotFound ? null : deleted.Status.ToString();
                });
            }

            if (referenced.Count == pending.Count)
            {
                problems.AddRange(referenced.Select(key => $"delete {key}: {ContentEditingOperationStatus.CannotDeleteWhenReferenced}"));
                break;
            }

            pending = referenced;
        }

        foreach (var snapshot in run.Updated.AsEnumerable().Reverse())
        {
            await WithRetryAsync(options, problems, $"restore {snapshot.Key}", async () =>
            {
                var restored = await _editing.UpdateAsync(
                    snapshot.Key,
                    new ContentUpdateModel { Variants = snapshot.Names, Properties = snapshot.Values },
                    user);
                if (!restored.Success)
                {
                    return restored.Status.ToString();
                }

                if (!run.Published.TryGetValue(snapshot.Key, out var publishedNow))
                {
                    return null;
                }

                if (snapshot.PublishedCultures.Count == 0)
                {
                    var unpublished = await _publishing.UnpublishAsync(snapshot.Key, publishedNow.ToHashSet(), user);
                    return unpublished.Success ? null : $"unpublish: {unpublished.Result}";
                }

                if (snapshot.Edited)
                {
                    return "it had unpublished changes before, so its earlier published version cannot be brought back; its draft is restored and published";
                }

                var republished = await _publishing.PublishAsync(
                    snapshot.Key,
                    snapshot.PublishedCultures.Select(c => new CulturePublishScheduleModel { Culture = c }).ToList(),
                    user);
                return republished.Success ? null : $"republish: {republished.Status}";
            });
        }

        foreach (var problem in problems)
        {
            _logger.LogError("Content install rollback: {Problem}", problem);
        }

        return problems;
    }

    private async Task WithRetryAsync(DiplomaticInstallationOptions options, List<string> problems, string what, Func<Task<string?>> action)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (await action() is { } problem)
                {
                    problems.Add($"{what}: {problem}");
                }

                return;
            }
            catch (Exception ex) when (TransientErrors.IsTransient(ex) && attempt < options.TransientRetries)
            {
                await Task.Delay(Backoff(options, attempt));
            }
            catch (Exception ex)
            {
                problems.Add($"{what}: {ex.GetType().Name}: {ex.Message}");
                return;
            }
        }
    }

    private async Task<Snapshot> SnapshotAsync(IContent content)
    {
        var variesByCulture = content.ContentType.Variations.HasFlag(ContentVariation.Culture);
        var names = variesByCulture
            ? content.CultureInfos?.Values.Select(c => new VariantModel { Culture = c.Culture, Name = c.Name ?? string.Empty }).ToList() ?? []
            : [new VariantModel { Culture = null, Name = content.Name ?? string.Empty }];
        var values = new List<PropertyValueModel>();
        // Read-only properties (labels): Umbraco ignores what an update sends for them.
        var readOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in content.Properties)
        {
            if (!_propertyEditors.TryGet(property.PropertyType.PropertyEditorAlias, out var editor))
            {
                continue;
            }

            var dataType = await _dataTypes.GetAsync(property.PropertyType.DataTypeKey);
            var valueEditor = editor.GetValueEditor(dataType?.ConfigurationObject);
            if (valueEditor.IsReadOnly)
            {
                readOnly.Add(property.Alias);
                continue;
            }

            foreach (var value in property.Values)
            {
                var editorValue = EditorValues.Normalise(valueEditor.ToEditor(property, value.Culture, value.Segment));
                if (editorValue is not null)
                {
                    values.Add(new PropertyValueModel { Alias = property.Alias, Value = editorValue, Culture = value.Culture, Segment = value.Segment });
                }
            }
        }

        var publishedCultures = variesByCulture
            ? content.PublishedCultures.ToList()
            : content.Published ? [InvariantCulture] : [];
        return new Snapshot(content.Key, names, values, publishedCultures, content.Edited, readOnly);
    }

    /// <summary>Whether the item already has these names and values (compared in canonical JSON; an absent value is an empty one).</summary>
    private static bool Holds(Snapshot snapshot, IReadOnlyList<VariantModel> names, IReadOnlyList<PropertyValueModel> values) =>
        names.All(n => snapshot.Names.Any(e => string.Equals(e.Culture, n.Culture, StringComparison.OrdinalIgnoreCase) && e.Name == n.Name))
        && values.Where(v => !snapshot.ReadOnly.Contains(v.Alias)).All(v =>
        {
            var current = snapshot.Values.FirstOrDefault(e =>
                string.Equals(e.Alias, v.Alias, StringComparison.OrdinalIgnoreCase)
                && string.Equals(e.Culture, v.Culture, StringComparison.OrdinalIgnoreCase)
                && string.Equals(e.Segment, v.Segment, StringComparison.OrdinalIgnoreCase));
            return Comparable(current?.Value) == Comparable(EditorValues.Normalise(v.Value));
        });

    /// <summary>
    /// A value in canonical JSON with the differences between what an editor sends and what Umbraco gives back for
    /// the same value evened out: rich text without blocks (null or empty), dates with a space or a <c>T</c>.
    /// </summary>
    private static string Comparable(object? value)
    {
        static JsonNode? Even(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    var noBlocks = obj["blocks"] is null || (obj["blocks"] is JsonObject blocks && blocks.All(b => b.Value is JsonArray { Count: 0 } or JsonObject { Count: 0 }));
                    if (obj.ContainsKey("markup") && noBlocks)
                    {
                        obj.Remove("blocks");
                    }

                    foreach (var key in obj.Select(p => p.Key).ToList())
                    {
                        obj[key] = Even(obj[key]?.DeepClone());
                    }

                    return obj;
                case JsonArray array:
                    return new JsonArray([.. array.Select(a => Even(a?.DeepClone()))]);
                case JsonValue text when text.TryGetValue<string>(out var s) && s.Length == 19 && s[10] == ' '
                    && DateTime.TryParseExact(s, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                    return JsonValue.Create(s.Replace(' ', 'T'));
                default:
                    return node;
            }
        }

        return CanonicalJson.Of(Even(CanonicalJson.ToNode(value)?.DeepClone()));
    }

    private static List<VariantModel> MergeNames(IReadOnlyList<VariantModel> names, IReadOnlyList<VariantModel> existing) =>
        names.Concat(existing.Where(e => names.All(n => !string.Equals(n.Culture, e.Culture, StringComparison.OrdinalIgnoreCase)))).ToList();

    /// <summary>The node's values, plus every existing value the node does not set (an update removes what it leaves out).</summary>
    private static List<PropertyValueModel> MergeValues(IReadOnlyList<PropertyValueModel> values, IReadOnlyList<PropertyValueModel> existing) =>
        values.Concat(existing.Where(e => values.All(v =>
                !string.Equals(v.Alias, e.Alias, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(v.Culture, e.Culture, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(v.Segment, e.Segment, StringComparison.OrdinalIgnoreCase))))
            .ToList();

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

    private static Guid UserOf(ContentInstallRequest request) => request.UserKey ?? Constants.Security.SuperUserKey;

    private static TimeSpan Backoff(DiplomaticInstallationOptions options, int attempt)
    {
        var milliseconds = options.RetryDelayMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
        return TimeSpan.FromMilliseconds(Math.Min(milliseconds, MaxDelay.TotalMilliseconds));
    }

    private sealed record PreparedItem(
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

    private sealed record Snapshot(
        Guid Key,
        IReadOnlyList<VariantModel> Names,
        IReadOnlyList<PropertyValueModel> Values,
        IReadOnlyList<string> PublishedCultures,
        bool Edited,
        IReadOnlySet<string> ReadOnly);

    private sealed class Run
    {
        public List<Guid> Created { get; } = [];

        public List<Snapshot> Updated { get; } = [];

        public List<Guid> Unchanged { get; } = [];

        /// <summary>Items written without picker values whose picked items did not exist yet.</summary>
        public HashSet<Guid> Waiting { get; } = [];

        public Dictionary<Guid, IReadOnlyList<string>> Published { get; } = [];

        public void Absorb(Run batch)
        {
            Created.AddRange(batch.Created);
            Updated.AddRange(batch.Updated);
            Unchanged.AddRange(batch.Unchanged);
            Waiting.UnionWith(batch.Waiting);
            foreach (var (key, cultures) in batch.Published)
            {
                Published[key] = cultures;
            }
        }
    }
}
