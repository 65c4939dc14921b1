using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Writes one batch of items in one scope (one transaction): an item that fails leaves the scope uncompleted, which
/// rolls the batch back; a transient lock ("database is locked", a deadlock) retries the whole batch after a
/// back-off; a batch that was committed is never retried. What a committed batch wrote is added to the install's run.
/// </summary>
internal sealed class ContentBatchWriter
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    private readonly ICoreScopeProvider _scopes;
    private readonly IContentEditingService _editing;
    private readonly ILogger _logger;

    /// <summary>Creates the writer.</summary>
    /// <param name="scopes">The scopes the batches are written in.</param>
    /// <param name="editing">Tells whether a batch whose commit reported a failure was written.</param>
    /// <param name="logger">The installer's logger.</param>
    public ContentBatchWriter(ICoreScopeProvider scopes, IContentEditingService editing, ILogger logger)
    {
        _scopes = scopes;
        _editing = editing;
        _logger = logger;
    }

    /// <summary>Writes the batch, item by item with <paramref name="write"/>; the failed item's key and why, or null.</summary>
    public async Task<(Guid Key, string Message)?> WriteAsync(
        PlannedContentItem[] batch,
        Func<PlannedContentItem, ContentInstallRun, Task<(PlannedContentItem Item, string Message)?>> write,
        ContentInstallRun run,
        DiplomaticInstallationOptions options,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batchRun = new ContentInstallRun();
            var current = batch[0];
            var completed = false;
            try
            {
                // The lock first: see WriteLockFirst (a batch reads before Umbraco's services take their lock).
                using (var scope = _scopes.CreateWritingScope())
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

    /// <summary>The delay before retry <paramref name="attempt"/> (from 0): doubling from the configured first delay, at most 10 seconds.</summary>
    internal static TimeSpan Backoff(DiplomaticInstallationOptions options, int attempt)
    {
        var milliseconds = options.RetryDelayMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
        return TimeSpan.FromMilliseconds(Math.Min(milliseconds, MaxDelay.TotalMilliseconds));
    }
}
