using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Diplomatic.Umbraco.Delivery.Models;

/// <summary>
/// A rich-text value in either of the Delivery API's two forms: HTML (<c>{ markup, blocks }</c>, the default) or the
/// JSON tree (<c>{ tag: "#root", attributes, elements, blocks }</c>, when <c>RichTextOutputAsJson</c> is on).
/// </summary>
public sealed class RichText
{
    /// <summary>The HTML, in the default form; null in the JSON form.</summary>
    public string? Markup { get; set; }

    /// <summary>The blocks the text embeds (both forms).</summary>
    public IReadOnlyList<DeliveryBlockItem> Blocks { get; set; } = [];

    /// <summary><c>#root</c> in the JSON form; null in the HTML form.</summary>
    public string? Tag { get; set; }

    /// <summary>The root's attributes (JSON form).</summary>
    public IReadOnlyDictionary<string, JsonElement>? Attributes { get; set; }

    /// <summary>The root's child nodes (JSON form).</summary>
    public IReadOnlyList<RichTextNode>? Elements { get; set; }

    /// <summary>Whether the value came in the JSON form.</summary>
    public bool IsJson => Tag is not null;

    /// <summary>
    /// The HTML to render: the markup as the CMS sanitised it, or the JSON tree written out as HTML with every text
    /// and attribute encoded. Block placeholders (<c>umb-rte-block</c>) are left out.
    /// </summary>
    /// <returns>HTML.</returns>
    public string ToHtml()
    {
        if (!IsJson)
        {
            return Markup ?? string.Empty;
        }

        var html = new StringBuilder();
        foreach (var node in Elements ?? [])
        {
            node.WriteHtml(html);
        }

        return html.ToString();
    }

    /// <summary>The plain text: tags stripped, for word counts and summaries.</summary>
    /// <returns>The text.</returns>
    public string ToPlainText()
    {
        if (IsJson)
        {
            var text = new StringBuilder();
            foreach (var node in Elements ?? [])
            {
                node.WriteText(text);
            }

            return text.ToString().Trim();
        }

        var markup = Markup ?? string.Empty;
        var plain = new StringBuilder(markup.Length);
        var inTag = false;
        foreach (var c in markup)
        {
            if (c == '<')
            {
                inTag = true;
                plain.Append(' ');
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                plain.Append(c);
            }
        }

        return System.Net.WebUtility.HtmlDecode(plain.ToString()).Trim();
    }
}

/// <summary>A node of the rich-text JSON tree: an element <c>{tag, attributes, elements}</c> or a text node <c>{tag: "#text", text}</c>.</summary>
public sealed class RichTextNode
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "br", "hr", "img", "wbr" };
    private static readonly HashSet<string> UnsafeElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "iframe", "object", "embed", "form", "input", "button", "link", "meta", "base" };

    /// <summary>The tag name, <c>#text</c> for text.</summary>
    public string Tag { get; set; } = string.Empty;

    /// <summary>The text of a text node.</summary>
    public string? Text { get; set; }

    /// <summary>The attributes; a local link's <c>route</c> is an object.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Attributes { get; set; }

    /// <summary>The child nodes.</summary>
    public IReadOnlyList<RichTextNode>? Elements { get; set; }

    internal void WriteHtml(StringBuilder html)
    {
        if (Tag == "#text")
        {
            html.Append(HtmlEncoder.Default.Encode(Text ?? string.Empty));
            return;
        }

        if (Tag.StartsWith("umb-rte-block", StringComparison.Ordinal) || !IsSafeName(Tag) || UnsafeElements.Contains(Tag))
        {
            return;
        }

        html.Append('<').Append(Tag);
        foreach (var (name, value) in Attributes ?? new Dictionary<string, JsonElement>())
        {
            var text = name == "route" && value.ValueKind == JsonValueKind.Object && value.TryGetProperty("path", out var path)
                ? path.GetString()
                : value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var attribute = name == "route" ? "href" : name;
            if (text is null || !IsSafeName(attribute) || attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                || (attribute is "href" or "src" && !IsSafeUrl(text)))
            {
                continue;
            }

            html.Append(' ').Append(attribute).Append("=\"").Append(HtmlEncoder.Default.Encode(text)).Append('"');
        }

        html.Append('>');
        if (VoidElements.Contains(Tag))
        {
            return;
        }

        foreach (var child in Elements ?? [])
        {
            child.WriteHtml(html);
        }

        html.Append("</").Append(Tag).Append('>');
    }

    internal void WriteText(StringBuilder text)
    {
        if (Tag == "#text")
        {
            text.Append(Text);
            return;
        }

        foreach (var child in Elements ?? [])
        {
            child.WriteText(text);
        }

        text.Append(' ');
    }

    private static bool IsSafeUrl(string url)
    {
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (slash >= 0 && slash < colon)
            || trimmed.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSafeName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
