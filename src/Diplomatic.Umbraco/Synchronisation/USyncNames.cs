using System.Net;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.Synchronisation;

/// <summary>
/// uSync's names on disk: handler folders, root elements and file names (with <c>GuidNames=false</c>), made with
/// Umbraco's own short-string helper so that a later uSync export writes the same names.
/// </summary>
internal static class USyncNames
{
    /// <summary>The folder uSync 17 reads by default, relative to the site.</summary>
    public const string DefaultFolder = "uSync/v17";

    /// <summary>The file extension uSync writes.</summary>
    public const string Extension = ".config";

    /// <summary>The marker file at the folder's root.</summary>
    public const string MarkerFile = "usync.config";

    /// <summary>The uSync version the marker names (the lowest 17.x the plugin is tested with).</summary>
    public const string MarkerVersion = "17.6.2.0";

    /// <summary>The XML format version uSync has written since version 10.</summary>
    public const string FormatVersion = "10.7.0";

    /// <summary>The data types folder.</summary>
    public const string DataTypes = "DataTypes";

    /// <summary>The document types folder.</summary>
    public const string ContentTypes = "ContentTypes";

    /// <summary>The media types folder.</summary>
    public const string MediaTypes = "MediaTypes";

    /// <summary>The member types folder.</summary>
    public const string MemberTypes = "MemberTypes";

    /// <summary>The content folder.</summary>
    public const string Content = "Content";

    /// <summary>The media folder.</summary>
    public const string Media = "Media";

    /// <summary>The blueprints folder.</summary>
    public const string Blueprints = "Blueprints";

    /// <summary>The root element of a delete or rename marker, valid in every handler folder.</summary>
    public const string EmptyElement = "Empty";

    /// <summary>The root element each handler folder expects (§1.2 of the format notes).</summary>
    public static IReadOnlyDictionary<string, string> RootElementByFolder { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Languages"] = "Language",
        ["Dictionary"] = "Dictionary",
        [DataTypes] = "DataType",
        ["Templates"] = "Template",
        [ContentTypes] = "ContentType",
        [MediaTypes] = "MediaType",
        [MemberTypes] = "MemberType",
        [Media] = "Media",
        [Content] = "Content",
        [Blueprints] = "Content",
        ["Domains"] = "Domain",
        ["RelationTypes"] = "RelationType",
        ["Webhooks"] = "Webhook",
    };

    private static readonly IShortStringHelper ShortStrings =
        new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    /// <summary>The file name uSync gives a document, media or member type: its alias, made a safe (lowercase) file name.</summary>
    /// <param name="alias">The type's alias.</param>
    /// <returns>The file name with its extension.</returns>
    public static string ContentTypeFileName(string alias) => alias.ToSafeFileName(ShortStrings) + Extension;

    /// <summary>The file name uSync gives a data type: its name made a safe alias (e.g. <c>BL - Standard Page</c> → <c>BLStandardPage</c>).</summary>
    /// <param name="name">The data type's name.</param>
    /// <returns>The file name with its extension.</returns>
    public static string DataTypeFileName(string name) => name.ToSafeAlias(ShortStrings) + Extension;

    /// <summary>A container path as uSync writes it in <c>&lt;Folder&gt;</c>: each name URL-encoded, joined by <c>/</c>.</summary>
    /// <param name="folder">The container names joined by <c>/</c>.</param>
    /// <returns>The encoded path.</returns>
    public static string EncodeFolder(string folder) =>
        string.Join('/', folder.Split('/').Select(WebUtility.UrlEncode));

    /// <summary>The container names of a <c>&lt;Folder&gt;</c> value.</summary>
    /// <param name="encoded">The encoded path.</param>
    /// <returns>The decoded names, outermost first.</returns>
    public static IReadOnlyList<string> DecodeFolder(string encoded) =>
        encoded.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => WebUtility.UrlDecode(s)).ToArray();
}
