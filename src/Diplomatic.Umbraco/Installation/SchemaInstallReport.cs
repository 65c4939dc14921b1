namespace Diplomatic.Umbraco.Installation;

/// <summary>What happened to one item during a schema install.</summary>
internal enum SchemaStepOutcome
{
    /// <summary>The item was created.</summary>
    Created,

    /// <summary>The item was updated.</summary>
    Updated,

    /// <summary>The item already matched the model.</summary>
    Unchanged,

    /// <summary>Another item holds the alias or name (or the item has another editor): reported, not overwritten.</summary>
    Clash,

    /// <summary>Umbraco refused the change (the status says why).</summary>
    Failed,

    /// <summary>Not attempted because something it depends on clashed or failed.</summary>
    Blocked,
}

/// <summary>One item's outcome.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="ItemKind">"data type", "document type", "data-type folder" or "document-type folder".</param>
/// <param name="Name">The item's alias or name.</param>
/// <param name="Key">The item's key.</param>
/// <param name="Status">Umbraco's operation status, when it gave one.</param>
/// <param name="Detail">A sentence for the log.</param>
internal sealed record SchemaStep(SchemaStepOutcome Outcome, string ItemKind, string Name, Guid Key, string? Status = null, string? Detail = null)
{
    /// <summary>Whether the step is a problem (the version is then not recorded).</summary>
    public bool IsProblem => Outcome is SchemaStepOutcome.Clash or SchemaStepOutcome.Failed or SchemaStepOutcome.Blocked;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Outcome} {ItemKind} '{Name}' ({Key}){(Status is null ? string.Empty : $" [{Status}]")}{(Detail is null ? string.Empty : $": {Detail}")}";
}

/// <summary>The outcome of a schema install.</summary>
internal sealed class SchemaInstallReport
{
    /// <summary>The model version the install worked towards.</summary>
    public required string Version { get; init; }

    /// <summary>True when the recorded version already matched and nothing ran.</summary>
    public bool UpToDate { get; init; }

    /// <summary>Every item's outcome, in the order they ran.</summary>
    public List<SchemaStep> Steps { get; } = [];

    /// <summary>Whether everything is in place (the version was recorded).</summary>
    public bool Succeeded => Steps.All(s => !s.IsProblem);
}
