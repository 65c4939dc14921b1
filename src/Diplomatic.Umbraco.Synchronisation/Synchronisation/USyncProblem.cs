namespace Diplomatic.Umbraco.Synchronisation;

/// <summary>How bad a problem is.</summary>
internal enum USyncSeverity
{
    /// <summary>Worth knowing, nothing to fix (e.g. an accepted reference outside the folder).</summary>
    Info,

    /// <summary>uSync copes, but the file is off (it will report a change on every import, or an editor mismatch).</summary>
    Warning,

    /// <summary>uSync would fail, skip or lose something.</summary>
    Error,
}

/// <summary>One problem in a uSync folder.</summary>
/// <param name="Severity">How bad it is.</param>
/// <param name="File">The file, relative to the uSync folder (with <c>/</c>).</param>
/// <param name="Line">The 1-based line, or 0 for the whole file.</param>
/// <param name="Code">A short stable code, e.g. <c>duplicate-key</c>.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
internal sealed record USyncProblem(USyncSeverity Severity, string File, int Line, string Code, string Message)
{
    /// <summary>The problem as one line, <c>file(line): error: message [code]</c>, with the file under <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder to prefix the file with, or null for the relative path.</param>
    /// <returns>The line.</returns>
    public string Format(string? folder = null)
    {
        var file = folder is null ? File : Path.Combine(folder, File).Replace('\\', '/');
        var where = Line > 0 ? $"{file}({Line})" : file;
        return $"{where}: {Severity.ToString().ToLowerInvariant()}: {Message} [{Code}]";
    }

    /// <inheritdoc/>
    public override string ToString() => Format();
}

/// <summary>What the validator accepts.</summary>
internal sealed record USyncValidationOptions
{
    /// <summary>
    /// Accept references to items outside the folder (data types, compositions, allowed children, parents,
    /// content types): real site exports are often partial. They are then reported as <see cref="USyncSeverity.Info"/>.
    /// </summary>
    public bool AllowExternalReferences { get; init; }

    /// <summary>
    /// The folder is a plugin's own schema (ours): a file for a built-in data type, or a delete marker, is an error
    /// because it would overwrite or delete the site's own items.
    /// </summary>
    public bool PluginMode { get; init; }
}
