using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Installs trees of <see cref="ContentNode"/> through Umbraco's content editing and publishing services (the
/// services the backoffice uses, so Umbraco validates every value): parents before children, in bounded
/// batches, all or nothing, idempotent by key.
/// </summary>
public interface IContentInstaller
{
    /// <summary>Installs the given trees.</summary>
    /// <param name="roots">The top items; each is created below <see cref="ContentInstallRequest.ParentKey"/>.</param>
    /// <param name="request">How to install; defaults to <see cref="ContentInstallRequest.Default"/>.</param>
    /// <param name="cancellationToken">Stops between batches (what was written is then rolled back).</param>
    /// <returns>What was created, updated or left alone, or why nothing was.</returns>
    Task<ContentInstallResult> InstallAsync(
        IReadOnlyList<ContentNode> roots,
        ContentInstallRequest? request = null,
        CancellationToken cancellationToken = default);
}

/// <summary>What to do with an item whose key already exists.</summary>
public enum ContentInstallMode
{
    /// <summary>Leave it exactly as it is (its missing children are still created). The safe choice for seeds.</summary>
    CreateMissing,

    /// <summary>
    /// Update its names and the values the node gives; values the node does not mention are kept. If the install
    /// fails later, the item is restored to what it was.
    /// </summary>
    CreateOrUpdate,
}

/// <summary>How to install a content tree.</summary>
public sealed record ContentInstallRequest
{
    /// <summary>Create missing items only, do not publish, at the content root.</summary>
    public static ContentInstallRequest Default { get; } = new();

    /// <summary>What to do with existing items.</summary>
    public ContentInstallMode Mode { get; init; } = ContentInstallMode.CreateMissing;

    /// <summary>Whether to publish every created or updated item (in <see cref="ContentNode.PublishCultures"/>).</summary>
    public bool Publish { get; init; }

    /// <summary>The parent of the root items, or null for the content root.</summary>
    public Guid? ParentKey { get; init; }

    /// <summary>
    /// The user the writes are made as (shown in the items' history), or null for the super user (start-up seeds).
    /// The backoffice manuscript import passes the editor who saved the booklet.
    /// </summary>
    public Guid? UserKey { get; init; }
}

/// <summary>The outcome of <see cref="IContentInstaller.InstallAsync"/>.</summary>
public sealed record ContentInstallResult
{
    /// <summary>True when every item was installed; false when the install was rolled back.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>The items created (empty after a rollback).</summary>
    public IReadOnlyList<Guid> Created { get; init; } = [];

    /// <summary>The items updated (empty after a rollback).</summary>
    public IReadOnlyList<Guid> Updated { get; init; } = [];

    /// <summary>The existing items left as they were.</summary>
    public IReadOnlyList<Guid> Unchanged { get; init; } = [];

    /// <summary>The item that failed, when one did.</summary>
    public Guid? FailedKey { get; init; }

    /// <summary>Why the install failed (naming the item, and the field when there is one), or null.</summary>
    public string? Error { get; init; }

    /// <summary>Problems met while rolling back (each leaves something behind that needs a look); usually empty.</summary>
    public IReadOnlyList<string> RollbackProblems { get; init; } = [];
}
