using System.Globalization;
using System.Net;
using System.Text;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Synchronisation;

/// <summary>
/// uSync's names on disk: handler folders, root elements and file names (with <c>GuidNames=false</c>), made as
/// Umbraco's short-string helper makes them (so that a later uSync export writes the same names) without referencing
/// Umbraco: USyncNamesTests keeps them equal to the helper's for every name of the model.
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

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "com¹", "com²", "com³",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "lpt¹", "lpt²", "lpt³",
    };

    /// <summary>The most UTF-8 bytes of a file name's stem: a 255-byte segment with room for the key suffix and <c>.config</c>.</summary>
    public const int MaxStemBytes = 200;

    /// <summary>The file name uSync gives a document, media or member type: its alias, made a safe (lowercase) file name.</summary>
    /// <param name="alias">The type's alias.</param>
    /// <returns>The file name with its extension.</returns>
    public static string ContentTypeFileName(string alias) => SafeFileName(alias) + Extension;

    /// <summary>The file name uSync gives a data type: its name made a safe alias (e.g. <c>BL - Standard Page</c> → <c>BLStandardPage</c>).</summary>
    /// <param name="name">The data type's name.</param>
    /// <returns>The file name with its extension.</returns>
    public static string DataTypeFileName(string name) => SafeAlias(name) + Extension;

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

    /// <summary>Umbraco's <c>ToSafeAlias</c> as uSync uses it for <c>Path</c>: accents dropped, words joined, each capitalised.</summary>
    /// <param name="name">The node name.</param>
    /// <returns>The alias.</returns>
    internal static string SafeAlias(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var ascii = Transliterate(c);
                builder.Append(upper ? char.ToUpperInvariant(ascii[0]) + ascii[1..] : ascii);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Transliterate(char c) => c switch
    {
        'ł' => "l", 'Ł' => "L", 'ø' => "o", 'Ø' => "O", 'đ' => "d", 'Đ' => "D", 'ß' => "ss", 'æ' => "ae", 'Æ' => "Ae",
        'ı' => "i", 'ə' => "e", 'Ə' => "E", 'œ' => "oe", 'Œ' => "Oe", 'þ' => "th", 'ð' => "d",
        _ => c.ToString(),
    };

    /// <summary>Umbraco's <c>ToSafeFileName</c> as uSync uses it for content files: lower case, hyphens, letters of every script kept.</summary>
    /// <param name="name">The node name.</param>
    /// <returns>The file name without extension.</returns>
    internal static string SafeFileName(string name)
    {
        var stem = Hyphenated(name);

        // A Windows device name (con.config cannot be opened there) gets a suffix; a long title is cut on a letter's boundary.
        stem = ReservedNames.Contains(stem) ? stem + "-item" : stem;
        stem = NodeNames.CutToUtf8Bytes(stem, MaxStemBytes).TrimEnd('-');
        return stem.Length == 0 ? "item" : stem;
    }

    private static string Hyphenated(string name)
    {
        var builder = new StringBuilder(name.Length);
        var hyphen = false;
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                hyphen = false;
            }
            else
            {
                hyphen = true;
            }
        }

        return builder.Length == 0 ? "item" : builder.ToString();
    }
}
