using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Synchronisation.Content;

/// <summary>One uSync content file: its name in <c>Content/</c>, the item's key and the exact bytes.</summary>
/// <param name="FileName">The file name (<c>name.config</c>).</param>
/// <param name="Key">The content item's key.</param>
/// <param name="Bytes">The file's bytes, as uSync 17 writes them.</param>
internal sealed record USyncContentFile(string FileName, Guid Key, byte[] Bytes);

/// <summary>Where a save puts each file, and what it would fail on.</summary>
/// <param name="Folder">The full path of the <c>Content</c> folder.</param>
/// <param name="Entries">Each file's full path and bytes, and whether the file there already has them.</param>
/// <param name="Stale">Older files of the same items under other names, to be removed.</param>
/// <param name="Errors">What the write would fail on; nothing is written when there is any.</param>
/// <param name="Warnings">What is worth knowing (another item's file kept, this one written under a suffixed name).</param>
internal sealed record USyncContentPlan(string Folder, IReadOnlyList<USyncContentPlan.Entry> Entries, IReadOnlyList<string> Stale, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    /// <summary>One file to write.</summary>
    /// <param name="Path">The full path.</param>
    /// <param name="Bytes">The bytes.</param>
    /// <param name="Unchanged">Whether the file there already holds these bytes.</param>
    internal sealed record Entry(string Path, byte[] Bytes, bool Unchanged);
}

/// <summary>What a save did.</summary>
/// <param name="Written">Files created or rewritten (full paths).</param>
/// <param name="Unchanged">Files that already had the right bytes.</param>
/// <param name="Removed">Older files of the same items that were removed.</param>
internal sealed record USyncContentSaveResult(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed);

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

    /// <summary>The longest full path written, in UTF-8 bytes (Linux's PATH_MAX is 4,096).</summary>
    public const int MaxPathBytes = 4000;

    /// <summary>
    /// Works out where each file goes in a <c>Content</c> folder, without writing anything: a file of the same
    /// name that holds another item is never overwritten (the new file gets a key suffix, and a warning says so),
    /// an older file that holds one of the items under another name (retitled, same slug, so same key) is to be
    /// removed (uSync refuses a folder where two files share a key), and files whose bytes are already right are
    /// left alone. Anything the write would fail on is in <see cref="USyncContentPlan.Errors"/>: a path too long,
    /// a folder or an unreadable file where a file must go.
    /// </summary>
    /// <param name="files">The files.</param>
    /// <param name="contentFolder">The <c>Content</c> folder (it need not exist).</param>
    /// <returns>The plan.</returns>
    public static USyncContentPlan Plan(IReadOnlyList<USyncContentFile> files, string contentFolder)
    {
        var folder = Path.GetFullPath(contentFolder);
        var errors = new List<string>();
        var warnings = new List<string>();
        var existingFiles = new Dictionary<string, Guid?>(StringComparer.Ordinal);
        if (File.Exists(folder))
        {
            errors.Add($"{folder}: a file is where the Content folder must go");
        }
        else if (Directory.Exists(folder))
        {
            foreach (var existingPath in Directory.EnumerateFiles(folder, "*.config"))
            {
                existingFiles[Path.GetFullPath(existingPath)] = KeyOf(existingPath);
            }
        }

        var entries = new List<USyncContentPlan.Entry>();
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.FileName);
            if (existingFiles.TryGetValue(path, out var existing) && existing != file.Key)
            {
                if (existing is null)
                {
                    errors.Add($"{path}: the file is not a uSync content file that can be read, so it is not overwritten; move it away");
                    continue;
                }

                var suffixed = Path.Combine(folder, Path.GetFileNameWithoutExtension(file.FileName) + "_" + file.Key.ToString("N")[..8] + ".config");
                warnings.Add($"{path}: holds another item ({existing}); this one is written as {Path.GetFileName(suffixed)}");
                path = suffixed;
            }

            var name = Path.GetFileName(path);
            if (Encoding.UTF8.GetByteCount(name) > 255)
            {
                errors.Add($"{path}: the file name is over 255 bytes");
            }
            else if (Encoding.UTF8.GetByteCount(path) > MaxPathBytes)
            {
                errors.Add($"{path}: the path is over {MaxPathBytes:N0} bytes; choose a shorter output folder");
            }
            else if (Directory.Exists(path))
            {
                errors.Add($"{path}: a folder is where the file must go");
            }

            var unchanged = File.Exists(path) && existingFiles.ContainsKey(path) && SameBytes(path, file.Bytes);
            entries.Add(new(path, file.Bytes, unchanged));
        }

        var keys = files.Select(f => f.Key).ToHashSet();
        var planned = entries.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var stale = existingFiles
            .Where(e => e.Value is { } key && keys.Contains(key) && !planned.Contains(e.Key))
            .Select(e => e.Key)
            .ToList();
        return new(folder, entries, stale, errors, warnings);
    }

    /// <summary>
    /// Writes the files into a <c>Content</c> folder, only those that changed, all or nothing: the plan is checked
    /// first (nothing is written when it has errors), the new files are written into a temporary folder beside
    /// it, then moved into place; if a move fails, the files already moved are put back as they were.
    /// </summary>
    /// <param name="files">The files.</param>
    /// <param name="contentFolder">The <c>Content</c> folder.</param>
    /// <param name="progress">Told the number of files written so far, after each file.</param>
    /// <returns>What was written, left unchanged and removed (full paths).</returns>
    /// <exception cref="InvalidOperationException">The plan has errors (nothing was written).</exception>
    public static USyncContentSaveResult Save(IReadOnlyList<USyncContentFile> files, string contentFolder, Action<int>? progress = null)
    {
        var plan = Plan(files, contentFolder);
        if (plan.Errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", plan.Errors));
        }

        var changed = plan.Entries.Where(e => !e.Unchanged).ToList();
        var unchanged = plan.Entries.Where(e => e.Unchanged).Select(e => e.Path).ToList();
        if (changed.Count == 0 && plan.Stale.Count == 0)
        {
            return new([], unchanged, []);
        }

        var root = Path.GetDirectoryName(plan.Folder)!;
        Directory.CreateDirectory(root);
        var stage = Path.Combine(root, ".diplomatic-import-" + Guid.NewGuid().ToString("N")[..12]);
        var staged = Path.Combine(stage, "new");
        var previous = Path.Combine(stage, "previous");
        var createdFolder = !Directory.Exists(plan.Folder);
        var moves = new List<(string Target, string? Backup)>();
        try
        {
            Directory.CreateDirectory(staged);
            Directory.CreateDirectory(previous);
            var written = 0;
            foreach (var entry in changed)
            {
                File.WriteAllBytes(Path.Combine(staged, Path.GetFileName(entry.Path)), entry.Bytes);
                progress?.Invoke(++written);
            }

            Directory.CreateDirectory(plan.Folder);
            var index = 0;
            foreach (var entry in changed)
            {
                string? backup = null;
                if (File.Exists(entry.Path))
                {
                    backup = Path.Combine(previous, (index++).ToString(CultureInfo.InvariantCulture));
                    File.Move(entry.Path, backup);
                }

                moves.Add((entry.Path, backup));
                File.Move(Path.Combine(staged, Path.GetFileName(entry.Path)), entry.Path);
            }

            foreach (var path in plan.Stale)
            {
                var backup = Path.Combine(previous, (index++).ToString(CultureInfo.InvariantCulture));
                File.Move(path, backup);
                moves.Add((path, backup));
            }
        }
        catch
        {
            // Put back what was moved, newest first: the folder is as it was.
            for (var i = moves.Count - 1; i >= 0; i--)
            {
                var (target, backup) = moves[i];
                if (backup is null || File.Exists(backup))
                {
                    File.Delete(target);
                }

                if (backup is not null && File.Exists(backup))
                {
                    File.Move(backup, target);
                }
            }

            if (createdFolder && Directory.Exists(plan.Folder) && !Directory.EnumerateFileSystemEntries(plan.Folder).Any())
            {
                Directory.Delete(plan.Folder);
            }

            throw;
        }
        finally
        {
            if (Directory.Exists(stage))
            {
                Directory.Delete(stage, recursive: true);
            }
        }

        return new([.. changed.Select(e => e.Path)], unchanged, plan.Stale);
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
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
        var path = parentPath + "/" + USyncNames.SafeAlias(name);
        var element = Element(node, parent, level, path, sortOrder, createDate);
        var fileName = USyncNames.SafeFileName(name) + ".config";
        if (!names.Add(fileName))
        {
            fileName = USyncNames.SafeFileName(name) + "_" + node.Key.ToString("N")[..8] + ".config";
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
}
