namespace Diplomatic.Umbraco.ContentModel;

/// <summary>
/// Umbraco 17's built-in data types, by the well-known keys every install has
/// (<c>Constants.DataTypes.Guids</c>). The model references them; it never ships a file for them, since
/// that would overwrite the site admin's configuration of the data type on import.
/// </summary>
public static class BuiltInDataTypes
{
    private static readonly IReadOnlyDictionary<string, object?> NoConfiguration = new Dictionary<string, object?>();

    /// <summary>Textstring.</summary>
    public static DataTypeDefinition Textstring { get; } = BuiltIn("0cc0eba1-9960-42c9-bf9b-60e150b429ae", "Textstring", EditorAliases.TextBox, "Umb.PropertyEditorUi.TextBox");

    /// <summary>Textarea.</summary>
    public static DataTypeDefinition Textarea { get; } = BuiltIn("c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3", "Textarea", EditorAliases.TextArea, "Umb.PropertyEditorUi.TextArea");

    /// <summary>Richtext editor (Tiptap).</summary>
    public static DataTypeDefinition RichtextEditor { get; } = BuiltIn("ca90c950-0aff-4e72-b976-a30b1ac57dad", "Richtext editor", EditorAliases.RichText, "Umb.PropertyEditorUi.Tiptap");

    /// <summary>True/false.</summary>
    public static DataTypeDefinition TrueFalse { get; } = BuiltIn("92897bc6-a5f3-4ffe-ae27-f2e7e33dda49", "True/false", EditorAliases.Boolean, "Umb.PropertyEditorUi.Toggle");

    /// <summary>Numeric (integer).</summary>
    public static DataTypeDefinition Numeric { get; } = BuiltIn("2e6d3631-066e-44b8-aec4-96f09099b2b5", "Numeric", EditorAliases.Integer, "Umb.PropertyEditorUi.Integer");

    /// <summary>Date Picker (date only, stored as a date time).</summary>
    public static DataTypeDefinition DatePicker { get; } = BuiltIn("5046194e-4237-453c-a547-15db3a07c4e1", "Date Picker", EditorAliases.DateTime, "Umb.PropertyEditorUi.DatePicker");

    /// <summary>Date Picker with time.</summary>
    public static DataTypeDefinition DatePickerWithTime { get; } = BuiltIn("e4d66c0f-b935-4200-81f0-025f7256b89a", "Date Picker with time", EditorAliases.DateTime, "Umb.PropertyEditorUi.DatePicker");

    /// <summary>Date Time Picker (with time zone), new in 17.</summary>
    public static DataTypeDefinition DateTimeWithTimeZone { get; } = BuiltIn("88e8a052-30ee-4d44-a507-59f2cdfc769c", "Date Time Picker (with time zone)", EditorAliases.DateTimeWithTimeZone, "Umb.PropertyEditorUi.DateTimeWithTimeZonePicker");

    /// <summary>Content Picker.</summary>
    public static DataTypeDefinition ContentPicker { get; } = BuiltIn("fd1e0da5-5606-4862-b679-5d0cf3a52a59", "Content Picker", EditorAliases.ContentPicker, "Umb.PropertyEditorUi.DocumentPicker");

    /// <summary>Media Picker (single, any media type).</summary>
    public static DataTypeDefinition MediaPicker { get; } = BuiltIn("4309a3ea-0d78-4329-a06c-c80b036af19a", "Media Picker", EditorAliases.MediaPicker3, "Umb.PropertyEditorUi.MediaPicker");

    /// <summary>Multiple Media Picker.</summary>
    public static DataTypeDefinition MultipleMediaPicker { get; } = BuiltIn("1b661f40-2242-4b44-b9cb-3990ee2b13c0", "Multiple Media Picker", EditorAliases.MediaPicker3, "Umb.PropertyEditorUi.MediaPicker");

    /// <summary>Image Media Picker (single image).</summary>
    public static DataTypeDefinition ImageMediaPicker { get; } = BuiltIn("ad9f0cf2-bda2-45d5-9ea1-a63cfc873fd3", "Image Media Picker", EditorAliases.MediaPicker3, "Umb.PropertyEditorUi.MediaPicker");

    /// <summary>Multiple Image Media Picker.</summary>
    public static DataTypeDefinition MultipleImageMediaPicker { get; } = BuiltIn("0e63d883-b62b-4799-88c3-157f82e83ecc", "Multiple Image Media Picker", EditorAliases.MediaPicker3, "Umb.PropertyEditorUi.MediaPicker");

    /// <summary>Multi URL Picker.</summary>
    public static DataTypeDefinition MultiUrlPicker { get; } = BuiltIn("b4e3535a-1753-47e2-8568-602cf8cfee6f", "Multi URL Picker", EditorAliases.MultiUrlPicker, "Umb.PropertyEditorUi.MultiUrlPicker");

    /// <summary>Member Picker.</summary>
    public static DataTypeDefinition MemberPicker { get; } = BuiltIn("1ea2e01f-ebd8-4ce1-8d71-6b1149e63548", "Member Picker", EditorAliases.MemberPicker, "Umb.PropertyEditorUi.MemberPicker");

    /// <summary>Tags (group <c>default</c>).</summary>
    public static DataTypeDefinition Tags { get; } = BuiltIn("b6b73142-b9c1-4bf8-a16d-e1c23320b549", "Tags", EditorAliases.Tags, "Umb.PropertyEditorUi.Tags");

    /// <summary>Dropdown.</summary>
    public static DataTypeDefinition Dropdown { get; } = BuiltIn("0b6a45e7-44ba-430d-9da5-4e46060b9e03", "Dropdown", EditorAliases.DropDownListFlexible, "Umb.PropertyEditorUi.Dropdown");

    /// <summary>Dropdown multiple.</summary>
    public static DataTypeDefinition DropdownMultiple { get; } = BuiltIn("f38f0ac7-1d27-439c-9f3f-089cd8825a53", "Dropdown multiple", EditorAliases.DropDownListFlexible, "Umb.PropertyEditorUi.Dropdown");

    /// <summary>Checkbox list.</summary>
    public static DataTypeDefinition CheckboxList { get; } = BuiltIn("fbaf13a8-4036-41f2-93a3-974f678c312a", "Checkbox list", EditorAliases.CheckBoxList, "Umb.PropertyEditorUi.CheckBoxList");

    /// <summary>Radiobox.</summary>
    public static DataTypeDefinition Radiobox { get; } = BuiltIn("bb5f57c9-ce2b-4bb9-b697-4caca783a805", "Radiobox", EditorAliases.RadioButtonList, "Umb.PropertyEditorUi.RadioButtonList");

    /// <summary>Approved Color.</summary>
    public static DataTypeDefinition ApprovedColor { get; } = BuiltIn("0225af17-b302-49cb-9176-b9f35cab9c17", "Approved Color", EditorAliases.ColorPicker, "Umb.PropertyEditorUi.ColorPicker");

    /// <summary>Image Cropper.</summary>
    public static DataTypeDefinition ImageCropper { get; } = BuiltIn("1df9f033-e6d4-451f-b8d2-e0cbc50a836f", "Image Cropper", EditorAliases.ImageCropper, "Umb.PropertyEditorUi.ImageCropper");

    /// <summary>Upload File.</summary>
    public static DataTypeDefinition UploadFile { get; } = BuiltIn("84c6b441-31df-4ffe-b67e-67d5bc3ae65a", "Upload File", EditorAliases.UploadField, "Umb.PropertyEditorUi.UploadField");

    /// <summary>Upload Video.</summary>
    public static DataTypeDefinition UploadVideo { get; } = BuiltIn("70575fe7-9812-4396-bbe1-c81a76db71b5", "Upload Video", EditorAliases.UploadField, "Umb.PropertyEditorUi.UploadField");

    /// <summary>Upload Audio.</summary>
    public static DataTypeDefinition UploadAudio { get; } = BuiltIn("8f430dd6-4e96-447e-9dc0-cb552c8cd1f3", "Upload Audio", EditorAliases.UploadField, "Umb.PropertyEditorUi.UploadField");

    /// <summary>Upload Article.</summary>
    public static DataTypeDefinition UploadArticle { get; } = BuiltIn("bc1e266c-dac4-4164-bf08-8a1ec6a7143d", "Upload Article", EditorAliases.UploadField, "Umb.PropertyEditorUi.UploadField");

    /// <summary>Upload Vector Graphics.</summary>
    public static DataTypeDefinition UploadVectorGraphics { get; } = BuiltIn("215cb418-2153-4429-9aef-8c0f0041191b", "Upload Vector Graphics", EditorAliases.UploadField, "Umb.PropertyEditorUi.UploadField");

    /// <summary>List View - Content.</summary>
    public static DataTypeDefinition ListViewContent { get; } = BuiltIn("c0808dd3-8133-4e4b-8ce8-e2bea84a96a4", "List View - Content", EditorAliases.ListView, "Umb.PropertyEditorUi.Collection");

    /// <summary>List View - Media.</summary>
    public static DataTypeDefinition ListViewMedia { get; } = BuiltIn("3a0156c4-3b8c-4803-bdc1-6871faa83fff", "List View - Media", EditorAliases.ListView, "Umb.PropertyEditorUi.Collection");

    /// <summary>Label (string).</summary>
    public static DataTypeDefinition LabelString { get; } = BuiltIn("f0bc4bfb-b499-40d6-ba86-058885a5178c", "Label (string)", EditorAliases.Label, "Umb.PropertyEditorUi.Label");

    /// <summary>Label (integer).</summary>
    public static DataTypeDefinition LabelInteger { get; } = BuiltIn("8e7f995c-bd81-4627-9932-c40e568ec788", "Label (integer)", EditorAliases.Label, "Umb.PropertyEditorUi.Label");

    /// <summary>Label (bigint).</summary>
    public static DataTypeDefinition LabelBigint { get; } = BuiltIn("930861bf-e262-4ead-a704-f99453565708", "Label (bigint)", EditorAliases.Label, "Umb.PropertyEditorUi.Label");

    /// <summary>Label (datetime).</summary>
    public static DataTypeDefinition LabelDateTime { get; } = BuiltIn("0e9794eb-f9b5-4f20-a788-93acd233a7e4", "Label (datetime)", EditorAliases.Label, "Umb.PropertyEditorUi.Label");

    /// <summary>Label (time).</summary>
    public static DataTypeDefinition LabelTime { get; } = BuiltIn("a97cec69-9b71-4c30-8b12-ec398860d7e8", "Label (time)", EditorAliases.Label, "Umb.PropertyEditorUi.Label");

    /// <summary>Label (decimal).</summary>
    public static DataTypeDefinition LabelDecimal { get; } = BuiltIn("8f1ef1e1-9de4-40d3-a072-6673f631ca64", "Label (decimal)", EditorAliases.Label, "Umb.PropertyEditorUi.Label");

    /// <summary>Label (bytes).</summary>
    public static DataTypeDefinition LabelBytes { get; } = BuiltIn("ba5bdbe6-ab3e-46a8-82b3-2c45f10bc47f", "Label (bytes)", EditorAliases.Label, "Umb.PropertyEditorUi.Label");

    /// <summary>Label (pixels).</summary>
    public static DataTypeDefinition LabelPixels { get; } = BuiltIn("5eb57825-e15e-4fc7-8e37-fca65cdafbde", "Label (pixels)", EditorAliases.Label, "Umb.PropertyEditorUi.Label");

    /// <summary>Every built-in data type, by key.</summary>
    public static IReadOnlyDictionary<Guid, DataTypeDefinition> ByKey { get; } = new[]
    {
        Textstring, Textarea, RichtextEditor, TrueFalse, Numeric, DatePicker, DatePickerWithTime, DateTimeWithTimeZone,
        ContentPicker, MediaPicker, MultipleMediaPicker, ImageMediaPicker, MultipleImageMediaPicker, MultiUrlPicker,
        MemberPicker, Tags, Dropdown, DropdownMultiple, CheckboxList, Radiobox, ApprovedColor, ImageCropper,
        UploadFile, UploadVideo, UploadAudio, UploadArticle, UploadVectorGraphics, ListViewContent, ListViewMedia,
        LabelString, LabelInteger, LabelBigint, LabelDateTime, LabelTime, LabelDecimal, LabelBytes, LabelPixels,
    }.ToDictionary(d => d.Key);

    /// <summary>Whether a key is one of Umbraco 17's built-in data types.</summary>
    /// <param name="key">A data-type key.</param>
    /// <returns>True for a built-in key.</returns>
    public static bool IsBuiltIn(Guid key) => ByKey.ContainsKey(key);

    private static DataTypeDefinition BuiltIn(string key, string name, string editorAlias, string editorUiAlias) =>
        new(Guid.Parse(key), name, editorAlias, editorUiAlias, IsBuiltIn: true, NoConfiguration);
}
