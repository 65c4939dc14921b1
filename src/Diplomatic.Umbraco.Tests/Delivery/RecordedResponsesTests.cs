using System.Text.Json;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery.Json;
using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Delivery;

/// <summary>The recorded responses are in the documented v2 shape and carry the first booklet's real text.</summary>
public sealed class RecordedResponsesTests
{
    private static readonly string[] EnvelopeFields = ["contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures"];

    /// <summary>
    /// The real Umbraco response the generator's shapes are held against (UmbracoDocs' v2 sample). Read on first use,
    /// not in the type initializer: a clone without the shared corpus would otherwise fail every test of the class.
    /// </summary>
    private static readonly Lazy<JsonElement> LazyRealItem = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.DeliveryApiFixtures, "01-item-by-path-post-default.json"))).RootElement);

    private static JsonElement RealItem => LazyRealItem.Value;

    [SkippableFact]
    public void The_envelope_the_tests_expect_is_the_real_fixtures_envelope()
    {
        SharedCorpus.Require(RepositoryPaths.DeliveryApiFixtures);
        Assert.Equal(EnvelopeFields, Names(RealItem));
        Assert.Equal(EnvelopeFields[..^1], Names(RealItem.GetProperty("properties").GetProperty("author"))); // a picked item: no cultures
        Assert.Equal(["path", "startItem"], Names(RealItem.GetProperty("route")));
        Assert.Equal(["id", "path"], Names(RealItem.GetProperty("route").GetProperty("startItem")));
        Assert.Equal(["markup", "blocks"], Names(RealItem.GetProperty("properties").GetProperty("content")));
    }

    public static TheoryData<string> RecordedFiles() => [.. Files()];

    private static IEnumerable<string> Files() =>
        Directory.GetFiles(RecordedDeliveryApi.RecordedFolder, "*.json").Select(f => Path.GetFileName(f)).Where(f => f != "manifest.json").Order();

    [SkippableTheory]
    [MemberData(nameof(RecordedFiles))]
    public void Every_item_has_the_v2_envelope_and_exactly_its_types_model_properties(string file)
    {
        SharedCorpus.Require(RepositoryPaths.DeliveryApiFixtures); // rich text is held against the real fixture's
        using var json = JsonDocument.Parse(RecordedDeliveryApi.ReadRecorded(file));
        var items = json.RootElement.TryGetProperty("total", out _)
            ? json.RootElement.GetProperty("items").EnumerateArray().ToList()
            : [json.RootElement];
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            CheckItem(item, file, expandedLevel: 0);
        }
    }

    [Theory]
    [MemberData(nameof(RecordedFiles))]
    public void Every_recorded_file_reads_into_the_typed_models(string file)
    {
        var text = RecordedDeliveryApi.ReadRecorded(file);
        if (text.Contains("\"total\"", StringComparison.Ordinal) && JsonDocument.Parse(text).RootElement.TryGetProperty("total", out _))
        {
            var page = JsonSerializer.Deserialize(text, DeliveryJsonContext.Default.PagedResultDeliveryContent)!;
            Assert.All(page.Items, i => Assert.NotNull(i.ContentType));
            Assert.InRange(page.Items.Count, 1, page.Total); // total counts every match, items only the page
        }
        else
        {
            Assert.NotNull(JsonSerializer.Deserialize(text, DeliveryJsonContext.Default.DeliveryContent)!.ContentType);
        }
    }

    [SkippableFact]
    public void The_first_booklet_has_its_article_by_Muhammad_Asif_Noor_with_the_seed_text_and_all_its_fact_boxes_and_events()
    {
        SharedCorpus.Require(RepositoryPaths.Seed);
        var children = JsonSerializer.Deserialize(RecordedDeliveryApi.ReadRecorded("booklet-children.json"), DeliveryJsonContext.Default.PagedResultDeliveryContent)!;
        var article = Assert.Single(children.Items.OfType<Article>());
        Assert.Equal("Muhammad Asif Noor", Assert.Single(article.Properties.Authors!).Name);

        var seed = File.ReadAllText(RepositoryPaths.SeedBooklet);
        var body = article.Properties.Body!.ToPlainText();
        foreach (var sentence in new[] { "Bilateral trade is standing at around the startling 7.3 USD million", "a high school for the 500 pupils in Muzaffarabad", "has established the Urdu Department" })
        {
            Assert.Contains(sentence, seed);
            Assert.Contains(sentence, body);
        }

        Assert.Equal(FirstBooklet.FactBoxes.Select(FirstBooklet.Name), children.Items.OfType<FactBox>().Select(f => f.Name));
        Assert.Equal(FirstBooklet.Events.Select(FirstBooklet.Name), children.Items.OfType<Event>().Select(e => e.Name));
        Assert.True(children.Items.OfType<FactBox>().Count() >= 5);
        Assert.Equal(7, children.Items.OfType<Event>().Count());
        Assert.Equal(FirstBooklet.Booklet.Children.Select(c => c.Key), children.Items.Select(i => i.Id));
        Assert.Equal(FirstBooklet.ArticleFactBoxNames, article.Properties.FactBoxes!.Select(f => f.Name));
        Assert.All(article.Properties.FactBoxes!, f => Assert.False(string.IsNullOrEmpty(f.Properties.Statement)));
        var trade = children.Items.OfType<FactBox>().Single(f => f.Properties.Figure == 7.3m);
        Assert.Equal("USD million", trade.Properties.Unit);
        Assert.Contains(children.Items.OfType<FactBox>(), f => f.Properties.Figure == 500m && f.Properties.Unit == "USD million");
        var recognition = children.Items.OfType<Event>().Single(e => e.Properties.StartDate!.Value.Year == 1992);
        Assert.Equal("Year", recognition.Properties.DatePrecision);
        Assert.Equal(DateTimeKind.Unspecified, recognition.Properties.StartDate!.Value.Kind);
    }

    [Fact]
    public void Item_timestamps_are_UTC_and_date_picker_values_have_no_offset_as_Umbraco_17_prints_them()
    {
        foreach (var file in Files())
        {
            var text = RecordedDeliveryApi.ReadRecorded(file);
            Assert.Matches(@"""createDate"": ""\d{4}-\d\d-\d\dT[\d:.]+Z""", text);
            Assert.DoesNotMatch(@"""(createDate|updateDate)"": ""\d{4}-\d\d-\d\dT[\d:.]+""", text);
            Assert.DoesNotMatch(@"""(?!createDate|updateDate)\w+"": ""\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)""", text);
        }
    }

    [SkippableFact]
    public void The_shared_real_fixtures_read_through_the_envelope_and_unknown_types_fall_back_to_the_base()
    {
        SharedCorpus.Require(RepositoryPaths.DeliveryApiFixtures);
        var item = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(RepositoryPaths.DeliveryApiFixtures, "01-item-by-path-post-default.json")), DeliveryJsonContext.Default.DeliveryContent)!;
        Assert.Null(item.ContentType);
        Assert.Equal("Set your content free", item.Name);
        Assert.Equal("/set-your-content-free/", item.Route.Path);
        Assert.Equal("posts", item.Route.StartItem!.Path);
        Assert.Equal(Guid.Parse("5de65f2e-055e-4e6a-adc3-edb340dcd2e8"), item.Id);

        var page = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(RepositoryPaths.DeliveryApiFixtures, "02-query-paged-posts-expand-fields.json")), DeliveryJsonContext.Default.PagedResultDeliveryContent)!;
        Assert.Equal(6, page.Total);
        Assert.Equal(2, page.Items.Count);
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static void CheckItem(JsonElement item, string file, int expandedLevel)
    {
        // A top-level item is an ApiContentResponse (with cultures); Umbraco prints a picked item as an ApiContent
        // without them (the real fixture 01's author picker). See RecordedResponses.PickedItemsCarryCultures.
        Assert.Equal(expandedLevel == 0 || RecordedResponses.PickedItemsCarryCultures ? EnvelopeFields : EnvelopeFields[..^1], item.EnumerateObject().Select(p => p.Name));
        var alias = item.GetProperty("contentType").GetString()!;
        var type = DiplomaticContentModel.DocumentType(alias);
        var properties = item.GetProperty("properties").EnumerateObject().ToList();
        var route = item.GetProperty("route");
        Assert.StartsWith("/", route.GetProperty("path").GetString());
        Assert.True(route.GetProperty("startItem").TryGetProperty("id", out _), $"{file}: route.startItem.id missing");
        if (properties.Count == 0)
        {
            Assert.True(expandedLevel > 0, $"{file}: the top-level {alias} '{item.GetProperty("name")}' has no properties.");
            return;
        }

        // The Delivery API prints every property of the type (null when empty), and nothing else.
        Assert.Equal(
            DiplomaticContentModel.AllProperties(type).Select(p => p.Alias).Order(),
            properties.Select(p => p.Name).Order());
        foreach (var property in properties)
        {
            var definition = DiplomaticContentModel.AllProperties(type).Single(p => p.Alias == property.Name);
            if (definition.DataType.EditorAlias == "Umbraco.MultiNodeTreePicker" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var picked in property.Value.EnumerateArray())
                {
                    CheckItem(picked, file, expandedLevel + 1);
                }
            }

            var value = property.Value;
            var where = $"{file}: {alias} '{item.GetProperty("name")}'.{property.Name}";
            switch (definition.DataType.EditorAlias)
            {
                case "Umbraco.MediaPicker3" or "Umbraco.MultiUrlPicker" or "Umbraco.MultiNodeTreePicker" or "Umbraco.Tags" or "Umbraco.MultipleTextstring":
                    // An empty picker or list prints null on a real Umbraco 17, not [].
                    Assert.True(value.ValueKind is JsonValueKind.Array or JsonValueKind.Null, $"{where} must be an array or null");
                    break;
                case "Umbraco.RichText" when value.ValueKind == JsonValueKind.Null:
                    // Rich text never saved prints null on a real Umbraco 17.
                    break;
                case "Umbraco.RichText":
                    // Same fields as the real fixture's RTE, blocks always an array.
                    Assert.Equal(Names(RealItem.GetProperty("properties").GetProperty("content")), Names(value));
                    Assert.Equal(JsonValueKind.Array, value.GetProperty("blocks").ValueKind);
                    break;
                case "Umbraco.DropDown.Flexible":
                    var multiple = definition.DataType.Configuration.TryGetValue("multiple", out var m) && m is true;
                    Assert.True(multiple ? value.ValueKind == JsonValueKind.Array : value.ValueKind is JsonValueKind.String or JsonValueKind.Null, $"{where}: a {(multiple ? "multiple" : "single")} dropdown");
                    break;
                case "Umbraco.Decimal" or "Umbraco.Label" when definition.DataType.Key != BuiltInDataTypes.LabelString.Key:
                    Assert.True(value.ValueKind is JsonValueKind.Number or JsonValueKind.Null, $"{where} must be a number");
                    break;
                case "Umbraco.TrueFalse":
                    // A toggle never saved prints null on a real Umbraco 17.
                    Assert.True(value.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null, $"{where} must be a boolean or null");
                    break;
                case "Umbraco.DateTime":
                    Assert.True(value.ValueKind == JsonValueKind.Null || DateTime.TryParseExact(value.GetString(), "yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _), $"{where} must be a date without offset");
                    break;
                default:
                    Assert.True(value.ValueKind is JsonValueKind.String or JsonValueKind.Null, $"{where} must be a string");
                    break;
            }
        }
    }
}
