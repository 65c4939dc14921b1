using Diplomatic.Umbraco.ContentModel;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Strings;

namespace Diplomatic.Umbraco.Tests.Support;

/// <summary>
/// The one place that builds real Umbraco <see cref="IContentType"/> and <see cref="IContent"/> objects from the
/// Diplomatic content model, so tests run handlers on the same objects Umbraco would hand them.
/// </summary>
public static class ContentFactory
{
    /// <summary>The culture used when a test does not care.</summary>
    public const string English = "en-US";

    private static readonly IShortStringHelper ShortStringHelper = new DefaultShortStringHelper(new DefaultShortStringHelperConfig());
    private static readonly Dictionary<string, IContentType> ContentTypes = new();
    private static readonly object Gate = new();
    private static int _nextId = 1000;

    /// <summary>A real content type for a model type, with its compositions composed in (cached per alias).</summary>
    /// <param name="alias">A document-type alias from <see cref="DocumentTypeAliases"/>.</param>
    /// <returns>The content type.</returns>
    public static IContentType ContentType(string alias)
    {
        lock (Gate)
        {
            if (ContentTypes.TryGetValue(alias, out var existing))
            {
                return existing;
            }

            var definition = DiplomaticContentModel.DocumentType(alias);
            var contentType = new global::Umbraco.Cms.Core.Models.ContentType(ShortStringHelper, -1)
            {
                Id = Interlocked.Increment(ref _nextId),
                Key = definition.Key,
                Alias = definition.Alias,
                Name = definition.Name,
                Icon = definition.Icon,
                IsElement = definition.IsElement,
                AllowedAsRoot = definition.AllowAtRoot,
                Variations = definition.VariesByCulture ? ContentVariation.Culture : ContentVariation.Nothing,
            };

            foreach (var composition in definition.Compositions)
            {
                contentType.AddContentType(ContentType(composition));
            }

            foreach (var property in definition.Properties)
            {
                var container = definition.Containers.Single(c => c.Alias == property.ContainerAlias);
                var propertyType = new PropertyType(ShortStringHelper, property.DataType.EditorAlias, StorageType(property.DataType), property.Alias)
                {
                    Key = property.Key,
                    Name = property.Name,
                    Mandatory = property.Mandatory,
                    Variations = property.VariesByCulture ? ContentVariation.Culture : ContentVariation.Nothing,
                    DataTypeKey = property.DataType.Key,
                };
                contentType.AddPropertyType(propertyType, container.Alias, container.Name);
            }

            ContentTypes[alias] = contentType;
            return contentType;
        }
    }

    /// <summary>
    /// A real, unsaved content item of a model type with an id, a key and a name in <paramref name="cultures"/>
    /// (English when none are given).
    /// </summary>
    /// <param name="alias">A document-type alias.</param>
    /// <param name="name">The name in every culture.</param>
    /// <param name="parent">The parent item, or null for the root.</param>
    /// <param name="cultures">The cultures the item has a name in.</param>
    /// <returns>The content item.</returns>
    public static IContent Content(string alias, string name = "Item", IContent? parent = null, params string[] cultures)
    {
        var contentType = ContentType(alias);
        var content = parent is null
            ? new global::Umbraco.Cms.Core.Models.Content(name, -1, contentType)
            : new global::Umbraco.Cms.Core.Models.Content(name, parent, contentType);
        content.Id = Interlocked.Increment(ref _nextId);
        content.Key = Guid.NewGuid();
        content.Path = parent is null ? $"-1,{content.Id}" : $"{parent.Path},{content.Id}";
        content.Level = parent is null ? 1 : parent.Level + 1;
        if (contentType.Variations.HasFlag(ContentVariation.Culture))
        {
            foreach (var culture in cultures.Length == 0 ? [English] : cultures)
            {
                content.SetCultureName(name, culture);
            }
        }

        return content;
    }

    /// <summary>How Umbraco stores a data type's values in the database, by its editor.</summary>
    /// <param name="dataType">The data type.</param>
    /// <returns>The storage type.</returns>
    public static ValueStorageType StorageType(DataTypeDefinition dataType) => dataType.EditorAlias switch
    {
        "Umbraco.Integer" or "Umbraco.TrueFalse" => ValueStorageType.Integer,
        "Umbraco.Decimal" => ValueStorageType.Decimal,
        "Umbraco.DateTime" => ValueStorageType.Date,
        "Umbraco.Label" when dataType.Key == BuiltInDataTypes.LabelInteger.Key => ValueStorageType.Integer,
        "Umbraco.TextBox" or "Umbraco.UploadField" or "Umbraco.RadioButtonList" => ValueStorageType.Nvarchar,
        _ => ValueStorageType.Ntext,
    };
}
