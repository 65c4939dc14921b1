using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;

namespace Diplomatic.Umbraco.Synchronisation.Content;

/// <summary>One uSync content file: its name in <c>Content/</c>, the item's key and the exact bytes.</summary>
/// <param name="FileName">The file name (<c>name.config</c>).</param>
/// <param name="Key">The content item's key.</param>
/// <param name="Bytes">The file's bytes, as uSync 17 writes them.</param>
internal sealed record USyncContentFile(string FileName, Guid Key, byte[] Bytes);

/// <summary>
/// Writes <see cref="ContentNode"/> trees as uSync 17 <c>Content/*.config</c> files (format §5): published,
/// Level and Parent from the tree, the friendly Path, culture names, every property of the document type sorted
/// by alias with one <c>Value</c> per culture for variant properties (empty when the node has none), like uSync's
/// own export, so an import reports "no change" the second time.
/// </summary>
internal static class USyncContentWriter
{
    /// <summary>The folder of content files under a uSync root (e.g. <c>uSync/v17/Content</c>).</summary>
    public const string Folder = "Content";

    /// <summary>Serialises a forest of content trees into files, parents before children.</summary>
    /// <param name="roots">The root nodes (level 1).</param>
    /// <param name="createDate">The create date written on every item (uSync only reads it on create).</param>
    /// <returns>The files, in tree order.</returns>
    public static IReadOnlyList<USyncContentFile> Write(IEnumerable<ContentNode> roots, DateTime createDate)
    {
        var files = new List<USyncContentFile>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var keys = new HashSet<Guid>();
        var sortOrder = 0;
        foreach (var root in roots)
        {
            Visit(root, null, 1, string.Empty, sortOrder++, createDate, files, names, keys);
        }

        return files;
    }

    /// <summary>
    /// Writes the files into a <c>Content</c> folder: every file is prepared first, then each is replaced whole.
    /// A file of the same name that holds another item is never overwritten (the new file gets a key suffix).
    /// An older file that holds one of the written items under another name (the item was retitled but kept its
    /// slug, so its key) is removed once every new file is written: uSync refuses a folder where two files share
    /// a key.
    /// </summary>
    /// <param name="files">The files.</param>
    /// <param name="contentFolder">The <c>Content</c> folder.</param>
    /// <param name="progress">Told the number of files written so far, after each file.</param>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> Save(IReadOnlyList<USyncContentFile> files, string contentFolder, Action<int>? progress = null)
    {
        Directory.CreateDirectory(contentFolder);
        var existingFiles = new Dictionary<string, Guid?>(StringComparer.Ordinal);
        foreach (var existingPath in Directory.EnumerateFiles(contentFolder, "*.config"))
        {
            existingFiles[Path.GetFullPath(existingPath)] = KeyOf(existingPath);
        }

        var plan = new List<(string Path, byte[] Bytes)>();
        foreach (var file in files)
        {
            var path = Path.Combine(contentFolder, file.FileName);
            if (existingFiles.TryGetValue(Path.GetFullPath(path), out var existing) && existing is { } existingKey && existingKey != file.Key)
            {
                path = Path.Combine(contentFolder, Path.GetFileNameWithoutExtension(file.FileName) + "_" + file.Key.ToString("N")[..8] + ".config");
            }

            plan.Add((path, file.Bytes));
        }

        var keys = files.Select(f => f.Key).ToHashSet();
        var planned = plan.Select(p => Path.GetFullPath(p.Path)).ToHashSet(StringComparer.Ordinal);
        var stale = existingFiles
            .Where(e => e.Value is { } key && keys.Contains(key) && !planned.Contains(e.Key))
            .Select(e => e.Key)
            .ToList();

        var written = 0;
        foreach (var (path, bytes) in plan)
        {
            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
            progress?.Invoke(++written);
        }

        foreach (var path in stale)
        {
            File.Delete(path);
        }

        return [.. plan.Select(p => p.Path)];
    }

    private static Guid? KeyOf(string path)
    {
        try
        {
            var root = USyncXml.Load(path).Root;
            return Guid.TryParse(root?.Attribute("Key")?.Value, out var key) ? key : null;
        }
        catch (USyncFileException)
        {
            return null;
        }
    }

    private static void Visit(ContentNode node, (Guid Key, string Name)? parent, int level, string parentPath, int sortOrder, DateTime createDate, List<USyncContentFile> files, HashSet<string> names, HashSet<Guid> keys)
    {
        if (!keys.Add(node.Key))
        {
            throw new InvalidOperationException($"Two content items share the key {node.Key} ('{DefaultName(node)}'); uSync would refuse the folder.");
        }

        var name = DefaultName(node);
        var path = parentPath + "/" + SafeAlias(name);
        var element = Element(node, parent, level, path, sortOrder, createDate);
        var fileName = SafeFileName(name) + ".config";
        if (!names.Add(fileName))
        {
            fileName = SafeFileName(name) + "_" + node.Key.ToString("N")[..8] + ".config";
            names.Add(fileName);
        }

        files.Add(new USyncContentFile(fileName, node.Key, USyncXml.ToBytes(element)));
        var childOrder = 0;
        foreach (var child in node.Children)
        {
            Visit(child, (node.Key, name), level + 1, path, childOrder++, createDate, files, names, keys);
        }
    }

    private static XElement Element(ContentNode node, (Guid Key, string Name)? parent, int level, string path, int sortOrder, DateTime createDate)
    {
        var name = DefaultName(node);
        var cultures = node.Names.Keys.Where(c => c.Length > 0).OrderBy(c => c, StringComparer.Ordinal).ToList();
        var published = node.PublishCultures.Count > 0 ? node.PublishCultures : cultures;

        var nodeName = new XElement("NodeName", new XAttribute("Default", Clean(name)));
        foreach (var culture in cultures)
        {
            nodeName.Add(new XElement("Name", new XAttribute("Culture", culture), Clean(node.Names[culture])));
        }

        var publishedElement = new XElement("Published", new XAttribute("Default", "true"));
        foreach (var culture in cultures)
        {
            publishedElement.Add(new XElement("Published", new XAttribute("Culture", culture), published.Contains(culture) ? "true" : "false"));
        }

        var info = new XElement(
            "Info",
            new XElement("Parent", new XAttribute("Key", (parent?.Key ?? Guid.Empty).ToString("D")), parent is null ? string.Empty : Clean(parent.Value.Name)),
            new XElement("Path", path),
            new XElement("Trashed", "false"),
            new XElement("ContentType", node.ContentTypeAlias),
            new XElement("CreateDate", createDate.ToString("s", CultureInfo.InvariantCulture)),
            nodeName,
            new XElement("SortOrder", sortOrder.ToString(CultureInfo.InvariantCulture)),
            publishedElement,
            new XElement("Schedule"),
            new XElement("Template"));

        var properties = new XElement("Properties");
        var type = DiplomaticContentModel.DocumentType(node.ContentTypeAlias);
        var unknown = node.Values.Select(v => v.Alias).Except(DiplomaticContentModel.AllProperties(type).Select(p => p.Alias)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"'{name}' ({node.ContentTypeAlias}) has values for properties its type does not have: {string.Join(", ", unknown)}.");
        }

        foreach (var property in DiplomaticContentModel.AllProperties(type).OrderBy(p => p.Alias, StringComparer.InvariantCulture))
        {
            var propertyElement = new XElement(property.Alias);
            if (property.VariesByCulture && cultures.Count > 0)
            {
                foreach (var culture in cultures)
                {
                    var value = node.Values.FirstOrDefault(v => v.Alias == property.Alias && v.Culture == culture)?.Value ?? string.Empty;
                    propertyElement.Add(new XElement("Value", new XAttribute("Culture", culture), new XCData(Clean(value))));
                }
            }
            else
            {
                var value = node.Values.FirstOrDefault(v => v.Alias == property.Alias && string.IsNullOrEmpty(v.Culture))?.Value ?? string.Empty;
                propertyElement.Add(new XElement("Value", new XCData(Clean(value))));
            }

            properties.Add(propertyElement);
        }

        return new XElement(
            "Content",
            new XAttribute("Key", node.Key.ToString("D")),
            new XAttribute("Alias", Clean(name)),
            new XAttribute("Level", level.ToString(CultureInfo.InvariantCulture)),
            info,
            properties);
    }

    private static string DefaultName(ContentNode node)
    {
        var first = node.PublishCultures.FirstOrDefault(node.Names.ContainsKey) ?? node.Names.Keys.OrderBy(c => c, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException($"Content item {node.Key} has no name.");
        return node.Names[first];
    }

    /// <summary>Drops the characters XML 1.0 cannot hold (control characters pasted from Word).</summary>
    private static string Clean(string text)
    {
        foreach (var c in text)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return new string(text.Where(ch => XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch)).ToArray());
            }
        }

        return text;
    }

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
