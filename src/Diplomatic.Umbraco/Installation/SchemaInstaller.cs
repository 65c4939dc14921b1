using Diplomatic.Umbraco.ContentModel;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.ContentTypeEditing;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Creates or updates the model's data types and document types with Core's services, like a package migration
/// but without Infrastructure: decided by key, as the super-user, recording the model's version in the key-value
/// table so an unchanged model costs one read. Clashes and failures are reported and logged; the version is then
/// left alone so the next run of the package migration tries again.
/// </summary>
internal sealed class SchemaInstaller
{
    /// <summary>The key-value entry holding the installed schema version.</summary>
    public const string VersionKey = "Diplomatic.Umbraco.Installation.SchemaVersion";

    /// <summary>The key the plugin's data-type folder gets when the installer creates it.</summary>
    internal static readonly Guid DataTypeFolderKey = new("a6f3b1e2-4c1d-4f0e-9a51-3d7c2b8e9f10");

    private static readonly Dictionary<string, Guid> DocumentTypeFolderKeys = new(StringComparer.Ordinal)
    {
        [DiplomaticContentModel.CompositionsFolder] = new("7d2e5c41-0b8a-4e3f-b6d9-1a2f4c6e8b30"),
        [DiplomaticContentModel.DocumentTypesFolder] = new("c3b9e0d7-5a4f-4b21-8e6c-9f0a1d2b3c40"),
    };

    private readonly IDataTypeService _dataTypes;
    private readonly IDataTypeContainerService _dataTypeFolders;
    private readonly IContentTypeContainerService _documentTypeFolders;
    private readonly IContentTypeService _contentTypes;
    private readonly IContentTypeEditingService _contentTypeEditing;
    private readonly PropertyEditorCollection _propertyEditors;
    private readonly IConfigurationEditorJsonSerializer _serializer;
    private readonly IKeyValueService _keyValues;
    private readonly ILogger<SchemaInstaller> _logger;

    /// <summary>Creates the installer.</summary>
    public SchemaInstaller(
        IDataTypeService dataTypes,
        IDataTypeContainerService dataTypeFolders,
        IContentTypeContainerService documentTypeFolders,
        IContentTypeService contentTypes,
        IContentTypeEditingService contentTypeEditing,
        PropertyEditorCollection propertyEditors,
        IConfigurationEditorJsonSerializer serializer,
        IKeyValueService keyValues,
        ILogger<SchemaInstaller> logger)
    {
        _dataTypes = dataTypes;
        _dataTypeFolders = dataTypeFolders;
        _documentTypeFolders = documentTypeFolders;
        _contentTypes = contentTypes;
        _contentTypeEditing = contentTypeEditing;
        _propertyEditors = propertyEditors;
        _serializer = serializer;
        _keyValues = keyValues;
        _logger = logger;
    }

    /// <summary>Brings the site's schema to the model, unless the recorded version already matches.</summary>
    /// <param name="schema">The model (defaults to the Diplomatic content model).</param>
    /// <param name="cancellationToken">Stops between items.</param>
    /// <returns>The report.</returns>
    public async Task<SchemaInstallReport> InstallAsync(SchemaDefinition? schema = null, CancellationToken cancellationToken = default)
    {
        schema ??= SchemaDefinition.Diplomatic;
        var version = schema.ComputeVersion();
        if (_keyValues.GetValue(VersionKey) == version)
        {
            _logger.LogDebug("Diplomatic schema {Version} is already installed", version);
            return new SchemaInstallReport { Version = version, UpToDate = true };
        }

        var report = new SchemaInstallReport { Version = version };
        var unavailableDataTypes = await InstallDataTypesAsync(schema, report, cancellationToken);
        await InstallDocumentTypesAsync(schema, unavailableDataTypes, report, cancellationToken);

        foreach (var step in report.Steps.Where(s => s.IsProblem))
        {
            _logger.LogError("Diplomatic schema install: {Step}", step.ToString());
        }

        if (report.Succeeded)
        {
            _keyValues.SetValue(VersionKey, version);
            _logger.LogInformation(
                "Diplomatic schema {Version} installed: {Created} created, {Updated} updated, {Unchanged} unchanged",
                version,
                report.Steps.Count(s => s.Outcome == SchemaStepOutcome.Created),
                report.Steps.Count(s => s.Outcome == SchemaStepOutcome.Updated),
                report.Steps.Count(s => s.Outcome == SchemaStepOutcome.Unchanged));
        }
        else
        {
            _logger.LogWarning("Diplomatic schema {Version} is not fully installed; the next run of the package migration tries again", version);
        }

        return report;
    }

    private async Task<HashSet<Guid>> InstallDataTypesAsync(SchemaDefinition schema, SchemaInstallReport report, CancellationToken cancellationToken)
    {
        var unavailable = new HashSet<Guid>();
        var folderIds = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var dataType in schema.DataTypes.Where(d => !d.IsBuiltIn))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = dataType.Folder;
            if (folder is not null && !folderIds.ContainsKey(folder))
            {
                folderIds[folder] = await EnsureDataTypeFolderAsync(folder, report);
            }

            var parentId = folder is null ? Constants.System.Root : folderIds[folder];
            if (parentId is null)
            {
                report.Steps.Add(new SchemaStep(SchemaStepOutcome.Blocked, "data type", dataType.Name, dataType.Key, Detail: $"its folder '{folder}' is not available"));
                unavailable.Add(dataType.Key);
                continue;
            }

            if (!await InstallDataTypeAsync(dataType, parentId.Value, report))
            {
                unavailable.Add(dataType.Key);
            }
        }

        return unavailable;
    }

    private async Task<int?> EnsureDataTypeFolderAsync(string name, SchemaInstallReport report)
    {
        var byName = (await _dataTypeFolders.GetAsync(name, 1)).FirstOrDefault();
        if (byName is not null)
        {
            return byName.Id;
        }

        var attempt = await _dataTypeFolders.CreateAsync(DataTypeFolderKey, name, null, Constants.Security.SuperUserKey);
        if (attempt.Success && attempt.Result is { } created)
        {
            report.Steps.Add(new SchemaStep(SchemaStepOutcome.Created, "data-type folder", name, created.Key));
            return created.Id;
        }

        report.Steps.Add(new SchemaStep(SchemaStepOutcome.Failed, "data-type folder", name, DataTypeFolderKey, attempt.Status.ToString()));
        return null;
    }

    private async Task<bool> InstallDataTypeAsync(DataTypeDefinition definition, int parentId, SchemaInstallReport report)
    {
        const string kind = "data type";
        var existing = await _dataTypes.GetAsync(definition.Key);
        if (existing is null)
        {
            if (await _dataTypes.GetAsync(definition.Name) is { } namesake)
            {
                report.Steps.Add(new SchemaStep(SchemaStepOutcome.Clash, kind, definition.Name, definition.Key,
                    Detail: $"a data type with this name already exists with key {namesake.Key}; it is left as it is"));
                return false;
            }

            if (!_propertyEditors.TryGet(definition.EditorAlias, out var editor))
            {
                report.Steps.Add(new SchemaStep(SchemaStepOutcome.Failed, kind, definition.Name, definition.Key, "PropertyEditorNotFound",
                    $"no property editor '{definition.EditorAlias}' is installed"));
                return false;
            }

            var dataType = new DataType(editor, _serializer, parentId)
            {
                Key = definition.Key,
                Name = definition.Name,
                EditorUiAlias = definition.EditorUiAlias,
                DatabaseType = ValueTypes.ToStorageType(editor.GetValueEditor().ValueType),
                ConfigurationData = editor.GetConfigurationEditor().FromConfigurationEditor(Configuration(definition.Configuration)),
            };
            var created = await _dataTypes.CreateAsync(dataType, Constants.Security.SuperUserKey);
            report.Steps.Add(created.Success
                ? new SchemaStep(SchemaStepOutcome.Created, kind, definition.Name, definition.Key)
                : new SchemaStep(SchemaStepOutcome.Failed, kind, definition.Name, definition.Key, created.Status.ToString()));
            return created.Success;
        }

        if (!string.Equals(existing.EditorAlias, definition.EditorAlias, StringComparison.Ordinal))
        {
            report.Steps.Add(new SchemaStep(SchemaStepOutcome.Clash, kind, definition.Name, definition.Key,
                Detail: $"it uses the editor '{existing.EditorAlias}', the model '{definition.EditorAlias}'; changing editors would break stored values, so it is left as it is"));
            return false;
        }

        var configuration = existing.ConfigurationData ?? new Dictionary<string, object>();
        var changedKeys = definition.Configuration
            .Where(c => !configuration.TryGetValue(c.Key, out var current) || CanonicalJson.Of(current) != CanonicalJson.Of(c.Value))
            .Select(c => c.Key)
            .ToList();
        if (existing.Name == definition.Name && existing.EditorUiAlias == definition.EditorUiAlias && changedKeys.Count == 0)
        {
            report.Steps.Add(new SchemaStep(SchemaStepOutcome.Unchanged, kind, definition.Name, definition.Key));
            return true;
        }

        // Keep whatever configuration the site or the editor added; set the model's keys.
        var merged = new Dictionary<string, object>(configuration, StringComparer.Ordinal);
        foreach (var (name, value) in Configuration(definition.Configuration))
        {
            merged[name] = value;
        }

        existing.Name = definition.Name;
        existing.EditorUiAlias = definition.EditorUiAlias;
        existing.ConfigurationData = existing.Editor is { } existingEditor
            ? existingEditor.GetConfigurationEditor().FromConfigurationEditor(merged)
            : merged;
        var updated = await _dataTypes.UpdateAsync(existing, Constants.Security.SuperUserKey);
        report.Steps.Add(updated.Success
            ? new SchemaStep(SchemaStepOutcome.Updated, kind, definition.Name, definition.Key, Detail: changedKeys.Count == 0 ? null : $"configuration {string.Join(", ", changedKeys)}")
            : new SchemaStep(SchemaStepOutcome.Failed, kind, definition.Name, definition.Key, updated.Status.ToString()));
        return updated.Success;
    }

    private async Task InstallDocumentTypesAsync(SchemaDefinition schema, HashSet<Guid> unavailableDataTypes, SchemaInstallReport report, CancellationToken cancellationToken)
    {
        const string kind = "document type";
        var modelKeys = schema.DocumentTypes.ToDictionary(t => t.Alias, t => t.Key, StringComparer.OrdinalIgnoreCase);
        var unavailable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Guid? ExistingKeyOf(string alias) =>
            modelKeys.TryGetValue(alias, out var key) && !unavailable.Contains(alias) && _contentTypes.Get(key) is not null ? key : null;

        var folderKeys = new Dictionary<string, Guid?>(StringComparer.Ordinal);

        // First pass: create or update every type (allowed children that do not exist yet come in the second pass).
        foreach (var type in schema.InstallOrder())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var blockedBy = type.Properties.Where(p => unavailableDataTypes.Contains(p.DataType.Key)).Select(p => $"data type '{p.DataType.Name}'")
                .Concat(type.Compositions.Where(unavailable.Contains).Select(c => $"composition '{c}'"))
                .ToList();
            if (blockedBy.Count > 0)
            {
                report.Steps.Add(new SchemaStep(SchemaStepOutcome.Blocked, kind, type.Alias, type.Key, Detail: $"needs {string.Join(", ", blockedBy)}"));
                unavailable.Add(type.Alias);
                continue;
            }

            var existing = _contentTypes.Get(type.Key);
            if (existing is null)
            {
                if (_contentTypes.Get(type.Alias) is { } namesake)
                {
                    report.Steps.Add(new SchemaStep(SchemaStepOutcome.Clash, kind, type.Alias, type.Key,
                        Detail: $"the alias is taken by '{namesake.Name}' with key {namesake.Key}; it is left as it is"));
                    unavailable.Add(type.Alias);
                    continue;
                }

                Guid? folderKey = null;
                if (type.Folder is { } folder)
                {
                    if (!folderKeys.TryGetValue(folder, out folderKey))
                    {
                        folderKey = folderKeys[folder] = await EnsureDocumentTypeFolderAsync(folder, report);
                    }

                    if (folderKey is null)
                    {
                        report.Steps.Add(new SchemaStep(SchemaStepOutcome.Blocked, kind, type.Alias, type.Key, Detail: $"its folder '{folder}' is not available"));
                        unavailable.Add(type.Alias);
                        continue;
                    }
                }

                var created = await _contentTypeEditing.CreateAsync(ContentTypeModels.Create(type, folderKey, ExistingKeyOf), Constants.Security.SuperUserKey);
                if (created.Success)
                {
                    report.Steps.Add(new SchemaStep(SchemaStepOutcome.Created, kind, type.Alias, type.Key));
                }
                else
                {
                    report.Steps.Add(new SchemaStep(SchemaStepOutcome.Failed, kind, type.Alias, type.Key, created.Status.ToString()));
                    unavailable.Add(type.Alias);
                }

                continue;
            }

            var differences = ContentTypeModels.Differences(type, existing, ExistingKeyOf);
            if (differences.Count == 0)
            {
                report.Steps.Add(new SchemaStep(SchemaStepOutcome.Unchanged, kind, type.Alias, type.Key));
                continue;
            }

            var updated = await _contentTypeEditing.UpdateAsync(existing, ContentTypeModels.Update(type, existing, ExistingKeyOf), Constants.Security.SuperUserKey);
            report.Steps.Add(updated.Success
                ? new SchemaStep(SchemaStepOutcome.Updated, kind, type.Alias, type.Key, Detail: string.Join(", ", differences))
                : new SchemaStep(SchemaStepOutcome.Failed, kind, type.Alias, type.Key, updated.Status.ToString(), string.Join(", ", differences)));
        }

        // Second pass, now that every type exists: allowed children that could not be set before (on any of our
        // types: an unchanged type may allow a child created only in this run).
        foreach (var type in schema.InstallOrder().Where(t => !unavailable.Contains(t.Alias)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_contentTypes.Get(type.Key) is not { } current)
            {
                continue;
            }

            var differences = ContentTypeModels.Differences(type, current, ExistingKeyOf);
            if (differences.Count == 0)
            {
                continue;
            }

            var updated = await _contentTypeEditing.UpdateAsync(current, ContentTypeModels.Update(type, current, ExistingKeyOf), Constants.Security.SuperUserKey);
            report.Steps.Add(updated.Success
                ? new SchemaStep(SchemaStepOutcome.Updated, kind, type.Alias, type.Key, Detail: string.Join(", ", differences))
                : new SchemaStep(SchemaStepOutcome.Failed, kind, type.Alias, type.Key, updated.Status.ToString(), string.Join(", ", differences)));
        }
    }

    private async Task<Guid?> EnsureDocumentTypeFolderAsync(string name, SchemaInstallReport report)
    {
        var byName = (await _documentTypeFolders.GetAsync(name, 1)).FirstOrDefault();
        if (byName is not null)
        {
            return byName.Key;
        }

        var key = DocumentTypeFolderKeys.TryGetValue(name, out var known) ? known : (Guid?)null;
        var attempt = await _documentTypeFolders.CreateAsync(key, name, null, Constants.Security.SuperUserKey);
        if (attempt.Success && attempt.Result is { } created)
        {
            report.Steps.Add(new SchemaStep(SchemaStepOutcome.Created, "document-type folder", name, created.Key));
            return created.Key;
        }

        report.Steps.Add(new SchemaStep(SchemaStepOutcome.Failed, "document-type folder", name, key ?? Guid.Empty, attempt.Status.ToString()));
        return null;
    }

    private static Dictionary<string, object> Configuration(IReadOnlyDictionary<string, object?> configuration) =>
        configuration.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal);
}
