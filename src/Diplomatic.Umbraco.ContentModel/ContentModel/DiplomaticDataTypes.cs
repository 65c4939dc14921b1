namespace Diplomatic.Umbraco.ContentModel;

/// <summary>
/// The data types the plugin ships, where no built-in one fits. They live in the data-type folder
/// <see cref="Folder"/>; their keys never change.
/// </summary>
public static class DiplomaticDataTypes
{
    /// <summary>The data-type folder the plugin's own data types sit in.</summary>
    public const string Folder = "Diplomatic";

    /// <summary>The tag group of the topics property.</summary>
    public const string TopicsTagGroup = "topics";

    /// <summary>The file extensions a manuscript upload accepts.</summary>
    public static IReadOnlyList<string> ManuscriptExtensions { get; } = ["md", "txt", "html", "htm", "docx"];

    /// <summary>A multi-select of every ISO 3166-1 country by English short name.</summary>
    public static DataTypeDefinition Countries { get; } = Own(
        "28c3fd19-a43e-426f-aad1-c238dc1479c0", "Diplomatic - Countries", EditorAliases.DropDownListFlexible, "Umb.PropertyEditorUi.Dropdown",
        new() { ["items"] = IsoCountries.All.Select(c => c.Name).ToArray(), ["multiple"] = true });

    /// <summary>A single-select of one ISO 3166-1 country (an event's host country).</summary>
    public static DataTypeDefinition Country { get; } = Own(
        "2b1f276a-751b-4428-8d10-921714085d3b", "Diplomatic - Country", EditorAliases.DropDownListFlexible, "Umb.PropertyEditorUi.Dropdown",
        new() { ["items"] = IsoCountries.All.Select(c => c.Name).ToArray(), ["multiple"] = false });

    /// <summary>Tags in the <see cref="TopicsTagGroup"/> group, stored as JSON.</summary>
    public static DataTypeDefinition Topics { get; } = Own(
        "ba0b2ad2-2afb-43a1-bfc8-66682c5599a8", "Diplomatic - Topics", EditorAliases.Tags, "Umb.PropertyEditorUi.Tags",
        new() { ["group"] = TopicsTagGroup, ["storageType"] = "Json" });

    /// <summary>A list of names (publishers, participants): one text box per entry.</summary>
    public static DataTypeDefinition NameList { get; } = Own(
        "e7d8147d-9817-4711-ad21-025eeb9a4a26", "Diplomatic - Name List", EditorAliases.MultipleTextstring, "Umb.PropertyEditorUi.MultipleTextString",
        new() { ["min"] = 0, ["max"] = 0 });

    /// <summary>A picker of fact boxes, any number.</summary>
    public static DataTypeDefinition FactBoxPicker { get; } = Picker("5689eeae-3d01-43fa-b0f7-4082f61e4a49", "Diplomatic - Fact Box Picker", DocumentTypeKeys.FactBox);

    /// <summary>A picker of articles, any number.</summary>
    public static DataTypeDefinition ArticlePicker { get; } = Picker("b85453c8-ab26-48bc-974d-7bbc63b6cb2f", "Diplomatic - Article Picker", DocumentTypeKeys.Article);

    /// <summary>A picker of authors, any number.</summary>
    public static DataTypeDefinition AuthorPicker { get; } = Picker("456c1b3e-2aa8-4f1f-b7ac-96c91b6bd91b", "Diplomatic - Author Picker", DocumentTypeKeys.Author);

    /// <summary>A decimal number (a fact box's figure, e.g. 7.3).</summary>
    public static DataTypeDefinition Figure { get; } = Own(
        "772a6bca-afb9-47b5-a1dd-87ab65cc89d1", "Diplomatic - Figure", EditorAliases.Decimal, "Umb.PropertyEditorUi.Decimal",
        new());

    /// <summary>One link (a fact box's source).</summary>
    public static DataTypeDefinition SingleLink { get; } = Own(
        "f5756ae6-affc-4eb6-982b-e76ae8990e7b", "Diplomatic - Single Link", EditorAliases.MultiUrlPicker, "Umb.PropertyEditorUi.MultiUrlPicker",
        new() { ["minNumber"] = 0, ["maxNumber"] = 1 });

    /// <summary>Day, month or year: how precisely an event's date is known.</summary>
    public static DataTypeDefinition DatePrecision { get; } = Own(
        "52430697-fb99-4302-9fe8-8d5561f6c423", "Diplomatic - Date Precision", EditorAliases.RadioButtonList, "Umb.PropertyEditorUi.RadioButtonList",
        new() { ["items"] = Enum.GetValues<ContentModel.DatePrecision>().Select(p => Vocabularies.DatePrecisionLabels[p]).ToArray() });

    /// <summary>The kind of event.</summary>
    public static DataTypeDefinition EventType { get; } = Own(
        "8d9a95af-335c-4abf-af0d-472034374530", "Diplomatic - Event Type", EditorAliases.DropDownListFlexible, "Umb.PropertyEditorUi.Dropdown",
        new() { ["items"] = Enum.GetValues<ContentModel.EventType>().Select(t => Vocabularies.EventTypeLabels[t]).ToArray(), ["multiple"] = false });

    /// <summary>The manuscript upload on a booklet (Markdown, plain text, a saved web page or Word).</summary>
    public static DataTypeDefinition ManuscriptUpload { get; } = Own(
        "f8761f8f-5d8a-4115-a2d5-92b1cf39232c", "Diplomatic - Manuscript Upload", EditorAliases.UploadField, "Umb.PropertyEditorUi.UploadField",
        new() { ["fileExtensions"] = ManuscriptExtensions.ToArray() });

    /// <summary>Every data type the plugin ships, in a stable order.</summary>
    public static IReadOnlyList<DataTypeDefinition> All { get; } =
    [
        Countries, Country, Topics, NameList, FactBoxPicker, ArticlePicker, AuthorPicker, Figure, SingleLink,
        DatePrecision, EventType, ManuscriptUpload,
    ];

    // The keys are those of Core's MultiNodePickerConfiguration (startNode, filter, minNumber, maxNumber,
    // ignoreUserStartNodes); the filter holds document-type keys.
    private static DataTypeDefinition Picker(string key, string name, Guid documentTypeKey) => Own(
        key, name, EditorAliases.MultiNodeTreePicker, "Umb.PropertyEditorUi.ContentPicker",
        new()
        {
            ["filter"] = documentTypeKey.ToString("D"),
            ["ignoreUserStartNodes"] = false,
            ["maxNumber"] = 0,
            ["minNumber"] = 0,
            ["startNode"] = new Dictionary<string, object?> { ["type"] = "content" },
        });

    private static DataTypeDefinition Own(string key, string name, string editorAlias, string editorUiAlias, Dictionary<string, object?> configuration) =>
        new(Guid.Parse(key), name, editorAlias, editorUiAlias, IsBuiltIn: false, configuration, Folder);
}
