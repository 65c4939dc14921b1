namespace Diplomatic.Umbraco.ContentModel;

/// <summary>
/// The aliases of the Umbraco property editors the model uses (and the block editors, whose values the installer
/// passes on), named as Core names them (<c>Constants.PropertyEditors.Aliases</c>). The model has no Umbraco reference, so it repeats them here, once;
/// EditorAliasesTests keeps every one equal to Core's constant of the same name, and the plugin uses Core's.
/// </summary>
public static class EditorAliases
{
    /// <summary>Textstring.</summary>
    public const string TextBox = "Umbraco.TextBox";

    /// <summary>Textarea.</summary>
    public const string TextArea = "Umbraco.TextArea";

    /// <summary>Rich text (Tiptap in the backoffice).</summary>
    public const string RichText = "Umbraco.RichText";

    /// <summary>True/false.</summary>
    public const string Boolean = "Umbraco.TrueFalse";

    /// <summary>Whole number.</summary>
    public const string Integer = "Umbraco.Integer";

    /// <summary>Decimal number.</summary>
    public const string Decimal = "Umbraco.Decimal";

    /// <summary>Date (and time), stored as a date time.</summary>
    public const string DateTime = "Umbraco.DateTime";

    /// <summary>Date and time with a time zone.</summary>
    public const string DateTimeWithTimeZone = "Umbraco.DateTimeWithTimeZone";

    /// <summary>Content picker (one document).</summary>
    public const string ContentPicker = "Umbraco.ContentPicker";

    /// <summary>Media picker.</summary>
    public const string MediaPicker3 = "Umbraco.MediaPicker3";

    /// <summary>Multi URL picker (links).</summary>
    public const string MultiUrlPicker = "Umbraco.MultiUrlPicker";

    /// <summary>Member picker.</summary>
    public const string MemberPicker = "Umbraco.MemberPicker";

    /// <summary>Tags.</summary>
    public const string Tags = "Umbraco.Tags";

    /// <summary>Dropdown (single or multiple).</summary>
    public const string DropDownListFlexible = "Umbraco.DropDown.Flexible";

    /// <summary>Checkbox list.</summary>
    public const string CheckBoxList = "Umbraco.CheckBoxList";

    /// <summary>Radio button list.</summary>
    public const string RadioButtonList = "Umbraco.RadioButtonList";

    /// <summary>Repeatable text strings.</summary>
    public const string MultipleTextstring = "Umbraco.MultipleTextstring";

    /// <summary>File upload.</summary>
    public const string UploadField = "Umbraco.UploadField";

    /// <summary>Colour picker.</summary>
    public const string ColorPicker = "Umbraco.ColorPicker";

    /// <summary>Image cropper.</summary>
    public const string ImageCropper = "Umbraco.ImageCropper";

    /// <summary>List view (collection).</summary>
    public const string ListView = "Umbraco.ListView";

    /// <summary>Label (read-only in the backoffice; the plugin sets the value).</summary>
    public const string Label = "Umbraco.Label";

    /// <summary>Multinode tree picker (documents, media or members).</summary>
    public const string MultiNodeTreePicker = "Umbraco.MultiNodeTreePicker";

    /// <summary>Block list.</summary>
    public const string BlockList = "Umbraco.BlockList";

    /// <summary>Block grid.</summary>
    public const string BlockGrid = "Umbraco.BlockGrid";

    /// <summary>Single block.</summary>
    public const string SingleBlock = "Umbraco.SingleBlock";
}
