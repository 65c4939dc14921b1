using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;

namespace Diplomatic.Umbraco.Installation;

/// <summary>Reads an existing item's names and values in the editor's form (what an update sends), as a <see cref="ContentSnapshot"/>.</summary>
internal sealed class ContentSnapshotReader
{
    private readonly PropertyEditorCollection _propertyEditors;
    private readonly IDataTypeService _dataTypes;

    /// <summary>Creates the reader.</summary>
    public ContentSnapshotReader(PropertyEditorCollection propertyEditors, IDataTypeService dataTypes)
    {
        _propertyEditors = propertyEditors;
        _dataTypes = dataTypes;
    }

    /// <summary>The item's names, values and publishing state as they are now.</summary>
    public async Task<ContentSnapshot> ReadAsync(IContent content)
    {
        var variesByCulture = content.ContentType.Variations.HasFlag(ContentVariation.Culture);
        var names = variesByCulture
            ? content.CultureInfos?.Values.Select(c => new VariantModel { Culture = c.Culture, Name = c.Name ?? string.Empty }).ToList() ?? []
            : [new VariantModel { Culture = null, Name = content.Name ?? string.Empty }];
        var values = new List<PropertyValueModel>();
        // Read-only properties (labels): Umbraco ignores what an update sends for them.
        var readOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in content.Properties)
        {
            if (!_propertyEditors.TryGet(property.PropertyType.PropertyEditorAlias, out var editor))
            {
                continue;
            }

            var dataType = await _dataTypes.GetAsync(property.PropertyType.DataTypeKey);
            var valueEditor = editor.GetValueEditor(dataType?.ConfigurationObject);
            if (valueEditor.IsReadOnly)
            {
                readOnly.Add(property.Alias);
                continue;
            }

            foreach (var value in property.Values)
            {
                var editorValue = EditorValues.Normalise(valueEditor.ToEditor(property, value.Culture, value.Segment));
                if (editorValue is not null)
                {
                    values.Add(new PropertyValueModel { Alias = property.Alias, Value = editorValue, Culture = value.Culture, Segment = value.Segment });
                }
            }
        }

        var publishedCultures = variesByCulture
            ? content.PublishedCultures.ToList()
            : content.Published ? [ContentInstaller.InvariantCulture] : [];
        return new ContentSnapshot(content.Key, names, values, publishedCultures, content.Edited, readOnly);
    }
}
