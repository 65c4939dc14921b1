using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>The items a sample value can pick.</summary>
/// <param name="Media">An image in the media library.</param>
/// <param name="Author">An author.</param>
/// <param name="FactBox">A fact box.</param>
/// <param name="Article">An article.</param>
public sealed record SampleReferences(Guid Media, Guid Author, Guid FactBox, Guid Article);

/// <summary>A property value in the form the backoffice sends it, and what the Delivery API prints for it.</summary>
/// <param name="EditorValue">The Management API (editor) form, as <c>IContentEditingService</c> takes it.</param>
/// <param name="Delivery">The Delivery API output, or the part of it the sample determines (objects may have more fields).</param>
public sealed record EditorSample(object? EditorValue, JsonNode? Delivery);

/// <summary>
/// One sample value for every property of the model, chosen by the property's editor and configuration, in the
/// editor form the backoffice sends (the shapes of <c>docs/notes/review-install.md</c>). Properties with no sample are
/// in <see cref="NotWritten"/>, with the reason.
/// </summary>
public static class EditorSamples
{
    /// <summary>Properties the round trip does not write, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotWritten = new Dictionary<string, string>
    {
        [P.Booklet.Manuscript] = "an upload here imports the manuscript on save (proved by the manuscript-upload tests)",
        [P.Article.ReadingTime] = "a label: read-only for editors, computed from the body on save (checked as computed)",
    };

    /// <summary>The sample for a property.</summary>
    public static EditorSample For(PropertyDefinition property, SampleReferences refs)
    {
        var dataType = property.DataType;
        var items = dataType.Configuration.TryGetValue("items", out var i) && i is string[] list ? list : [];
        var multiple = dataType.Configuration.TryGetValue("multiple", out var m) && m is true;
        var text = $"{property.Name} (sample)";
        switch (dataType.EditorAlias)
        {
            case EditorAliases.TextBox:
                var textbox = property.Alias == P.Booklet.Isbn ? "978-0-306-40615-7" : text;
                return new(textbox, JsonValue.Create(textbox));
            case EditorAliases.TextArea:
                return new(text + "\nA second line.", JsonValue.Create(text + "\nA second line."));
            case EditorAliases.DropDownListFlexible:
                var picked = items.Skip(1).Take(multiple ? 2 : 1).ToArray();
                return new(picked, multiple ? new JsonArray([.. picked.Select(p => JsonValue.Create(p))]) : JsonValue.Create(picked[0]));
            case EditorAliases.RadioButtonList:
                return new(items[^1], JsonValue.Create(items[^1]));
            case EditorAliases.Tags:
                return new(new[] { "energy", "trade" }, new JsonArray("energy", "trade"));
            case EditorAliases.MultipleTextstring:
                return new(new[] { "First " + property.Name, "Second " + property.Name }, new JsonArray("First " + property.Name, "Second " + property.Name));
            case EditorAliases.RichText:
                const string markup = "<p>Sample <strong>rich</strong> text with a <a href=\"https://example.org/\">link</a>.</p>";
                return new(new JsonObject { ["markup"] = markup, ["blocks"] = null }, new JsonObject { ["markup"] = markup, ["blocks"] = new JsonArray() });
            case EditorAliases.MediaPicker3:
                var editor = new JsonArray(new JsonObject
                {
                    ["key"] = Deterministic(property.Key).ToString(), ["mediaKey"] = refs.Media.ToString(), ["mediaTypeAlias"] = "Image",
                    ["crops"] = new JsonArray(), ["focalPoint"] = null,
                });
                return new(editor, new JsonArray(new JsonObject { ["id"] = refs.Media.ToString(), ["mediaType"] = "Image" }));
            case EditorAliases.MultiUrlPicker:
                var link = new JsonArray(new JsonObject
                {
                    ["type"] = "external", ["url"] = "https://example.org/source", ["queryString"] = "?page=2", ["name"] = "Example source", ["target"] = "_blank",
                });
                return new(link, new JsonArray(new JsonObject
                {
                    // Umbraco prints an external link's URL with its query string appended, and the query string again.
                    ["url"] = "https://example.org/source?page=2", ["queryString"] = "?page=2", ["title"] = "Example source", ["target"] = "_blank", ["linkType"] = "External",
                }));
            case EditorAliases.DateTime:
                return new("2024-03-15 00:00:00", JsonValue.Create("2024-03-15T00:00:00"));
            case EditorAliases.Decimal:
                return new(7.25m, JsonValue.Create(7.25m));
            case EditorAliases.Boolean:
                return new(true, JsonValue.Create(true));
            case EditorAliases.MultiNodeTreePicker:
                var target = PickedType(dataType) switch
                {
                    var t when t == DocumentTypeKeys.Author => refs.Author,
                    var t when t == DocumentTypeKeys.FactBox => refs.FactBox,
                    _ => refs.Article,
                };
                return new(
                    new JsonArray(new JsonObject { ["type"] = "document", ["unique"] = target.ToString() }),
                    new JsonArray(new JsonObject { ["id"] = target.ToString() }));
            default:
                throw new InvalidOperationException($"No editor-form sample for {property.Alias} ({dataType.EditorAlias}): add one.");
        }
    }

    private static Guid PickedType(DataTypeDefinition picker) => Guid.Parse((string)picker.Configuration["filter"]!);

    // A stable key for a media-picker entry, so recordings from two runs compare.
    private static Guid Deterministic(Guid property) => new(property.ToByteArray().Reverse().ToArray());
}
