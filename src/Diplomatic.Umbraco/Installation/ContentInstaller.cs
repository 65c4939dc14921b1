using Diplomatic.Umbraco.ContentModel;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;

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
/// <para>
/// The jobs are split: <see cref="ContentInstallPlanner"/> checks and plans, <see cref="ContentBatchWriter"/> writes a
/// batch in a scope, <see cref="ContentItemWriter"/> writes and publishes an item, <see cref="ContentBranchPublisher"/>
/// publishes trees created whole and <see cref="ContentInstallRollback"/> undoes a failed install; this class runs the passes.
/// </para>
/// </summary>
internal sealed class ContentInstaller : IContentInstaller
{
    /// <summary>The culture Umbraco publishes invariant content under.</summary>
    internal const string InvariantCulture = "*";

    private readonly IOptionsMonitor<DiplomaticInstallationOptions> _options;
    private readonly ILogger<ContentInstaller> _logger;
    private readonly ContentInstallPlanner _planner;
    private readonly ContentItemWriter _items;
    private readonly ContentBranchPublisher _branches;
    private readonly ContentBatchWriter _batches;
    private readonly ContentInstallRollback _rollback;

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
        _options = options;
        _logger = logger;
        _planner = new ContentInstallPlanner(contentTypes);
        _items = new ContentItemWriter(editing, publishing, new ContentSnapshotReader(propertyEditors, dataTypes));
        _branches = new ContentBranchPublisher(content, users);
        _batches = new ContentBatchWriter(scopes, editing, logger);
        _rollback = new ContentInstallRollback(scopes, editing, publishing, logger);
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
        var (items, problem) = _planner.Plan(roots, request.ParentKey);
        if (problem is not null)
        {
            _logger.LogError("Content install refused before writing anything: {Problem}", problem.Value.Message);
            return new ContentInstallResult { Succeeded = false, FailedKey = problem.Value.Key, Error = problem.Value.Message };
        }

        // 2. Write in batches, each in one scope, retrying a batch on a transient lock: first every item (without
        //    picker values that reference items written after it), then those picker values and the publishing.
        var run = new ContentInstallRun();
        var branches = new List<(PlannedContentItem Root, IReadOnlyList<PlannedContentItem> Items)>();
        IEnumerable<(PlannedContentItem[] Batch, Func<PlannedContentItem, ContentInstallRun, Task<(PlannedContentItem Item, string Message)?>> Write)> Passes()
        {
            foreach (var batch in items.Chunk(options.BatchSize))
            {
                yield return (batch, async (item, batchRun) => await _items.WriteAsync(item, request, batchRun) is { } failure ? (item, failure) : null);
            }

            // Decided once the first pass is done: the items whose picked items did not exist yet, and publishing
            // (of the trees created here, at once as branches, after their picked items are set).
            if (request.Publish && options.BranchPublishing)
            {
                branches.AddRange(ContentBranchPublisher.NewBranches(roots, items, run));
            }

            var inBranch = branches.SelectMany(b => b.Items).Select(i => i.Node.Key).ToHashSet();
            foreach (var batch in items.Where(i => run.Waiting.Contains(i.Node.Key) || (request.Publish && !inBranch.Contains(i.Node.Key))).Chunk(options.BatchSize))
            {
                yield return (batch, async (item, batchRun) =>
                    await _items.FinishAsync(item, request, publish: request.Publish && !inBranch.Contains(item.Node.Key), run, batchRun) is { } failure ? (item, failure) : null);
            }

            foreach (var (root, branch) in branches)
            {
                yield return ([root], (_, batchRun) => _branches.PublishAsync(root, branch, request, batchRun));
            }
        }

        foreach (var (batch, write) in Passes())
        {
            (Guid Key, string Message)? failure;
            try
            {
                failure = await _batches.WriteAsync(batch, write, run, options, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Cancelled between batches (or while backing off): leave nothing half-written.
                await _rollback.RollBackAsync(run, request, options);
                throw;
            }

            if (failure is not null)
            {
                var rollbackProblems = await _rollback.RollBackAsync(run, request, options);
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

    /// <summary>The user an install writes as: the request's, or the super user.</summary>
    internal static Guid UserOf(ContentInstallRequest request) => request.UserKey ?? Constants.Security.SuperUserKey;
}
