namespace Diplomatic.Umbraco.Print;

/// <summary>The vendored Paged.js polyfill (npm <c>pagedjs</c> <see cref="Version"/>, MIT), embedded in this assembly.</summary>
public static class PagedJs
{
    /// <summary>The vendored version.</summary>
    public const string Version = "0.4.3";

    /// <summary>Where the print view loads the script from, on its own origin.</summary>
    public const string ScriptPath = "/print/paged.polyfill.min.js";

    private const string ResourceName = "Diplomatic.Umbraco.Print.paged.polyfill.min.js";

    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        using var stream = typeof(PagedJs).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(PagedJs).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The script's bytes (UTF-8 JavaScript).</summary>
    public static ReadOnlyMemory<byte> Script => Bytes.Value;
}
