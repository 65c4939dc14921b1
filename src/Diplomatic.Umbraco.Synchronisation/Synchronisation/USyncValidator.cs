using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Synchronisation;

/// <summary>
/// Lints a uSync 17 folder: errors where uSync would fail, skip or lose something, warnings where it copes but
/// the file differs from what uSync itself writes, and (with <see cref="USyncValidationOptions.AllowExternalReferences"/>)
/// infos for references to items outside the folder.
/// </summary>
internal static class USyncValidator
{
    private static readonly string[] ContentTypeRoot = ["Info", "Structure", "GenericProperties", "Tabs"];
    private static readonly string[] MediaTypeRoot = ["Info", "GenericProperties", "Structure", "Tabs"];
    private static readonly string[] ContentTypeInfo =
        ["Name", "Icon", "Thumbnail", "Description", "AllowAtRoot", "ListView", "Variations", "IsElement", "HistoryCleanup", "Folder", "Parent", "Compositions", "DefaultTemplate", "AllowedTemplates"];
    private static readonly string[] MediaTypeInfo =
        ["Name", "Icon", "Thumbnail", "Description", "AllowAtRoot", "ListView", "Variations", "IsElement", "Folder", "Parent", "Compositions"];
    private static readonly string[] HistoryCleanup = ["PreventCleanup", "KeepAllVersionsNewerThanDays", "KeepLatestVersionPerDayForDays"];
    private static readonly string[] ContentTypeProperty =
        ["Key", "Name", "Alias", "Definition", "Type", "Mandatory", "Validation", "Description", "SortOrder", "Tab", "Variations", "MandatoryMessage", "ValidationRegExpMessage", "LabelOnTop"];
    private static readonly string[] MediaTypeProperty =
        ["Key", "Name", "Alias", "Definition", "Type", "Mandatory", "Validation", "Description", "SortOrder", "Tab", "MandatoryMessage", "ValidationRegExpMessage", "LabelOnTop"];
    private static readonly string[] TabElements = ["Key", "Caption", "Alias", "Type", "SortOrder"];
    private static readonly string[] DataTypeRoot = ["Info", "Config"];
    private static readonly string[] DataTypeInfo = ["Name", "EditorAlias", "EditorUIAlias", "Folder"];
    private static readonly string[] OptionalElements = ["Folder", "Parent"];
    private static readonly string[] VariationValues = ["Nothing", "Culture", "Segment", "CultureAndSegment"];
    private static readonly string[] ChangeValues = ["Delete", "Rename", "Clean"];
    private static readonly string[] LevelledRoots = ["DataType", "ContentType", "MediaType", "MemberType", "Content", "Media"];

    /// <summary>Reads and validates a folder.</summary>
    /// <param name="folder">The uSync folder.</param>
    /// <param name="options">What to accept.</param>
    /// <returns>Every problem, in file and line order.</returns>
    public static IReadOnlyList<USyncProblem> ValidateFolder(string folder, USyncValidationOptions? options = null) =>
        Validate(USyncFolderReader.Read(folder), options);

    /// <summary>Validates what was read from a folder.</summary>
    /// <param name="folder">The folder's contents.</param>
    /// <param name="options">What to accept.</param>
    /// <returns>Every problem, in file and line order.</returns>
    public static IReadOnlyList<USyncProblem> Validate(USyncFolderContents folder, USyncValidationOptions? options = null)
    {
        var run = new Run(folder, options ?? new USyncValidationOptions());
        run.Check();
        return run.Problems
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenByDescending(p => p.Severity)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .ThenBy(p => p.Message, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class Run(USyncFolderContents folder, USyncValidationOptions options)
    {
        private readonly Dictionary<Guid, USyncDataType> _dataTypes = folder.DataTypes.Where(d => d.Key is not null)
            .GroupBy(d => d.Key!.Value).ToDictionary(g => g.Key, g => g.First());

        private readonly Dictionary<(string Folder, string Root, Guid Key), USyncContent> _content = folder.Content.Where(c => c.Key is not null)
            .GroupBy(c => (c.Folder, c.Element.Name.LocalName, c.Key!.Value)).ToDictionary(g => g.Key, g => g.First());

        public List<USyncProblem> Problems { get; } = [];

        public void Check()
        {
            if (folder.Truncated)
            {
                Problems.Add(new(USyncSeverity.Error, ".", 0, "too-many-files", $"the folder has more than {folder.FileCount} .config files; the rest were not read"));
            }

            if (folder.Marker is { } marker
                && (marker.Name.LocalName != "uSync" || marker.Attribute("format")?.Value != USyncNames.FormatVersion))
            {
                Warning(new(USyncNames.MarkerFile, USyncXml.LineOf(marker)), "format",
                    $"the marker is not <uSync format=\"{USyncNames.FormatVersion}\" />; uSync shows a \"files out of date\" warning");
            }

            foreach (var path in folder.Inaccessible)
            {
                Error(new(path.Path, 0), "inaccessible", $"could not be read ({path.Reason}); nothing in it was checked");
            }

            foreach (var file in folder.Unreadable)
            {
                Error(file.Location, "unreadable", $"{file.Message}; uSync skips this file silently");
            }

            foreach (var item in folder.Misplaced)
            {
                var expected = USyncNames.RootElementByFolder[item.Folder];
                Error(item.Location, "wrong-root", $"the root element is <{item.Element.Name.LocalName}> but {item.Folder}/ holds <{expected}> items; uSync fails this file");
            }

            foreach (var item in folder.AllItems.Where(i => USyncNames.RootElementByFolder.ContainsKey(i.Folder)))
            {
                CheckEnvelope(item);
            }

            CheckDuplicates();
            foreach (var dataType in folder.DataTypes)
            {
                CheckDataType(dataType);
            }

            var types = new TypeIndex(folder.ContentTypes);
            foreach (var dataType in folder.DataTypes)
            {
                CheckBlocks(dataType, types);
            }

            foreach (var type in folder.ContentTypes)
            {
                CheckType(type, types);
            }

            foreach (var item in folder.Content)
            {
                CheckContent(item, types);
            }

            foreach (var empty in folder.Empties)
            {
                if (!ChangeValues.Contains(empty.Change))
                {
                    Warning(empty.Location, "unknown-change", $"Change=\"{empty.Change}\" is not one of {string.Join(", ", ChangeValues)}; uSync does nothing with it");
                }

                if (options.PluginMode)
                {
                    Error(empty.Location, "delete-marker", $"a plugin must not ship a <{USyncNames.EmptyElement}> marker: it would {empty.Change.ToLowerInvariant()} the site's item '{empty.Alias}'");
                }
            }
        }

        private void CheckEnvelope(USyncItem item)
        {
            var keyText = item.Element.Attribute("Key")?.Value;
            if (keyText is null)
            {
                Error(item.Location, "missing-key", "the root element has no Key attribute; uSync fails this file");
            }
            else if (item.Key is null || item.Key == Guid.Empty)
            {
                Error(item.Location, "invalid-key", $"Key \"{keyText}\" is not a non-empty GUID; uSync fails this file");
            }
            else if (keyText != item.Key.Value.ToString("D"))
            {
                Warning(item.Location, "format", $"Key \"{keyText}\" is not written as uSync writes keys (lowercase with hyphens)");
            }

            if (string.IsNullOrWhiteSpace(item.Alias))
            {
                Error(item.Location, "empty-alias", "the Alias attribute is missing or empty; uSync fails this file");
            }

            if (LevelledRoots.Contains(item.Element.Name.LocalName) && item.Level is null)
            {
                Error(item.Location, "wrong-level", $"the Level attribute is missing or not a number (\"{item.Element.Attribute("Level")?.Value}\")");
            }
        }

        private void CheckDuplicates()
        {
            var keyed = folder.AllItems.Where(i => i is not USyncEmpty && i.Key is { } key && key != Guid.Empty && USyncNames.RootElementByFolder.ContainsKey(i.Folder));
            foreach (var group in keyed.GroupBy(i => (i.Element.Name.LocalName, i.Key!.Value)))
            {
                var first = group.First();
                foreach (var duplicate in group.Skip(1))
                {
                    Error(duplicate.Location, "duplicate-key", $"Key {group.Key.Value} is also the key of {first.Location}; uSync stops with \"Duplicate: Item key already exists\"");
                }
            }

            foreach (var group in folder.ContentTypes.Where(t => t.Alias.Length > 0).GroupBy(t => t.Alias, StringComparer.OrdinalIgnoreCase))
            {
                var first = group.First();
                foreach (var duplicate in group.Skip(1).Where(d => d.Key != first.Key))
                {
                    Error(duplicate.Location, "duplicate-alias", $"alias '{duplicate.Alias}' is also the alias of {first.Location}; uSync renames one of them ({duplicate.Alias}_xxxxxxxx) or adopts the other's item");
                }
            }

            foreach (var group in folder.DataTypes.Where(t => t.Name.Length > 0).GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase))
            {
                var first = group.First();
                foreach (var duplicate in group.Skip(1).Where(d => d.Key != first.Key))
                {
                    Error(duplicate.Location, "duplicate-alias", $"data type name '{duplicate.Name}' is also the name of {first.Location}; uSync can match the wrong data type by name");
                }
            }
        }

        private void CheckDataType(USyncDataType dataType)
        {
            var info = dataType.Element.Element("Info");
            CheckElements(dataType.Element, DataTypeRoot, dataType.Location, "DataType", optional: []);
            if (info is null)
            {
                Error(dataType.Location, "missing-element", "the data type has no <Info>; uSync cannot create it");
                return;
            }

            CheckElements(info, DataTypeInfo, At(dataType, info), "Info", OptionalElements);
            if (dataType.Key is { } key && BuiltInDataTypes.IsBuiltIn(key) && options.PluginMode)
            {
                Error(dataType.Location, "built-in-data-type", $"{key} is Umbraco's built-in data type '{BuiltInDataTypes.ByKey[key].Name}': a plugin that ships it overwrites the site's configuration of it on import");
            }

            if (string.IsNullOrWhiteSpace(dataType.EditorAlias))
            {
                Error(At(dataType, info.Element("EditorAlias") ?? info), "missing-editor", "the data type has no EditorAlias; uSync fails with \"DataEditor is not installed\"");
            }

            if (dataType.Name != dataType.Alias && dataType.Alias.Length > 0)
            {
                Warning(dataType.Location, "format", $"Alias \"{dataType.Alias}\" differs from the Name \"{dataType.Name}\"; uSync writes the name as the alias");
            }

            var expectedLevel = USyncSchemaWriter.Level(dataType.ContainerPath);
            if (dataType.Level is { } level && level != expectedLevel)
            {
                Error(dataType.Location, "wrong-level", $"Level is {level} but the data type sits {Depth(dataType.ContainerPath)}; uSync writes Level=\"{expectedLevel}\"");
            }

            var config = dataType.Element.Element("Config");
            if (config is null || dataType.ConfigJson is null)
            {
                return;
            }

            if (!config.Nodes().OfType<XCData>().Any() && config.Value.Length > 0)
            {
                Warning(At(dataType, config), "format", "Config is not in a CDATA section as uSync writes it");
            }

            var canonical = USyncConfigJson.Canonicalize(dataType.ConfigJson, out var error);
            if (canonical is null)
            {
                Error(At(dataType, config), "config-json", $"Config is not a JSON object ({error}); uSync logs \"Failed to deserialize config\" and the configuration is lost");
            }
            else if (canonical != dataType.ConfigJson)
            {
                Warning(At(dataType, config), "format", "Config JSON differs from uSync's own output (top-level keys sorted, 2-space indent, non-ASCII escaped)");
            }
        }

        /// <summary>Block List, Block Grid and rich-text blocks name their element types by key in the config (§11.6).</summary>
        private void CheckBlocks(USyncDataType dataType, TypeIndex types)
        {
            if (dataType.ConfigJson is not { } json || dataType.Element.Element("Config") is not { } config)
            {
                return;
            }

            JsonArray? blocks;
            try
            {
                blocks = JsonNode.Parse(json) is JsonObject parsed ? parsed["blocks"] as JsonArray : null;
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
            {
                return; // reported as config-json
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var block in (blocks ?? []).OfType<JsonObject>())
            {
                foreach (var property in (string[])["contentElementTypeKey", "settingsElementTypeKey"])
                {
                    if (block[property] is not JsonValue value || !value.TryGetValue<string>(out var text) || !seen.Add(text))
                    {
                        continue;
                    }

                    var index = json.IndexOf(text, StringComparison.OrdinalIgnoreCase);
                    var at = new USyncLocation(dataType.Location.File, USyncXml.LineOf(config) + json.AsSpan(0, Math.Max(index, 0)).Count('\n'));
                    if (!Guid.TryParse(text, out var key))
                    {
                        Error(at, "invalid-key", $"block {property} \"{text}\" is not a GUID; the block cannot be used");
                    }
                    else if (types.Find(USyncTypeKind.ContentType, new USyncReference(key, string.Empty, null, at)) is not { } elementType)
                    {
                        Unresolved(at, $"block element type {key} is not in this folder");
                    }
                    else if (!elementType.IsElement)
                    {
                        Warning(at, "block-not-element", $"block {property} is '{elementType.Alias}', which is not an element type (IsElement=false); blocks must use element types");
                    }
                }
            }
        }

        private void CheckType(USyncContentType type, TypeIndex types)
        {
            var info = type.Element.Element("Info");
            var media = type.Kind == USyncTypeKind.MediaType;
            var member = type.Kind == USyncTypeKind.MemberType;
            if (!member)
            {
                CheckElements(type.Element, media ? MediaTypeRoot : ContentTypeRoot, type.Location, type.Kind.ToString(), optional: []);
                if (info is not null)
                {
                    CheckElements(info, media ? MediaTypeInfo : ContentTypeInfo, At(type, info), "Info", OptionalElements);
                    CheckFormat(type, info.Element("AllowAtRoot"), type.AllowAtRoot.ToString());
                    CheckFormat(type, info.Element("IsElement"), type.IsElement ? "true" : "false");
                    if (info.Element("HistoryCleanup") is { } cleanup)
                    {
                        CheckElements(cleanup, HistoryCleanup, At(type, cleanup), "HistoryCleanup", optional: []);
                        CheckFormat(type, cleanup.Element("PreventCleanup"), bool.TryParse(cleanup.Element("PreventCleanup")?.Value, out var prevent) ? prevent.ToString() : "False");
                    }

                    if (info.Element("Description") is { } description && description.Nodes().OfType<XCData>().Any())
                    {
                        Warning(At(type, description), "format", "Info/Description is in a CDATA section; uSync writes it as plain text");
                    }
                }
            }

            if (info is null)
            {
                Error(type.Location, "missing-element", $"the {type.Kind} has no <Info>; uSync cannot create it");
            }

            if (!VariationValues.Contains(type.Variations))
            {
                Error(At(type, info?.Element("Variations") ?? type.Element), "invalid-value", $"Variations \"{type.Variations}\" is not one of {string.Join(", ", VariationValues)}");
            }

            if (type.Parent is null && type.Level is { } level && level != USyncSchemaWriter.Level(type.ContainerPath))
            {
                Error(type.Location, "wrong-level", $"Level is {level} but the type sits {Depth(type.ContainerPath)}; uSync writes Level=\"{USyncSchemaWriter.Level(type.ContainerPath)}\"");
            }

            if (info?.Element("ListView") is { } listView && Guid.TryParse(listView.Value, out var listViewKey) && listViewKey != Guid.Empty
                && !_dataTypes.ContainsKey(listViewKey) && !BuiltInDataTypes.IsBuiltIn(listViewKey))
            {
                Unresolved(At(type, listView), $"list view data type {listViewKey} is not in this folder and is not built in");
            }

            var ancestors = new List<USyncContentType>();
            var complete = true;
            foreach (var reference in type.Compositions.Concat(type.Parent is null ? [] : [type.Parent]))
            {
                var found = types.Find(type.Kind, reference);
                if (found is null)
                {
                    complete = false;
                    Unresolved(reference.Location, $"composition '{reference.Alias}' ({reference.Key}) is not in this folder");
                }
                else if (reference.Key is { } key && found.Key != key)
                {
                    Warning(reference.Location, "reference-key", $"'{reference.Alias}' has key {found.Key} in this folder, not {key}; uSync falls back to the alias");
                }
            }

            var cycle = types.FindCycle(type);
            if (cycle is not null)
            {
                Error(type.Location, "cyclic-composition", $"compositions are cyclic: {string.Join(" -> ", cycle)}; Umbraco cannot save the type");
            }
            else
            {
                complete &= types.CollectAncestors(type, ancestors);
            }

            CheckSorted(type, info?.Element("Compositions"), type.Compositions.Select(c => c.Alias), "Compositions", "alias");
            foreach (var child in type.Structure)
            {
                if (types.Find(type.Kind, child) is null)
                {
                    Unresolved(child.Location, $"allowed child '{child.Alias}' ({child.Key}) is not in this folder");
                }
            }

            CheckTabs(type, ancestors, complete);
            CheckProperties(type, ancestors, complete);
        }

        private void CheckTabs(USyncContentType type, List<USyncContentType> ancestors, bool complete)
        {
            var tabsElement = type.Element.Element("Tabs");
            var available = type.Tabs.Concat(ancestors.SelectMany(a => a.Tabs)).Select(t => t.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var group in type.Tabs.GroupBy(t => t.Alias, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                Error(group.Skip(1).First().Location, "duplicate-tab", $"tab alias '{group.Key}' is declared twice");
            }

            foreach (var tab in type.Tabs)
            {
                CheckElements(tab.Element, TabElements, tab.Location, "Tab", optional: []);

                if (tab.Key is null)
                {
                    Warning(tab.Location, "invalid-key", "the tab has no valid Key; uSync matches it by alias and Umbraco gives it a new key");
                }

                if (tab.Alias.Length == 0)
                {
                    Error(tab.Location, "empty-alias", "the tab has no Alias");
                }

                if (tab.Type is not ("Tab" or "Group"))
                {
                    Warning(tab.Location, "invalid-value", $"tab Type \"{tab.Type}\" is neither Tab nor Group");
                }

                var slash = tab.Alias.LastIndexOf('/');
                if (slash > 0 && !available.Contains(tab.Alias[..slash]))
                {
                    if (complete)
                    {
                        Error(tab.Location, "unknown-tab", $"group '{tab.Alias}' sits in tab '{tab.Alias[..slash]}', which neither the type nor its compositions declare");
                    }
                    else
                    {
                        Unresolved(tab.Location, $"group '{tab.Alias}' sits in tab '{tab.Alias[..slash]}', which may come from a composition outside this folder");
                    }
                }
            }

            CheckSorted(type, tabsElement, type.Tabs.Select(t => t.Key?.ToString("D") ?? string.Empty), "Tabs", "key", ordinalOnly: true);
        }

        private void CheckProperties(USyncContentType type, List<USyncContentType> ancestors, bool complete)
        {
            var media = type.Kind == USyncTypeKind.MediaType;
            var member = type.Kind == USyncTypeKind.MemberType;
            var tabs = type.Tabs.Concat(ancestors.SelectMany(a => a.Tabs)).Select(t => t.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var inherited = ancestors.SelectMany(a => a.Properties).Select(p => p.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in type.Properties)
            {
                var where = property.Alias.Length > 0 ? $"property '{property.Alias}'" : "the property";
                if (!member)
                {
                    CheckElements(property.Element, media ? MediaTypeProperty : ContentTypeProperty, property.Location, "GenericProperty", optional: []);
                }

                if (property.Alias.Length == 0)
                {
                    Error(property.Location, "empty-alias", "the property has no Alias; uSync skips it");
                    continue;
                }

                if (!seen.Add(property.Alias) || inherited.Contains(property.Alias))
                {
                    Error(property.Location, "duplicate-property", $"{where} is declared twice on the type or also comes from a composition; Umbraco cannot save the type");
                }

                if (property.Key is null)
                {
                    Warning(property.Location, "invalid-key", $"{where} has no valid Key; Umbraco gives it a new key on import");
                }

                CheckDefinition(property, where);
                if (!media && property.VariesByCulture && !type.VariesByCulture)
                {
                    Error(Child(property, "Variations"), "variant-on-invariant", $"{where} varies by culture but the type does not (Variations=\"{type.Variations}\"); Umbraco rejects the type");
                }

                if (!VariationValues.Contains(property.Variations))
                {
                    Error(property.Location, "invalid-value", $"{where} has Variations \"{property.Variations}\", not one of {string.Join(", ", VariationValues)}");
                }

                if (property.TabAlias is { } tab && !tabs.Contains(tab))
                {
                    if (complete)
                    {
                        Error(Child(property, "Tab"), "unknown-tab", $"{where} sits in tab '{tab}', which neither the type nor its compositions declare; uSync leaves it without a group");
                    }
                    else
                    {
                        Unresolved(Child(property, "Tab"), $"{where} sits in tab '{tab}', which may come from a composition outside this folder");
                    }
                }

                CheckFormat(type, property.Element.Element("Mandatory"), property.Mandatory ? "true" : "false");
                CheckFormat(type, property.Element.Element("LabelOnTop"), property.LabelOnTop ? "true" : "false");
                if (property.Element.Element("Description") is { } description && description.Nodes().OfType<XText>().Any(n => n is not XCData && n.Value.Trim().Length > 0))
                {
                    Warning(At(type, description), "format", $"the Description of {where} is not in a CDATA section as uSync writes it");
                }
                else if (property.Element.Element("Description") is { } empty && !empty.Nodes().OfType<XCData>().Any())
                {
                    Warning(At(type, empty), "format", $"the Description of {where} is not in a CDATA section as uSync writes it");
                }
            }

            CheckSorted(type, type.Element.Element("GenericProperties"), type.Properties.Select(p => p.Alias), "GenericProperties", "alias");
        }

        private void CheckDefinition(USyncProperty property, string where)
        {
            var at = property.Element.Element("Definition") is { } d ? new USyncLocation(property.Location.File, USyncXml.LineOf(d)) : property.Location;
            if (property.Definition is not { } key || key == Guid.Empty)
            {
                Error(at, "missing-data-type", $"{where} has no valid Definition (\"{property.DefinitionText}\"); uSync looks for a data type named \"{property.Type}\" and skips the property if there is none");
                return;
            }

            string? editor = null;
            string? name = null;
            if (_dataTypes.TryGetValue(key, out var own))
            {
                (editor, name) = (own.EditorAlias, own.Name);
            }
            else if (BuiltInDataTypes.ByKey.TryGetValue(key, out var builtIn))
            {
                (editor, name) = (builtIn.EditorAlias, builtIn.Name + " (built in)");
            }
            else
            {
                Unresolved(at, $"{where} uses data type {key} ({property.Type}), which is neither in this folder nor built in; uSync skips the property unless the site has it");
            }

            if (editor is not null && !string.Equals(editor, property.Type, StringComparison.Ordinal))
            {
                var type = property.Element.Element("Type");
                Warning(type is null ? at : new USyncLocation(property.Location.File, USyncXml.LineOf(type)), "editor-mismatch",
                    $"{where} says Type \"{property.Type}\" but its data type '{name}' uses {editor}");
            }
        }

        private void CheckContent(USyncContent item, TypeIndex types)
        {
            var typeKind = item.Element.Name.LocalName == "Media" ? USyncTypeKind.MediaType : USyncTypeKind.ContentType;
            USyncContentType? type = null;
            if (item.ContentType.Length == 0)
            {
                Error(item.Location, "missing-content-type", "the item has no Info/ContentType; uSync cannot create it");
            }
            else
            {
                type = types.FindByAlias(typeKind, item.ContentType);
                if (type is null)
                {
                    Unresolved(item.ContentTypeLocation ?? item.Location, $"content type '{item.ContentType}' is not in this folder");
                }
            }

            if (item.Parent is null)
            {
                Warning(item.Location, "missing-element", "the item has no Info/Parent; uSync puts it at the root");
            }
            else if (item.Parent.Key is null)
            {
                Error(item.Parent.Location, "invalid-key", $"the parent key is not a GUID; uSync cannot place the item");
            }
            else if (item.Parent.Key == Guid.Empty)
            {
                if (item.Level is { } level && level != 1)
                {
                    Error(item.Location, "wrong-level", $"Level is {level} but the item is at the root (Level 1); uSync imports by level, so parents may come after children");
                }
            }
            else
            {
                var parent = _content.GetValueOrDefault((item.Folder, item.Element.Name.LocalName, item.Parent.Key.Value));
                if (parent is null)
                {
                    Unresolved(item.Parent.Location, $"parent '{item.Parent.Alias}' ({item.Parent.Key}) is not in this folder");
                }
                else if (item.Level is { } level && parent.Level is { } parentLevel && level != parentLevel + 1)
                {
                    Error(item.Location, "wrong-level", $"Level is {level} but its parent {parent.Location} has Level {parentLevel}; uSync imports by level, so the parent may come after this item");
                }
            }

            if (type is null)
            {
                return;
            }

            var ancestors = new List<USyncContentType>();
            if (types.FindCycle(type) is not null || !types.CollectAncestors(type, ancestors))
            {
                return;
            }

            var properties = new Dictionary<string, USyncProperty>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in type.Properties.Concat(ancestors.SelectMany(a => a.Properties)))
            {
                properties.TryAdd(property.Alias, property);
            }

            foreach (var (alias, location, hasCultureValues) in item.Properties)
            {
                if (!properties.TryGetValue(alias, out var property))
                {
                    Error(location, "unknown-property", $"'{item.ContentType}' has no property '{alias}'; uSync drops this value");
                }
                else if (hasCultureValues && !property.VariesByCulture)
                {
                    Warning(location, "variant-value", $"'{alias}' does not vary by culture, but the file has values per culture; only the invariant value is used");
                }
            }
        }

        private void CheckElements(XElement parent, string[] expected, USyncLocation at, string what, string[] optional)
        {
            var names = parent.Elements().Select(e => e.Name.LocalName).ToList();
            var missing = expected.Where(e => !optional.Contains(e) && !names.Contains(e)).ToList();
            if (missing.Count > 0)
            {
                Warning(at, "missing-element", $"<{what}> lacks {string.Join(", ", missing.Select(m => $"<{m}>"))}, which uSync writes; uSync uses defaults and reports a change on every import");
            }

            foreach (var unknown in parent.Elements().Where(e => !expected.Contains(e.Name.LocalName)))
            {
                Warning(new(at.File, USyncXml.LineOf(unknown)), "unknown-element", $"<{unknown.Name.LocalName}> in <{what}> is not written by uSync 17");
            }

            var indexes = names.Where(expected.Contains).Select(n => Array.IndexOf(expected, n)).ToList();
            if (indexes.Zip(indexes.Skip(1)).Any(p => p.First > p.Second))
            {
                Warning(at, "element-order", $"the elements of <{what}> are not in uSync's order ({string.Join(", ", expected.Where(names.Contains))})");
            }
        }

        private void CheckSorted(USyncContentType type, XElement? element, IEnumerable<string> keys, string what, string by, bool ordinalOnly = false)
        {
            var list = keys.ToList();
            var ordinal = list.Order(StringComparer.Ordinal).SequenceEqual(list);
            var invariant = !ordinalOnly && list.Order(StringComparer.InvariantCulture).SequenceEqual(list);
            if (!ordinal && !invariant)
            {
                Warning(element is null ? type.Location : At(type, element), "element-order", $"<{what}> is not sorted by {by} as uSync writes it");
            }
        }

        private void CheckFormat(USyncContentType type, XElement? element, string expected)
        {
            if (element is not null && element.Value != expected)
            {
                Warning(At(type, element), "format", $"<{element.Name.LocalName}>{element.Value}</{element.Name.LocalName}> is written \"{expected}\" by uSync");
            }
        }

        private static string Depth(string? containerPath) =>
            containerPath is null ? "at the root" : $"in folder '{containerPath}' (depth {containerPath.Split('/').Length})";

        private static USyncLocation Child(USyncProperty property, string name) =>
            property.Element.Element(name) is { } child ? new(property.Location.File, USyncXml.LineOf(child)) : property.Location;

        private static USyncLocation At(USyncItem item, XObject node) => new(item.Location.File, USyncXml.LineOf(node));

        private void Unresolved(USyncLocation at, string message) =>
            Problems.Add(new(options.AllowExternalReferences ? USyncSeverity.Info : USyncSeverity.Error, at.File, at.Line, "unresolved", $"unresolved: {message}"));

        private void Error(USyncLocation at, string code, string message) => Problems.Add(new(USyncSeverity.Error, at.File, at.Line, code, message));

        private void Warning(USyncLocation at, string code, string message) => Problems.Add(new(USyncSeverity.Warning, at.File, at.Line, code, message));
    }

    /// <summary>The types of a folder by kind, key and alias, with composition graph helpers (iterative: no deep recursion on hostile input).</summary>
    private sealed class TypeIndex
    {
        private readonly Dictionary<(USyncTypeKind Kind, Guid Key), USyncContentType> _byKey = [];
        private readonly Dictionary<string, USyncContentType> _byAlias = new(StringComparer.OrdinalIgnoreCase);
        private readonly IReadOnlyList<USyncContentType> _types;
        private const int MaxCycleShown = 12;
        private Dictionary<USyncContentType, (List<USyncContentType> Members, int Start)>? _cycles;

        public TypeIndex(IReadOnlyList<USyncContentType> types)
        {
            _types = types;
            foreach (var type in types)
            {
                if (type.Key is { } key)
                {
                    _byKey.TryAdd((type.Kind, key), type);
                }

                _byAlias.TryAdd(AliasKey(type.Kind, type.Alias), type);
            }
        }

        public USyncContentType? Find(USyncTypeKind kind, USyncReference reference) =>
            (reference.Key is { } key && _byKey.TryGetValue((kind, key), out var found) ? found : null)
            ?? FindByAlias(kind, reference.Alias);

        public USyncContentType? FindByAlias(USyncTypeKind kind, string alias) =>
            _byAlias.TryGetValue(AliasKey(kind, alias), out var found) ? found : null;

        /// <summary>
        /// A composition cycle the type is on, as aliases starting and ending with it (at most
        /// <see cref="MaxCycleShown"/> of them), or null.
        /// </summary>
        public List<string>? FindCycle(USyncContentType type)
        {
            _cycles ??= FindCycles();
            if (!_cycles.TryGetValue(type, out var cycle))
            {
                return null;
            }

            var (members, start) = cycle;
            var aliases = Enumerable.Range(0, members.Count + 1).Select(i => members[(start + i) % members.Count].Alias).ToList();
            return aliases.Count <= MaxCycleShown ? aliases : [.. aliases.Take(MaxCycleShown - 2), $"... ({members.Count} types)", aliases[^1]];
        }

        /// <summary>Adds every composition and master (transitively) to <paramref name="into"/>; false when one is not in the folder.</summary>
        public bool CollectAncestors(USyncContentType type, List<USyncContentType> into)
        {
            var complete = true;
            var seen = new HashSet<USyncContentType>(ReferenceEqualityComparer.Instance) { type };
            var queue = new Queue<USyncContentType>([type]);
            while (queue.TryDequeue(out var current))
            {
                foreach (var reference in Parents(current))
                {
                    if (Find(current.Kind, reference) is not { } found)
                    {
                        complete = false;
                    }
                    else if (seen.Add(found))
                    {
                        into.Add(found);
                        queue.Enqueue(found);
                    }
                }
            }

            return complete;
        }

        private Dictionary<USyncContentType, (List<USyncContentType> Members, int Start)> FindCycles()
        {
            // Depth-first search with colours; a reference to a type still on the path closes a cycle.
            var cycles = new Dictionary<USyncContentType, (List<USyncContentType> Members, int Start)>(ReferenceEqualityComparer.Instance);
            var colour = new Dictionary<USyncContentType, int>(ReferenceEqualityComparer.Instance);
            foreach (var start in _types)
            {
                if (colour.ContainsKey(start))
                {
                    continue;
                }

                var path = new List<USyncContentType> { start };
                var stack = new Stack<IEnumerator<USyncContentType>>();
                stack.Push(Next(start).GetEnumerator());
                colour[start] = 1;
                while (stack.Count > 0)
                {
                    var next = stack.Peek();
                    if (!next.MoveNext())
                    {
                        next.Dispose();
                        stack.Pop();
                        colour[path[^1]] = 2;
                        path.RemoveAt(path.Count - 1);
                        continue;
                    }

                    var target = next.Current;
                    var state = colour.GetValueOrDefault(target);
                    if (state == 1)
                    {
                        var members = path[path.FindIndex(t => ReferenceEquals(t, target))..];
                        for (var i = 0; i < members.Count; i++)
                        {
                            cycles.TryAdd(members[i], (members, i));
                        }
                    }
                    else if (state == 0)
                    {
                        colour[target] = 1;
                        path.Add(target);
                        stack.Push(Next(target).GetEnumerator());
                    }
                }
            }

            return cycles;
        }

        private IEnumerable<USyncContentType> Next(USyncContentType type) =>
            Parents(type).Select(r => Find(type.Kind, r)).OfType<USyncContentType>();

        private static string AliasKey(USyncTypeKind kind, string alias) => $"{kind}\n{alias}";

        private static IEnumerable<USyncReference> Parents(USyncContentType type) =>
            type.Parent is null ? type.Compositions : type.Compositions.Append(type.Parent);
    }
}
