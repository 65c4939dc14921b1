using System.Globalization;
using System.Xml.Linq;

namespace Diplomatic.Umbraco.Synchronisation;

/// <summary>
/// Reads any uSync 17 folder into a typed form, safely: every file goes through <see cref="USyncXml.Load(string, long)"/>
/// (no DTDs, size cap), the number of files is capped, symbolic links are not followed, and every element keeps
/// its file and line. A file that cannot be read is recorded, not thrown.
/// </summary>
internal static class USyncFolderReader
{
    /// <summary>The most files read from one folder (a large site export has a few thousand).</summary>
    public const int DefaultMaxFiles = 20_000;

    /// <summary>Reads a folder.</summary>
    /// <param name="folder">The uSync folder, e.g. <c>uSync/v17</c>.</param>
    /// <param name="maxFiles">The most <c>.config</c> files read.</param>
    /// <param name="maxFileBytes">The largest file read.</param>
    /// <returns>What the folder holds.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static USyncFolderContents Read(string folder, int maxFiles = DefaultMaxFiles, long maxFileBytes = USyncXml.DefaultMaxFileBytes)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The uSync folder '{folder}' does not exist.");
        }

        var dataTypes = new List<USyncDataType>();
        var types = new List<USyncContentType>();
        var content = new List<USyncContent>();
        var empties = new List<USyncEmpty>();
        var others = new List<USyncOtherItem>();
        var misplaced = new List<USyncOtherItem>();
        var unreadable = new List<USyncUnreadableFile>();
        var inaccessible = new List<USyncInaccessiblePath>();
        var count = 0;
        var truncated = false;
        XElement? marker = null;

        foreach (var path in ConfigFiles(root, inaccessible))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var slash = relative.IndexOf('/');
            if (slash < 0)
            {
                // usync.config and anything else at the root: not an item.
                if (relative == USyncNames.MarkerFile)
                {
                    try
                    {
                        marker = USyncXml.Load(path, maxFileBytes).Root;
                    }
                    catch (USyncFileException e)
                    {
                        unreadable.Add(new(new(relative, e.Line), e.Problem));
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        inaccessible.Add(new(relative, Reason(e)));
                    }
                }

                continue;
            }

            if (++count > maxFiles)
            {
                truncated = true;
                break;
            }

            XElement element;
            try
            {
                element = USyncXml.Load(path, maxFileBytes).Root!;
            }
            catch (USyncFileException e)
            {
                unreadable.Add(new(new(relative, e.Line), e.Problem));
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                inaccessible.Add(new(relative, Reason(e)));
                continue;
            }

            var handler = relative[..slash];
            var name = element.Name.LocalName;
            if (name == USyncNames.EmptyElement)
            {
                empties.Add(Envelope(new USyncEmpty { Folder = handler, Location = At(relative, element), Element = element, Change = Attr(element, "Change") }));
            }
            else if (USyncNames.RootElementByFolder.TryGetValue(handler, out var expected) && expected != name)
            {
                misplaced.Add(Envelope(new USyncOtherItem { Folder = handler, Location = At(relative, element), Element = element }));
            }
            else
            {
                switch (name)
                {
                    case "DataType":
                        dataTypes.Add(ReadDataType(handler, relative, element));
                        break;
                    case "ContentType" or "MediaType" or "MemberType":
                        types.Add(ReadType(handler, relative, element));
                        break;
                    case "Content" or "Media":
                        content.Add(ReadContent(handler, relative, element));
                        break;
                    default:
                        others.Add(Envelope(new USyncOtherItem { Folder = handler, Location = At(relative, element), Element = element }));
                        break;
                }
            }
        }

        return new USyncFolderContents
        {
            Root = root,
            DataTypes = dataTypes,
            ContentTypes = types,
            Content = content,
            Empties = empties,
            Others = others,
            Misplaced = misplaced,
            Unreadable = unreadable,
            Inaccessible = inaccessible,
            Marker = marker,
            Truncated = truncated,
            FileCount = Math.Min(count, maxFiles),
        };
    }

    /// <summary>
    /// The <c>.config</c> files under the root in ordinal order. Folders are walked by hand, not with
    /// <c>IgnoreInaccessible</c>: a folder that cannot be listed must be reported, or its items show up later as
    /// misleading "unresolved" references. Symbolic links are not followed.
    /// </summary>
    private static IEnumerable<string> ConfigFiles(string root, List<USyncInaccessiblePath> inaccessible)
    {
        var files = new List<string>();
        var pending = new Stack<string>([root]);
        var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = FileAttributes.ReparsePoint, MatchType = MatchType.Simple };
        while (pending.TryPop(out var folder))
        {
            try
            {
                files.AddRange(Directory.EnumerateFiles(folder, "*" + USyncNames.Extension, options));
                foreach (var child in Directory.EnumerateDirectories(folder, "*", options))
                {
                    pending.Push(child);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var relative = Path.GetRelativePath(root, folder).Replace('\\', '/');
                inaccessible.Add(new(relative == "." ? "." : relative + "/", Reason(e)));
            }
        }

        return files.Order(StringComparer.Ordinal);
    }

    /// <summary>Why the operating system refused a read, in the words the validator prints.</summary>
    internal static string Reason(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message;

    private static USyncDataType ReadDataType(string handler, string file, XElement element)
    {
        var info = element.Element("Info");
        var folder = Text(info, "Folder");
        return Envelope(new USyncDataType
        {
            Folder = handler,
            Location = At(file, element),
            Element = element,
            Name = Text(info, "Name") ?? string.Empty,
            EditorAlias = Text(info, "EditorAlias") ?? string.Empty,
            EditorUiAlias = Text(info, "EditorUIAlias"),
            ContainerPath = string.IsNullOrWhiteSpace(folder) ? null : string.Join('/', USyncNames.DecodeFolder(folder)),
            ConfigJson = Text(element, "Config"),
        });
    }

    private static USyncContentType ReadType(string handler, string file, XElement element)
    {
        var info = element.Element("Info");
        var folder = Text(info, "Folder");
        var itemName = element.Name.LocalName;
        return Envelope(new USyncContentType
        {
            Folder = handler,
            Location = At(file, element),
            Element = element,
            Kind = Enum.Parse<USyncTypeKind>(itemName),
            Name = Text(info, "Name") ?? string.Empty,
            Icon = Text(info, "Icon") ?? string.Empty,
            Description = Text(info, "Description") ?? string.Empty,
            AllowAtRoot = Bool(Text(info, "AllowAtRoot")),
            IsElement = Bool(Text(info, "IsElement")),
            Variations = Text(info, "Variations") is { Length: > 0 } v ? v : "Nothing",
            ContainerPath = string.IsNullOrWhiteSpace(folder) ? null : string.Join('/', USyncNames.DecodeFolder(folder)),
            Parent = info?.Element("Parent") is { } parent ? Reference(file, parent) : null,
            Compositions = info?.Element("Compositions")?.Elements("Composition").Select(e => Reference(file, e)).ToArray() ?? [],
            Structure = element.Element("Structure")?.Elements(itemName).Select(e => Reference(file, e)).ToArray() ?? [],
            Properties = element.Element("GenericProperties")?.Elements("GenericProperty").Select(e => ReadProperty(file, e)).ToArray() ?? [],
            Tabs = element.Element("Tabs")?.Elements("Tab").Select(e => new USyncTab
            {
                Location = At(file, e),
                Element = e,
                Key = Guid.TryParse(Text(e, "Key"), out var key) ? key : null,
                Caption = Text(e, "Caption") ?? string.Empty,
                Alias = Text(e, "Alias") ?? string.Empty,
                Type = Text(e, "Type") ?? string.Empty,
                SortOrder = Int(Text(e, "SortOrder")) ?? 0,
            }).ToArray() ?? [],
        });
    }

    private static USyncProperty ReadProperty(string file, XElement element)
    {
        var tab = element.Element("Tab");
        var definition = Text(element, "Definition") ?? string.Empty;
        return new USyncProperty
        {
            Location = At(file, element),
            Element = element,
            Key = Guid.TryParse(Text(element, "Key"), out var key) ? key : null,
            Name = Text(element, "Name") ?? string.Empty,
            Alias = Text(element, "Alias") ?? string.Empty,
            Definition = Guid.TryParse(definition, out var dataType) ? dataType : null,
            DefinitionText = definition,
            Type = Text(element, "Type") ?? string.Empty,
            Mandatory = Bool(Text(element, "Mandatory")),
            Validation = Text(element, "Validation") ?? string.Empty,
            Description = Text(element, "Description") ?? string.Empty,
            SortOrder = Int(Text(element, "SortOrder")) ?? 0,
            TabAlias = tab?.Attribute("Alias")?.Value is { Length: > 0 } alias ? alias : null,
            TabCaption = tab?.Value ?? string.Empty,
            Variations = Text(element, "Variations") is { Length: > 0 } v ? v : "Nothing",
            MandatoryMessage = Text(element, "MandatoryMessage") ?? string.Empty,
            ValidationRegExpMessage = Text(element, "ValidationRegExpMessage") ?? string.Empty,
            LabelOnTop = Bool(Text(element, "LabelOnTop")),
        };
    }

    private static USyncContent ReadContent(string handler, string file, XElement element)
    {
        var info = element.Element("Info");
        var contentType = info?.Element("ContentType");
        return Envelope(new USyncContent
        {
            Folder = handler,
            Location = At(file, element),
            Element = element,
            Parent = info?.Element("Parent") is { } parent ? Reference(file, parent) : null,
            ContentType = contentType?.Value.Trim() ?? string.Empty,
            ContentTypeLocation = contentType is null ? null : At(file, contentType),
            SortOrder = Int(Text(info, "SortOrder")) ?? 0,
            Properties = element.Element("Properties")?.Elements()
                .Select(p => (p.Name.LocalName, At(file, p), p.Elements("Value").Any(v => !string.IsNullOrEmpty(v.Attribute("Culture")?.Value))))
                .ToArray() ?? [],
        });
    }

    private static T Envelope<T>(T item)
        where T : USyncItem => item with
        {
            Key = Guid.TryParse(Attr(item.Element, "Key"), out var key) ? key : null,
            Alias = Attr(item.Element, "Alias"),
            Level = Int(item.Element.Attribute("Level")?.Value),
        };

    private static USyncReference Reference(string file, XElement element) =>
        new(Guid.TryParse(element.Attribute("Key")?.Value, out var key) ? key : null,
            element.Value.Trim(),
            Int(element.Attribute("SortOrder")?.Value),
            At(file, element));

    private static USyncLocation At(string file, XObject node) => new(file, USyncXml.LineOf(node));

    private static string Attr(XElement element, string name) => element.Attribute(name)?.Value ?? string.Empty;

    private static string? Text(XElement? parent, string name) => parent?.Element(name)?.Value;

    private static bool Bool(string? text) => text is not null && (bool.TryParse(text.Trim(), out var value) ? value : text.Trim() == "1");

    private static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
