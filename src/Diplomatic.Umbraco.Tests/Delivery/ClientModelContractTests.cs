using System.Reflection;
using System.Text.Json.Serialization;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery;
using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Delivery.Pages;

namespace Diplomatic.Umbraco.Tests.Delivery;

/// <summary>The client's models are a projection of the content model: same types, same properties, nothing more.</summary>
public sealed class ClientModelContractTests
{
    // Every concrete content class of the client, by the alias it answers to.
    internal static readonly IReadOnlyDictionary<string, Type> ClientTypes =
        typeof(DeliveryContent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DeliveryContent)) && !t.IsAbstract)
            .ToDictionary(t => ((DeliveryContent)Activator.CreateInstance(t)!).ContentType!, t => t);

    public static TheoryData<string> ContentTypes() =>
        [.. DiplomaticContentModel.DocumentTypes.Where(t => !t.IsComposition).Select(t => t.Alias)];

    [Fact]
    public void Every_content_type_of_the_model_has_a_client_type_and_no_other()
    {
        var model = DiplomaticContentModel.DocumentTypes.Where(t => !t.IsComposition).Select(t => t.Alias).Order();
        Assert.Equal(model, ClientTypes.Keys.Order());
        foreach (var (alias, type) in ClientTypes)
        {
            Assert.Equal(alias, ((DeliveryContent)Activator.CreateInstance(type)!).ContentType);
        }
    }

    [Theory]
    [MemberData(nameof(ContentTypes))]
    public void Client_properties_are_exactly_the_model_properties(string alias)
    {
        var expected = DiplomaticContentModel.AllProperties(DiplomaticContentModel.DocumentType(alias)).Select(p => p.Alias).Order().ToList();
        var actual = JsonProperties(PropertiesType(alias)).Select(p => p.Name).Order().ToList();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(ContentTypes))]
    public void Client_property_types_match_what_the_delivery_api_prints_for_each_editor(string alias)
    {
        var properties = JsonProperties(PropertiesType(alias)).ToDictionary(p => p.Name, p => p.Property.PropertyType);
        foreach (var property in DiplomaticContentModel.AllProperties(DiplomaticContentModel.DocumentType(alias)))
        {
            var expected = ExpectedClrType(property);
            Assert.True(
                expected.IsAssignableFrom(properties[property.Alias]) || properties[property.Alias] == expected,
                $"{alias}.{property.Alias} ({property.DataType.EditorAlias}) should be {expected.Name} but is {properties[property.Alias].Name}.");
        }
    }

    [Theory]
    [MemberData(nameof(ContentTypes))]
    public void Client_properties_implement_exactly_the_model_compositions(string alias)
    {
        var interfaces = new Dictionary<string, Type>
        {
            [DocumentTypeAliases.Bilateral] = typeof(IBilateralProperties),
            [DocumentTypeAliases.Publishing] = typeof(IPublishingProperties),
            [DocumentTypeAliases.Seo] = typeof(ISeoProperties),
        };
        Assert.Equal(
            interfaces.Keys.Order(),
            DiplomaticContentModel.DocumentTypes.Where(t => t.IsComposition).Select(t => t.Alias).Order());

        var expected = DiplomaticContentModel.DocumentType(alias).Compositions.Select(c => interfaces[c]).OrderBy(t => t.Name);
        var actual = PropertiesType(alias).GetInterfaces().Where(interfaces.ContainsValue).OrderBy(t => t.Name);
        Assert.Equal(expected, actual);
        foreach (var composition in DiplomaticContentModel.DocumentType(alias).Compositions)
        {
            Assert.Equal(
                DiplomaticContentModel.DocumentType(composition).Properties.Select(p => p.Alias).Order(),
                JsonProperties(interfaces[composition]).Select(p => p.Name).Order());
        }
    }

    [Fact]
    public void Client_aliases_equal_the_model_constants()
    {
        var modelTypes = typeof(DocumentTypeAliases).GetFields().Select(f => (string)f.GetValue(null)!)
            .Where(a => !DiplomaticContentModel.DocumentType(a).IsComposition).Order();
        var clientTypes = typeof(DeliveryAliases.ContentTypes).GetFields().Select(f => (string)f.GetValue(null)!).Order();
        Assert.Equal(modelTypes, clientTypes);

        var modelProperties = typeof(PropertyAliases).GetNestedTypes().SelectMany(t => t.GetFields()).Select(f => (string)f.GetValue(null)!).Distinct().Order();
        var clientProperties = typeof(DeliveryAliases.Properties).GetFields().Select(f => (string)f.GetValue(null)!).Order();
        Assert.Equal(modelProperties, clientProperties);
    }

    internal static Type PropertiesType(string alias)
    {
        var type = ClientTypes[alias];
        while (type.BaseType is { } baseType && !(baseType.IsGenericType && baseType.GetGenericTypeDefinition() == typeof(DeliveryContent<>)))
        {
            type = baseType;
        }

        return type.BaseType!.GetGenericArguments()[0];
    }

    internal static IEnumerable<(string Name, PropertyInfo Property)> JsonProperties(Type type) =>
        type.GetProperties().Select(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
            ?? throw new InvalidOperationException($"{type.Name}.{p.Name} has no [JsonPropertyName]."), p));

    /// <summary>The .NET shape of each editor's Delivery API output (facts §3.4).</summary>
    private static Type ExpectedClrType(PropertyDefinition property)
    {
        var editor = property.DataType.EditorAlias;
        var multiple = property.DataType.Configuration.TryGetValue("multiple", out var m) && m is true;
        return editor switch
        {
            "Umbraco.TextBox" or "Umbraco.TextArea" or "Umbraco.RadioButtonList" or "Umbraco.UploadField" => typeof(string),
            "Umbraco.DropDown.Flexible" => multiple ? typeof(IReadOnlyList<string>) : typeof(string),
            "Umbraco.Tags" or "Umbraco.MultipleTextstring" => typeof(IReadOnlyList<string>),
            "Umbraco.RichText" => typeof(RichText),
            "Umbraco.MediaPicker3" => typeof(IReadOnlyList<DeliveryMedia>),
            "Umbraco.MultiUrlPicker" => typeof(IReadOnlyList<DeliveryLink>),
            "Umbraco.DateTime" => typeof(DateTime?),
            "Umbraco.Decimal" => typeof(decimal?),
            "Umbraco.Label" => typeof(int?),
            "Umbraco.TrueFalse" => typeof(bool),
            "Umbraco.MultiNodeTreePicker" => typeof(IEnumerable<DeliveryContent>),
            _ => throw new InvalidOperationException($"No client shape known for editor {editor}: add one to the client and to this table."),
        };
    }
}
