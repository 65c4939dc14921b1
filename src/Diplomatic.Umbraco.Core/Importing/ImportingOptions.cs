using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Diplomatic.Umbraco.Importing;

/// <summary>Options of the manuscript importer (section <c>Diplomatic:Importing</c>).</summary>
public sealed class ImportingOptions
{
    /// <summary>The largest manuscript accepted, in bytes (default 20 MB). Larger files are refused before they are read.</summary>
    [Range(1, long.MaxValue)]
    [DefaultValue(20L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The most entries a Word file's zip may hold (default 2,000): more is treated as a zip bomb.</summary>
    [Range(1, int.MaxValue)]
    [DefaultValue(2000)]
    public int MaxDocxEntries { get; set; } = 2000;

    /// <summary>The largest total uncompressed size of a Word file's zip, in bytes (default 100 MB).</summary>
    [Range(1, long.MaxValue)]
    [DefaultValue(100L * 1024 * 1024)]
    public long MaxDocxUncompressedBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>The words per minute reading time is computed with (default 238, the adult average for non-fiction).</summary>
    [Range(50, 2000)]
    [DefaultValue(238)]
    public int WordsPerMinute { get; set; } = 238;

    /// <summary>Whether saving an article computes its reading time (default true).</summary>
    [DefaultValue(true)]
    public bool ComputeReadingTime { get; set; } = true;

    /// <summary>Whether saving a booklet with a new manuscript upload imports it under the booklet as drafts (default true).</summary>
    [DefaultValue(true)]
    public bool ImportManuscriptOnSave { get; set; } = true;
}
