using System.Text.Json;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentTypeEditing;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.ContentTypeEditing;
using Umbraco.Cms.Core.Services.OperationStatus;
using Umbraco.Cms.Core.Strings;

namespace Diplomatic.Umbraco.Tests.Installation;

/// <summary>
/// An in-memory Umbraco schema behind Moq'd Core services: data types, folders and content types are kept as real
/// Umbraco objects, the editing service applies create and update models the way Umbraco does (an update is the
/// full desired state) and checks what Umbraco checks (data types, compositions, containers). Every write is logged.
/// </summary>
internal sealed class FakeSchemaSite
{
    private static readonly IShortStringHelper ShortStringHelper = new DefaultShortStringHelper(new DefaultShortStringHelperConfig());
    private int _nextId = 100;

    public FakeSchemaSite()
    {
        DataTypeService.Setup(s => s.GetAsync(It.IsAny<Guid>())).ReturnsAsync((Guid key) => DataTypes.GetValueOrDefault(key));
        DataTypeService.Setup(s => s.GetAsync(It.IsAny<string>())).ReturnsAsync((string name) => DataTypes.Values.FirstOrDefault(d => d.Name == name));
        DataTypeService.Setup(s => s.CreateAsync(It.IsAny<IDataType>(), It.IsAny<Guid>())).ReturnsAsync((IDataType dataType, Guid user) =>
        {
            UserKeys.Add(user);
            if (FailingCreates.TryGetValue(dataType.Name ?? string.Empty, out _))
            {
                return Attempt.FailWithStatus<IDataType, DataTypeOperationStatus>(DataTypeOperationStatus.InvalidConfiguration, dataType);
            }

            dataType.Id = _nextId++;
            DataTypes[dataType.Key] = dataType;
            Log.Add($"create data type {dataType.Name}");
            return Attempt.SucceedWithStatus(DataTypeOperationStatus.Success, dataType);
        });
        DataTypeService.Setup(s => s.UpdateAsync(It.IsAny<IDataType>(), It.IsAny<Guid>())).ReturnsAsync((IDataType dataType, Guid user) =>
        {
            UserKeys.Add(user);
            Log.Add($"update data type {dataType.Name}");
            return Attempt.SucceedWithStatus(DataTypeOperationStatus.Success, dataType);
        });

        SetUpFolders<IDataTypeContainerService, IDataType>(DataTypeFolders, DataTypeFolderService, Constants.ObjectTypes.DataType, "data-type folder");
        SetUpFolders<IContentTypeContainerService, IContentType>(DocumentTypeFolders, DocumentTypeFolderService, Constants.ObjectTypes.DocumentType, "document-type folder");

        ContentTypeService.Setup(s => s.Get(It.IsAny<Guid>())).Returns((Guid key) => ContentTypes.GetValueOrDefault(key));
        ContentTypeService.Setup(s => s.Get(It.IsAny<string>())).Returns((string alias) =>
            ContentTypes.Values.FirstOrDefault(t => string.Equals(t.Alias, alias, StringComparison.OrdinalIgnoreCase)));

        Editing.Setup(s => s.CreateAsync(It.IsAny<ContentTypeCreateModel>(), It.IsAny<Guid>())).ReturnsAsync((ContentTypeCreateModel model, Guid user) =>
        {
            UserKeys.Add(user);
            CreateModels.Add(model);
            if (FailingCreates.TryGetValue(model.Alias, out var failure))
            {
                return Attempt.FailWithStatus<IContentType?, ContentTypeOperationStatus>(failure, null);
            }

            if (ContentTypes.Values.Any(t => string.Equals(t.Alias, model.Alias, StringComparison.OrdinalIgnoreCase)))
            {
                return Attempt.FailWithStatus<IContentType?, ContentTypeOperationStatus>(ContentTypeOperationStatus.DuplicateAlias, null);
            }

            var parentId = model.ContainerKey is { } folderKey
                ? DocumentTypeFolders.Values.FirstOrDefault(f => f.Key == folderKey)?.Id
                : Constants.System.Root;
            if (parentId is null)
            {
                return Attempt.FailWithStatus<IContentType?, ContentTypeOperationStatus>(ContentTypeOperationStatus.InvalidParent, null);
            }

            var contentType = new ContentType(ShortStringHelper, parentId.Value) { Id = _nextId++, Key = model.Key ?? Guid.NewGuid() };
            var status = Apply(contentType, model);
            if (status != ContentTypeOperationStatus.Success)
            {
                return Attempt.FailWithStatus<IContentType?, ContentTypeOperationStatus>(status, null);
            }

            ContentTypes[contentType.Key] = contentType;
            Log.Add($"create type {model.Alias}");
            return Attempt.SucceedWithStatus<IContentType?, ContentTypeOperationStatus>(ContentTypeOperationStatus.Success, contentType);
        });
        Editing.Setup(s => s.UpdateAsync(It.IsAny<IContentType>(), It.IsAny<ContentTypeUpdateModel>(), It.IsAny<Guid>()))
            .ReturnsAsync((IContentType contentType, ContentTypeUpdateModel model, Guid user) =>
            {
                UserKeys.Add(user);
                UpdateModels.Add((contentType.Key, model));
                var status = Apply((ContentType)contentType, model);
                if (status != ContentTypeOperationStatus.Success)
                {
                    return Attempt.FailWithStatus<IContentType?, ContentTypeOperationStatus>(status, contentType);
                }

                Log.Add($"update type {model.Alias}");
                return Attempt.SucceedWithStatus<IContentType?, ContentTypeOperationStatus>(ContentTypeOperationStatus.Success, contentType);
            });

        KeyValueService.Setup(s => s.GetValue(It.IsAny<string>())).Returns((string key) => KeyValues.GetValueOrDefault(key));
        KeyValueService.Setup(s => s.SetValue(It.IsAny<string>(), It.IsAny<string>())).Callback((string key, string value) => KeyValues[key] = value);

        var editors = BuiltInDataTypes.ByKey.Values.Concat(DiplomaticContentModel.DataTypes).Select(d => d.EditorAlias).Distinct()
            .Select(alias => Editor(alias).Object)
            .ToList();
        PropertyEditors = new PropertyEditorCollection(new DataEditorCollection(() => editors));
    }

    public Dictionary<Guid, IDataType> DataTypes { get; } = [];

    public Dictionary<int, EntityContainer> DataTypeFolders { get; } = [];

    public Dictionary<int, EntityContainer> DocumentTypeFolders { get; } = [];

    public Dictionary<Guid, ContentType> ContentTypes { get; } = [];

    public Dictionary<string, string> KeyValues { get; } = [];

    /// <summary>Every write, in order: "create data type X", "create type alias", "update type alias", "create … folder X".</summary>
    public List<string> Log { get; } = [];

    public List<ContentTypeCreateModel> CreateModels { get; } = [];

    public List<(Guid Key, ContentTypeUpdateModel Model)> UpdateModels { get; } = [];

    public HashSet<Guid> UserKeys { get; } = [];

    /// <summary>Creates that fail with a status, by type alias or data-type name.</summary>
    public Dictionary<string, ContentTypeOperationStatus> FailingCreates { get; } = [];

    public Mock<IDataTypeService> DataTypeService { get; } = new();

    public Mock<IDataTypeContainerService> DataTypeFolderService { get; } = new();

    public Mock<IContentTypeContainerService> DocumentTypeFolderService { get; } = new();

    public Mock<IContentTypeService> ContentTypeService { get; } = new();

    public Mock<IContentTypeEditingService> Editing { get; } = new();

    public Mock<IKeyValueService> KeyValueService { get; } = new();

    public PropertyEditorCollection PropertyEditors { get; }

    public SchemaInstaller Installer(Microsoft.Extensions.Logging.ILogger<SchemaInstaller>? logger = null) => new(
        DataTypeService.Object,
        DataTypeFolderService.Object,
        DocumentTypeFolderService.Object,
        ContentTypeService.Object,
        Editing.Object,
        PropertyEditors,
        new JsonConfigurationSerializer(),
        KeyValueService.Object,
        logger ?? NullLogger<SchemaInstaller>.Instance);

    /// <summary>Adds a content type the site made itself (not through the installer).</summary>
    public ContentType AddSiteContentType(string alias, string name)
    {
        var contentType = new ContentType(ShortStringHelper, Constants.System.Root) { Id = _nextId++, Key = Guid.NewGuid(), Alias = alias, Name = name };
        ContentTypes[contentType.Key] = contentType;
        return contentType;
    }

    /// <summary>Adds a property in a new tab to an existing type, as a site admin would in the backoffice.</summary>
    public void AddSiteProperty(Guid typeKey, string tabName, string alias, string name)
    {
        var contentType = ContentTypes[typeKey];
        var group = new PropertyGroup(true) { Key = Guid.NewGuid(), Name = tabName, Alias = GroupAlias(tabName), Type = PropertyGroupType.Tab, SortOrder = 50 };
        group.PropertyTypes = new PropertyTypeCollection(true, [PropertyType(Guid.NewGuid(), alias, name, BuiltInDataTypes.Textstring.Key)]);
        contentType.PropertyGroups = new PropertyGroupCollection(contentType.PropertyGroups.Append(group));
    }

    private ContentTypeOperationStatus Apply(ContentType contentType, ContentTypeModelBase model)
    {
        // What Umbraco validates before mapping.
        if (model.Properties.Any(p => !DataTypes.ContainsKey(p.DataTypeKey) && !BuiltInDataTypes.IsBuiltIn(p.DataTypeKey)))
        {
            return ContentTypeOperationStatus.DataTypeNotFound;
        }

        var containerKeys = model.Containers.Select(c => c.Key).ToHashSet();
        if (model.Properties.Any(p => p.ContainerKey is { } key && !containerKeys.Contains(key))
            || model.Containers.Any(c => c.ParentKey is { } parent && !containerKeys.Contains(parent)))
        {
            return ContentTypeOperationStatus.MissingContainer;
        }

        if (model.Compositions.Any(c => !ContentTypes.ContainsKey(c.Key)))
        {
            return ContentTypeOperationStatus.InvalidComposition;
        }

        contentType.Alias = model.Alias;
        contentType.Name = model.Name;
        contentType.Description = model.Description;
        contentType.Icon = model.Icon;
        contentType.AllowedAsRoot = model.AllowedAsRoot;
        contentType.IsElement = model.IsElement;
        contentType.ListView = model.ListView;
        contentType.Variations = (model.VariesByCulture ? ContentVariation.Culture : ContentVariation.Nothing)
                                 | (model.VariesBySegment ? ContentVariation.Segment : ContentVariation.Nothing);

        // Properties and containers: the model is the full state (Umbraco drops containers left empty).
        var groups = new List<PropertyGroup>();
        foreach (var container in model.Containers)
        {
            var properties = model.Properties.Where(p => p.ContainerKey == container.Key)
                .Select(p => PropertyType(p.Key, p.Alias, p.Name, p.DataTypeKey, p))
                .ToList();
            var hasChildren = model.Containers.Any(c => c.ParentKey == container.Key);
            if (properties.Count == 0 && !hasChildren)
            {
                continue;
            }

            var parent = model.Containers.FirstOrDefault(c => c.Key == container.ParentKey);
            groups.Add(new PropertyGroup(true)
            {
                Key = container.Key,
                Name = container.Name,
                Alias = parent is null ? GroupAlias(container.Name!) : $"{GroupAlias(parent.Name!)}/{GroupAlias(container.Name!)}",
                Type = Enum.Parse<PropertyGroupType>(container.Type),
                SortOrder = container.SortOrder,
                PropertyTypes = new PropertyTypeCollection(true, properties),
            });
        }

        contentType.PropertyGroups = new PropertyGroupCollection(groups);
        contentType.NoGroupPropertyTypes = model.Properties.Where(p => p.ContainerKey is null)
            .Select(p => PropertyType(p.Key, p.Alias, p.Name, p.DataTypeKey, p)).ToList();

        // Compositions: remove what the model leaves out, add what it brings.
        var target = model.Compositions.Select(c => c.Key).ToHashSet();
        foreach (var composition in contentType.ContentTypeComposition.Where(c => !target.Contains(c.Key)).ToList())
        {
            contentType.RemoveContentType(composition.Key);
        }

        foreach (var key in target.Where(k => contentType.ContentTypeComposition.All(c => c.Key != k)))
        {
            contentType.AddContentType(ContentTypes[key]);
        }

        // Allowed children: unknown keys are dropped, as Umbraco does.
        contentType.AllowedContentTypes = model.AllowedContentTypes.OrderBy(a => a.SortOrder)
            .Where(a => ContentTypes.ContainsKey(a.Key))
            .Select((a, index) => new ContentTypeSort(a.Key, index, ContentTypes[a.Key].Alias))
            .ToList();
        return ContentTypeOperationStatus.Success;
    }

    private IPropertyType PropertyType(Guid key, string alias, string name, Guid dataTypeKey, PropertyTypeModelBase? model = null)
    {
        var editorAlias = DataTypes.TryGetValue(dataTypeKey, out var dataType)
            ? dataType.EditorAlias
            : BuiltInDataTypes.ByKey[dataTypeKey].EditorAlias;
        return new PropertyType(ShortStringHelper, editorAlias, ValueStorageType.Ntext, alias)
        {
            Key = key,
            Name = name,
            DataTypeKey = dataTypeKey,
            Description = model?.Description,
            SortOrder = model?.SortOrder ?? 0,
            Mandatory = model?.Validation.Mandatory ?? false,
            MandatoryMessage = model?.Validation.MandatoryMessage,
            ValidationRegExp = model?.Validation.RegularExpression,
            ValidationRegExpMessage = model?.Validation.RegularExpressionMessage,
            LabelOnTop = model?.Appearance.LabelOnTop ?? false,
            Variations = (model?.VariesByCulture ?? false) ? ContentVariation.Culture : ContentVariation.Nothing,
        };
    }

    /// <summary>Umbraco's group alias: first word lower-cased, the rest capitalised.</summary>
    private static string GroupAlias(string name)
    {
        var parts = name.Split(' ');
        return char.ToLowerInvariant(parts[0][0]) + parts[0][1..] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private void SetUpFolders<TService, TEntity>(Dictionary<int, EntityContainer> folders, Mock<TService> service, Guid objectType, string kind)
        where TService : class, IEntityTypeContainerService<TEntity>
        where TEntity : class, ITreeEntity
    {
        service.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<int>())).ReturnsAsync((string name, int level) =>
            folders.Values.Where(f => f.Name == name && f.Level == level).ToList().AsEnumerable());
        service.Setup(s => s.CreateAsync(It.IsAny<Guid?>(), It.IsAny<string>(), It.IsAny<Guid?>(), It.IsAny<Guid>()))
            .ReturnsAsync((Guid? key, string name, Guid? parentKey, Guid user) =>
            {
                UserKeys.Add(user);
                var folder = new EntityContainer(objectType) { Id = 5000 + _nextId++, Key = key ?? Guid.NewGuid(), Name = name, Level = 1, ParentId = Constants.System.Root };
                folders[folder.Id] = folder;
                Log.Add($"create {kind} {name}");
                return Attempt.SucceedWithStatus<EntityContainer?, EntityContainerOperationStatus>(EntityContainerOperationStatus.Success, folder);
            });
    }

    private static Mock<IDataEditor> Editor(string alias)
    {
        var valueEditor = new Mock<IDataValueEditor>();
        valueEditor.Setup(v => v.ValueType).Returns(ValueTypes.Text);
        var configurationEditor = new Mock<IConfigurationEditor>();
        configurationEditor.Setup(c => c.FromConfigurationEditor(It.IsAny<IDictionary<string, object>>()))
            .Returns((IDictionary<string, object> configuration) => new Dictionary<string, object>(configuration));
        var editor = new Mock<IDataEditor>();
        editor.Setup(e => e.Alias).Returns(alias);
        editor.Setup(e => e.GetValueEditor()).Returns(valueEditor.Object);
        editor.Setup(e => e.GetValueEditor(It.IsAny<object?>())).Returns(valueEditor.Object);
        editor.Setup(e => e.GetConfigurationEditor()).Returns(configurationEditor.Object);
        return editor;
    }

    /// <summary>A System.Text.Json configuration serializer (Umbraco's own lives in Infrastructure).</summary>
    private sealed class JsonConfigurationSerializer : IConfigurationEditorJsonSerializer
    {
        public string Serialize(object? input) => JsonSerializer.Serialize(input);

        public T? Deserialize<T>(string input) => JsonSerializer.Deserialize<T>(input);

        public bool TryDeserialize<T>(object input, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
            where T : class
        {
            value = input as T ?? (input is string s ? JsonSerializer.Deserialize<T>(s) : null);
            return value is not null;
        }
    }
}
