using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Delivery.Query;
using Diplomatic.Umbraco.Importing.ReadingTime;
using Diplomatic.Umbraco.IntegrationTests.Support;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.IntegrationTests.DeliveryApi;

/// <summary>
/// Every property of every type, written through <c>IContentEditingService</c> in the editor form the backoffice
/// sends and published, read back through the Delivery API: the JSON is what the value should print as, and the
/// project's .NET client reads every field of it into its models. The responses are committed
/// (<c>clients/typescript/check/real-site</c>) so the TypeScript check holds the generated types against them.
/// </summary>
[Collection(RebootedSiteCollection.Name)]
public sealed class EditorValueRoundTripTests : IAsyncLifetime
{
    private readonly RebootedSite _site;

    public EditorValueRoundTripTests(RebootedSite site) => _site = site;

    /// <summary>The command that re-records <see cref="RecordedFolder"/>.</summary>
    public const string RerecordCommand = ResponseRecorder.RerecordVariable + "=1 dotnet test src/Diplomatic.Umbraco.IntegrationTests --filter FullyQualifiedName~EditorValueRoundTripTests";

    /// <summary>The committed real-site responses the TypeScript check reads.</summary>
    public static string RecordedFolder => Path.Combine(Diplomatic.Umbraco.Tests.Support.RepositoryPaths.Root, "clients", "typescript", "check", "real-site");

    public static TheoryData<string, string> Properties()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in TestContent.EveryPropertyItems.Keys)
        {
            foreach (var property in DiplomaticContentModel.AllProperties(DiplomaticContentModel.DocumentType(type)))
            {
                data.Add(type, property.Alias);
            }
        }

        return data;
    }

    public static TheoryData<string> Types() => [.. TestContent.EveryPropertyItems.Keys];

    public Task InitializeAsync() => _site.EnsureEveryPropertyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Properties))]
    public async Task A_value_saved_in_editor_form_prints_as_the_delivery_api_form(string type, string alias)
    {
        var item = await ItemAsync(type);
        var properties = item["properties"]!.AsObject();
        Assert.True(properties.ContainsKey(alias), $"{type}.{alias} is not printed");
        var actual = properties[alias];

        if (alias == P.Article.ReadingTime)
        {
            var body = properties[P.Article.Body]!["markup"]!.GetValue<string>();
            Assert.Equal(ReadingTimeCalculator.Minutes(body), actual!.GetValue<int>());
            return;
        }

        if (EditorSamples.NotWritten.ContainsKey(alias))
        {
            Assert.Null(actual);
            return;
        }

        var property = DiplomaticContentModel.AllProperties(DiplomaticContentModel.DocumentType(type)).Single(p => p.Alias == alias);
        var expected = EditorSamples.For(property, TestContent.EveryPropertyReferences(type)).Delivery;
        Assert.True(Contains(actual, expected), $"{type}.{alias}: expected {expected?.ToJsonString()} within {actual?.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task The_dotnet_client_reads_every_field_the_site_prints(string type)
    {
        var json = await ItemAsync(type);
        using var services = _site.DeliveryClient(out var client);

        var item = await client.GetItemAsync<DeliveryContent>(TestContent.EveryPropertyItems[type], PropertySelection.All);

        Assert.Equal(type, item.ContentType);
        var mismatches = new List<string>();
        Compare(item, json, type, mismatches);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task The_committed_real_site_responses_for_the_typescript_check_are_what_the_site_answers()
    {
        var recorded = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in TestContent.EveryPropertyItems.Keys)
        {
            recorded[$"every-property-{type}.json"] = ResponseRecorder.Committed(await ItemAsync(type));
        }

        if (Environment.GetEnvironmentVariable(ResponseRecorder.RerecordVariable) == "1")
        {
            Directory.CreateDirectory(RecordedFolder);
            foreach (var (file, text) in recorded)
            {
                File.WriteAllText(Path.Combine(RecordedFolder, file), text);
            }

            Assert.Fail($"Re-recorded {recorded.Count} files in {RecordedFolder}. Run the tests again without {ResponseRecorder.RerecordVariable}.");
        }

        Assert.Equal(Directory.GetFiles(RecordedFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal), recorded.Keys);
        foreach (var (file, text) in recorded)
        {
            Assert.True(File.ReadAllText(Path.Combine(RecordedFolder, file)) == text, $"clients/typescript/check/real-site/{file} is not what the real site answers. Re-record with: {RerecordCommand}");
        }
    }

    private async Task<JsonObject> ItemAsync(string type)
    {
        using var response = await _site.DeliveryAsync($"content/item/{TestContent.EveryPropertyItems[type]}?expand=properties[$all]");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{type}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Whether every part of <paramref name="expected"/> is in <paramref name="actual"/> (objects may have more fields).</summary>
    private static bool Contains(JsonNode? actual, JsonNode? expected) => (actual, expected) switch
    {
        (null, null) => true,
        (JsonObject a, JsonObject e) => e.All(p => a.ContainsKey(p.Key) && Contains(a[p.Key], p.Value)),
        (JsonArray a, JsonArray e) => a.Count == e.Count && a.Zip(e).All(x => Contains(x.First, x.Second)),
        (JsonValue a, JsonValue e) when a.GetValueKind() == JsonValueKind.Number && e.GetValueKind() == JsonValueKind.Number => a.GetValue<decimal>() == e.GetValue<decimal>(),
        (JsonValue a, JsonValue e) => JsonNode.DeepEquals(a, e),
        _ => false,
    };

    /// <summary>Compares a client model with the JSON it was read from, field by field, by the models' JSON names.</summary>
    private static void Compare(object? model, JsonNode? json, string path, List<string> mismatches)
    {
        switch (json)
        {
            case null:
                // An unset toggle reads false, an empty list may read empty: both mean "nothing".
                if (model is not (null or false) && !(model is IEnumerable e && model is not string && !e.Cast<object>().Any()))
                {
                    mismatches.Add($"{path}: the site prints null, the client reads {model}");
                }

                break;
            case JsonObject obj when Entries(model) is { } dictionary:
                foreach (var (key, value) in obj)
                {
                    if (!dictionary.TryGetValue(key, out var entry))
                    {
                        mismatches.Add($"{path}.{key}: the client drops it");
                        continue;
                    }

                    Compare(entry is JsonElement element ? JsonNode.Parse(element.GetRawText()) : entry, value, $"{path}.{key}", mismatches);
                }

                break;
            case JsonObject obj:
                if (model is null)
                {
                    mismatches.Add($"{path}: the site prints an object, the client reads null");
                    break;
                }

                var members = Members(model.GetType());
                foreach (var (key, value) in obj)
                {
                    if (!members.TryGetValue(key, out var member))
                    {
                        mismatches.Add($"{path}.{key}: the client has no field for it");
                        continue;
                    }

                    Compare(member.GetValue(model), value, $"{path}.{key}", mismatches);
                }

                break;
            case JsonArray array:
                if (model is not IEnumerable items || model is string)
                {
                    mismatches.Add($"{path}: the site prints an array, the client reads {model ?? "null"}");
                    break;
                }

                var list = items.Cast<object?>().ToList();
                if (list.Count != array.Count)
                {
                    mismatches.Add($"{path}: the site prints {array.Count} entries, the client reads {list.Count}");
                    break;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    Compare(list[i], array[i], $"{path}[{i}]", mismatches);
                }

                break;
            case JsonNode node when model is JsonNode parsed:
                if (!JsonNode.DeepEquals(node, parsed))
                {
                    mismatches.Add($"{path}: the site prints {node.ToJsonString()}, the client keeps {parsed.ToJsonString()}");
                }

                break;
            case JsonValue value:
                if (!SameScalar(model, value))
                {
                    mismatches.Add($"{path}: the site prints {value.ToJsonString()}, the client reads {model ?? "null"}");
                }

                break;
        }
    }

    private static bool SameScalar(object? model, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.True or JsonValueKind.False:
                return model is bool b && b == value.GetValue<bool>();
            case JsonValueKind.Number:
                return model is not null && Convert.ToDecimal(model, CultureInfo.InvariantCulture) == value.GetValue<decimal>();
            default:
                var text = value.GetValue<string>();
                return model switch
                {
                    string s => s == text,
                    Guid g => Guid.TryParse(text, out var parsed) && parsed == g,
                    DateTime d => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) && parsed == d,
                    DateTimeOffset d => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed == d,
                    _ => model?.ToString() == text,
                };
        }
    }

    /// <summary>The entries of a string-keyed dictionary model (any dictionary type), or null for other models.</summary>
    private static Dictionary<string, object?>? Entries(object? model)
    {
        var pairs = model?.GetType().GetInterfaces().FirstOrDefault(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            && i.GetGenericArguments()[0] is { IsGenericType: true } pair && pair.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)
            && pair.GetGenericArguments()[0] == typeof(string));
        if (pairs is null)
        {
            return null;
        }

        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in (IEnumerable)model!)
        {
            var type = entry.GetType();
            entries[(string)type.GetProperty("Key")!.GetValue(entry)!] = type.GetProperty("Value")!.GetValue(entry);
        }

        return entries;
    }

    /// <summary>A model type's readable members by JSON name (the attribute, else camel case).</summary>
    private static Dictionary<string, PropertyInfo> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .GroupBy(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToDictionary(g => g.Key, g => g.First());
}
