using System.Reflection;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Diplomatic.Umbraco.Cli.Generation;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Configuration;

public sealed class AppSettingsSchemaTests
{
    private const string Regenerate = "dotnet run --project src/Diplomatic.Umbraco.Cli -- contract appsettings-schema --out src/Diplomatic.Umbraco/" + AppSettingsSchema.FileName;

    private static string Committed => Path.Combine(RepositoryPaths.Root, "src", "Diplomatic.Umbraco", AppSettingsSchema.FileName);

    private static XDocument Documentation => XDocument.Load(Path.ChangeExtension(typeof(ImportingOptions).Assembly.Location, ".xml"));

    [Fact]
    public void The_committed_schema_is_what_the_options_classes_generate()
    {
        Assert.True(
            File.ReadAllText(Committed) == AppSettingsSchema.Generate(Documentation),
            $"{AppSettingsSchema.FileName} differs from the options classes. Regenerate it with: {Regenerate}");
    }

    [Fact]
    public void Every_option_of_every_feature_appears_with_its_default_and_description()
    {
        var features = JsonNode.Parse(AppSettingsSchema.Generate(Documentation))!["properties"]!["Diplomatic"]!["properties"]!.AsObject();
        // The plugin's assembly too: an options class there is out of the CLI's reach, so it must live in Core.
        var optionTypes = new[] { typeof(ImportingOptions).Assembly, typeof(global::Umbraco.Extensions.DiplomaticInstallationBuilderExtensions).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsClass && t.Name.EndsWith("Options", StringComparison.Ordinal));

        // A new options class must be registered, or the schema would silently miss its section.
        Assert.Equal(optionTypes.Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.FullName, b.FullName))), AppSettingsSchema.Sections.Select(s => s.Options).Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.FullName, b.FullName))));
        foreach (var (section, type) in AppSettingsSchema.Sections)
        {
            var properties = features[section.Split(':')[1]]!["properties"]!.AsObject();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                var schema = properties[property.Name];
                Assert.True(schema is not null, $"{section}:{property.Name} is not in the schema");
                Assert.False(string.IsNullOrWhiteSpace(schema["description"]?.GetValue<string>()), $"{section}:{property.Name} has no description");
            }
        }

        Assert.Equal(20, features["Importing"]!["properties"]!["MaxFileBytes"]!["default"]!.GetValue<long>() / (1024 * 1024));
        Assert.Equal("00:30:00", features["Preview"]!["properties"]!["TokenLifetime"]!["default"]!.GetValue<string>());
    }

    [Fact]
    public void The_package_ships_the_schema_where_umbracos_build_picks_it_up()
    {
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "Diplomatic.Umbraco", "Diplomatic.Umbraco.csproj"));
        var props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "Diplomatic.Umbraco", "buildTransitive", "Diplomatic.Umbraco.targets"));

        Assert.Contains(project.Descendants("None"), e => e.Attribute("Include")?.Value == AppSettingsSchema.FileName && e.Attribute("PackagePath")?.Value == "");
        Assert.Contains(project.Descendants("None"), e => e.Attribute("Include")?.Value == "buildTransitive/Diplomatic.Umbraco.targets" && e.Attribute("PackagePath")?.Value == "buildTransitive");
        var schemaFile = Assert.Single(props.Descendants("UmbracoJsonSchemaFiles"));
        Assert.Equal(@"$(MSBuildThisFileDirectory)..\" + AppSettingsSchema.FileName, schemaFile.Attribute("Include")!.Value);
    }
}
