using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Diplomatic.Umbraco.Configuration;
using Diplomatic.Umbraco.DeliveryApi;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Preview;

namespace Diplomatic.Umbraco.Cli.Generation;

/// <summary>
/// The JSON schema of the plugin's <c>Diplomatic</c> appsettings section, generated from the options classes (their
/// properties, types, defaults and XML doc summaries). The package ships it as Umbraco's packages do (uSync, Forms):
/// <c>buildTransitive</c> adds it to <c>UmbracoJsonSchemaFiles</c>, and Umbraco's build references it from the site's
/// <c>appsettings-schema.json</c>, so editors complete and check the section.
/// </summary>
internal static class AppSettingsSchema
{
    /// <summary>The file's name, in the package root and in the site after a build.</summary>
    public const string FileName = "appsettings-schema.Diplomatic.Umbraco.json";

    /// <summary>Every options class of the plugin, with the section it binds from.</summary>
    public static IReadOnlyList<(string Section, Type Options)> Sections { get; } =
    [
        (DiplomaticConfiguration.InstallationSection, typeof(DiplomaticInstallationOptions)),
        (DiplomaticConfiguration.DeliveryApiSection, typeof(DiplomaticDeliveryApiOptions)),
        (DiplomaticConfiguration.ImportingSection, typeof(ImportingOptions)),
        (DiplomaticConfiguration.PreviewSection, typeof(DiplomaticPreviewOptions)),
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Generates the schema (LF line ends, a final newline).</summary>
    /// <param name="documentation">The options classes' XML documentation file (Diplomatic.Umbraco.Core's), for descriptions; null leaves them out.</param>
    /// <returns>The schema's text.</returns>
    public static string Generate(XDocument? documentation)
    {
        var summaries = Summaries(documentation);
        var features = new JsonObject();
        foreach (var (section, type) in Sections)
        {
            var properties = new JsonObject();
            var defaults = Activator.CreateInstance(type);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).OrderBy(p => p.MetadataToken))
            {
                var schema = TypeOf(property.PropertyType);
                if (summaries.TryGetValue($"P:{type.FullName}.{property.Name}", out var summary))
                {
                    schema["description"] = summary;
                }

                if (Default(property.GetValue(defaults)) is { } value)
                {
                    schema["default"] = value;
                }

                properties[property.Name] = schema;
            }

            var feature = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
            if (summaries.TryGetValue($"T:{type.FullName}", out var typeSummary))
            {
                feature["description"] = typeSummary;
            }

            features[section[(DiplomaticConfiguration.Section.Length + 1)..]] = feature;
        }

        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-04/schema#",
            ["title"] = "Diplomatic.Umbraco",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                [DiplomaticConfiguration.Section] = new JsonObject
                {
                    ["description"] = "Diplomatic.Umbraco: the magazine plugin's options, one section per feature.",
                    ["type"] = "object",
                    ["properties"] = features,
                },
            },
        };
        return root.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonObject TypeOf(Type type)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        type = nullable ?? type;
        return type switch
        {
            _ when type == typeof(bool) => new JsonObject { ["type"] = "boolean" },
            _ when type == typeof(int) || type == typeof(long) => new JsonObject { ["type"] = "integer" },
            _ when type == typeof(double) || type == typeof(decimal) => new JsonObject { ["type"] = "number" },
            _ when type == typeof(string) => new JsonObject { ["type"] = "string" },
            _ when type == typeof(Uri) => new JsonObject { ["type"] = "string", ["format"] = "uri" },
            // How configuration binds a TimeSpan: [d.]hh:mm:ss[.fff].
            _ when type == typeof(TimeSpan) => new JsonObject { ["type"] = "string", ["pattern"] = @"^-?(\d+\.)?\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$" },
            _ when type.IsEnum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetNames(type).Select(n => (JsonNode)n)]) },
            _ when type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) =>
                new JsonObject { ["type"] = "array", ["items"] = TypeOf(item) },
            _ => throw new NotSupportedException($"The options property type {type} has no JSON schema mapping; add one here."),
        };
    }

    private static JsonNode? Default(object? value) => value switch
    {
        null => null,
        bool b => b,
        int i => i,
        long l => l,
        double d => d,
        string s => s,
        Uri u => u.ToString(),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        _ => null, // lists and anything else: no default in the schema
    };

    // XML doc summaries as one line of plain text: <c>x</c> and <see cref="T:A.B"/> become x and B.
    private static Dictionary<string, string> Summaries(XDocument? documentation)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in documentation?.Root?.Element("members")?.Elements("member") ?? [])
        {
            if (member.Attribute("name")?.Value is not { } name || member.Element("summary") is not { } summary)
            {
                continue;
            }

            var text = string.Concat(summary.Nodes().Select(node => node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "see" or "seealso" } e => (e.Attribute("cref")?.Value ?? e.Attribute("langword")?.Value ?? e.Value).Split('.', ':')[^1],
                XElement e => e.Value,
                _ => string.Empty,
            }));
            summaries[name] = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        return summaries;
    }
}
