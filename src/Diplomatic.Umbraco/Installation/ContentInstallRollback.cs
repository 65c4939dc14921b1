using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.ContentPublishing;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Undoes what a failed (or cancelled) install wrote in the batches it committed: deletes the items it created
/// (children first) and restores the items it updated, with their publishing, each step retried on a transient lock.
/// </summary>
internal sealed class ContentInstallRollback
{
    private readonly ICoreScopeProvider _scopes;
    private readonly IContentEditingService _editing;
    private readonly IContentPublishingService _publishing;
    private readonly ILogger _logger;

    /// <summary>Creates the rollback.</summary>
    /// <param name="scopes">The scopes each step runs in, the write lock taken first (see <see cref="WriteLockFirst"/>).</param>
    /// <param name="editing">Deletes and restores the items.</param>
    /// <param name="publishing">Brings back the items' publishing.</param>
    /// <param name="logger">The installer's logger.</param>
    public ContentInstallRollback(ICoreScopeProvider scopes, IContentEditingService editing, IContentPublishingService publishing, ILogger logger)
    {
        _scopes = scopes;
        _editing = editing;
        _publishing = publishing;
        _logger = logger;
    }

    /// <summary>Rolls the run back; the problems met (each leaves something behind), usually none.</summary>
    public async Task<IReadOnlyList<string>> RollBackAsync(ContentInstallRun run, ContentInstallRequest request, DiplomaticInstallationOptions options)
    {
        var user = ContentInstaller.UserOf(request);
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
                string? problem;
                using (var scope = _scopes.CreateWritingScope())
                {
                    problem = await action();
                    scope.Complete();
                }

                if (problem is not null)
                {
                    problems.Add($"{what}: {problem}");
                }

                return;
            }
            catch (Exception ex) when (TransientErrors.IsTransient(ex) && attempt < options.TransientRetries)
            {
                await Task.Delay(ContentBatchWriter.Backoff(options, attempt));
            }
            catch (Exception ex)
            {
                problems.Add($"{what}: {ex.GetType().Name}: {ex.Message}");
                return;
            }
        }
    }
}
