namespace Diplomatic.Umbraco.Installation;

/// <summary>What a content install (or one batch of it) wrote: what it must report, and what a rollback must undo.</summary>
internal sealed class ContentInstallRun
{
    /// <summary>The items created, in the order they were written (parents first).</summary>
    public List<Guid> Created { get; } = [];

    /// <summary>The items updated, each as it was before.</summary>
    public List<ContentSnapshot> Updated { get; } = [];

    /// <summary>The existing items left as they were.</summary>
    public List<Guid> Unchanged { get; } = [];

    /// <summary>Items written without picker values whose picked items did not exist yet.</summary>
    public HashSet<Guid> Waiting { get; } = [];

    /// <summary>The items published, with the cultures they were published in.</summary>
    public Dictionary<Guid, IReadOnlyList<string>> Published { get; } = [];

    /// <summary>Adds what a committed batch wrote.</summary>
    public void Absorb(ContentInstallRun batch)
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
