using System.Text;
using Ganss.Xss;

namespace Diplomatic.Umbraco.Importing;

/// <summary>One piece of a rich-text body: HTML, or a paragraph's encoded text wrapped in <c>&lt;p&gt;</c> only when the body is joined (no second copy of every paragraph).</summary>
/// <param name="Html">The HTML, or the paragraph's encoded text: a range of the manuscript's text itself when nothing needed encoding (no copy of it per line).</param>
/// <param name="Line">The line it came from.</param>
/// <param name="IsParagraph">Whether <paramref name="Html"/> is a paragraph's encoded text.</param>
/// <param name="RightToLeft">Whether the paragraph is right to left (<c>dir="rtl"</c>).</param>
internal readonly record struct RichTextFragment(ReadOnlyMemory<char> Html, int Line, bool IsParagraph = false, bool RightToLeft = false)
{
    /// <summary>The opening tag of a paragraph fragment.</summary>
    public string Open => RightToLeft ? "<p dir=\"rtl\">" : "<p>";

    /// <summary>The closing tag of a paragraph fragment.</summary>
    public const string Close = "</p>";

    /// <summary>The fragment's length once joined.</summary>
    public int Length => IsParagraph ? Open.Length + Html.Length + Close.Length : Html.Length;
}

/// <summary>
/// Sanitises imported HTML with HtmlSanitizer (a small allow-list of tags and attributes, http/https/mailto links
/// only) and says what it removed: scripts, event handlers and <c>javascript:</c> links are errors, anything
/// else removed is a warning.
/// </summary>
internal sealed class RichText
{
    private static readonly string[] Tags =
    [
        "p", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "sub", "sup", "a", "ul", "ol", "li",
        "blockquote", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "span", "figure", "figcaption",
    ];

    private static readonly string[] Dangerous = ["script", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "frame", "frameset", "svg", "math"];

    private readonly HtmlSanitizer _sanitizer;
    private readonly List<(string What, bool IsDangerous, string Needle)> _removed = [];

    /// <summary>Creates a sanitiser (one per manuscript: it is not thread-safe to share its report).</summary>
    public RichText()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title", "dir", "lang", "colspan", "rowspan"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(),
        });
        _sanitizer.RemovingTag += (_, e) =>
        {
            var name = e.Tag.LocalName;
            var handlers = e.Tag.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => a.Name + "=").ToList();
            var what = handlers.Count > 0 ? $"<{name}> element with {string.Join(", ", handlers)}" : $"<{name}> element";
            _removed.Add((what, handlers.Count > 0 || Dangerous.Contains(name, StringComparer.OrdinalIgnoreCase), "<" + name));
        };
        _sanitizer.RemovingAttribute += (_, e) =>
        {
            var name = e.Attribute.Name;
            var value = e.Attribute.Value;
            var isScriptUrl = e.Reason == RemoveReason.NotAllowedUrlValue;
            var isHandler = name.StartsWith("on", StringComparison.OrdinalIgnoreCase);
            var what = isScriptUrl
                ? $"link to \"{Excerpt.Of(value, 40)}\" (only http, https and mailto links are allowed)"
                : $"{name}= attribute on <{e.Tag.LocalName}>";
            _removed.Add((what, isScriptUrl || isHandler, isScriptUrl ? value.Trim() : name + "="));
        };
        _sanitizer.RemovingComment += (_, e) => e.Cancel = false;
    }

    /// <summary>
    /// Sanitises an HTML body made of fragments, each with the line it came from; what was removed is reported on
    /// the line of the fragment it was in.
    /// </summary>
    /// <param name="fragments">The HTML fragments and their lines.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <param name="fallbackLine">The line used when the fragment cannot be found.</param>
    /// <returns>The sanitised HTML.</returns>
    public string Clean(IReadOnlyList<RichTextFragment> fragments, BookletDraft draft, int fallbackLine)
    {
        if (fragments.Count == 0)
        {
            return string.Empty;
        }

        var suspicious = false;
        var length = 0L;
        foreach (var fragment in fragments)
        {
            length += fragment.Length;
            suspicious |= !fragment.IsParagraph && NeedsSanitising(fragment.Html);
        }

        if (length > int.MaxValue / 2)
        {
            draft.Error(fallbackLine, "the text is too long for one article; split it");
            return string.Empty;
        }

        // One allocation of the exact size: no growing builder and no copy of it.
        var joined = string.Create((int)length, fragments, static (span, parts) =>
        {
            foreach (var part in parts)
            {
                if (part.IsParagraph)
                {
                    part.Open.CopyTo(span);
                    span = span[part.Open.Length..];
                }

                part.Html.Span.CopyTo(span);
                span = span[part.Html.Length..];
                if (part.IsParagraph)
                {
                    RichTextFragment.Close.CopyTo(span);
                    span = span[RichTextFragment.Close.Length..];
                }
            }
        });
        if (!suspicious)
        {
            // Fragments built by the readers themselves (encoded text in known tags) need no parse.
            return joined;
        }

        if (!ShapeGuards.CheckHtml(joined, draft, "the rich text", fallbackLine))
        {
            return string.Empty;
        }

        _removed.Clear();
        var clean = _sanitizer.Sanitize(joined);
        foreach (var group in _removed.GroupBy(r => r))
        {
            var (what, isDangerous, needle) = group.Key;
            var times = group.Count() > 1 ? $" ({group.Count():N0} times)" : string.Empty;
            var line = fallbackLine;
            foreach (var (html, fragmentLine, _, _) in fragments)
            {
                if (html.Span.Contains(needle, StringComparison.OrdinalIgnoreCase))
                {
                    line = fragmentLine;
                    break;
                }
            }

            if (isDangerous)
            {
                draft.Error(line, $"removed an unsafe {what}{times}: manuscripts may not carry scripts, event handlers or script links; remove it from the manuscript");
            }
            else
            {
                draft.Warning(line, $"removed {what}{times}: it is not allowed in rich text");
            }
        }

        return clean;
    }

    /// <summary>Sanitises a single fragment.</summary>
    /// <param name="html">The HTML.</param>
    /// <param name="line">Its line.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <returns>The sanitised HTML.</returns>
    public string Clean(string html, int line, BookletDraft draft) => Clean([new RichTextFragment(html.AsMemory(), line)], draft, line);

    /// <summary>Encodes text for HTML content.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string Encode(string text)
    {
        // Only the characters HTML needs escaped: letters of every script (ö, ə, Urdu) stay as they are.
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => c.ToString() });
        }

        return builder.ToString();
    }

    /// <summary>Whether a fragment holds anything but plain paragraphs the readers generated.</summary>
    private static bool NeedsSanitising(ReadOnlyMemory<char> html)
    {
        // Readers encode text; raw markup, attributes other than dir, and links need the sanitiser.
        var span = html.Span;
        var i = 0;
        while ((i = span.IndexOf('<')) >= 0)
        {
            span = span[(i + 1)..];
            var end = span.IndexOf('>');
            if (end < 0)
            {
                return true;
            }

            var tag = span[..end];
            if (tag.Length > 0 && tag[0] == '/')
            {
                tag = tag[1..];
            }

            var space = tag.IndexOf(' ');
            var name = space < 0 ? tag : tag[..space];
            var rest = space < 0 ? [] : tag[(space + 1)..];
            if (!IsPlainTag(name) || (rest.Length > 0 && !rest.SequenceEqual("dir=\"rtl\"") && !rest.SequenceEqual("/")))
            {
                return true;
            }

            span = span[(end + 1)..];
        }

        return false;
    }

    private static bool IsPlainTag(ReadOnlySpan<char> name) =>
        name is "p" or "h2" or "h3" or "h4" or "strong" or "em" or "ul" or "ol" or "li" or "br" or "br /" or "blockquote" or "table" or "tr" or "td" or "th" or "tbody" or "thead";

}
