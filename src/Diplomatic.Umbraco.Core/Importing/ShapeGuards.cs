namespace Diplomatic.Umbraco.Importing;

/// <summary>
/// Linear pre-scans that refuse hostile shapes before the parsers see them: Markdig, AngleSharp (under
/// HtmlSanitizer and SmartReader) and their tree walks grow with the square of the nesting depth, so a few MB of
/// nested lists or <c>&lt;div&gt;</c>s would take minutes. Each scan reads the text once and keeps only counters.
/// </summary>
internal static class ShapeGuards
{
    /// <summary>How deep Markdown containers (quotes and lists) may nest.</summary>
    public const int MaxMarkdownDepth = 32;

    /// <summary>How deep the HTML inside a manuscript's rich text may nest.</summary>
    public const int MaxHtmlDepth = 256;

    /// <summary>How many HTML elements a manuscript's rich text may hold.</summary>
    public const int MaxHtmlElements = 100_000;

    /// <summary>How deep a web page's elements may nest (saved news pages stay under 60; SmartReader's work grows with elements × depth).</summary>
    public const int MaxPageDepth = 128;

    /// <summary>How many elements a web page may hold (a news article page with all its chrome has 2,000-10,000; SmartReader takes about 0.1 ms an element).</summary>
    public const int MaxPageElements = 20_000;

    /// <summary>
    /// The most ancestors summed over a web page's elements (elements × their depth): what SmartReader's scoring
    /// walks. A real page has a few hundred thousand; a page at the element cap nested near the depth cap would take seconds.
    /// </summary>
    public const long MaxPageAncestry = 2_000_000;

    /// <summary>How many paragraphs (runs of non-blank lines; in plain text each line) a manuscript may hold: a 200-page booklet has about 2,000.</summary>
    public const int MaxParagraphs = 200_000;

    /// <summary>The longest run of emphasis characters (<c>*</c>, <c>_</c>, <c>~</c>) inside a line: Markdig pairs them up at a cost that grows with the run.</summary>
    public const int MaxEmphasisRun = 3 * MaxMarkdownDepth;

    /// <summary>How many <c>|</c> a Markdown line may hold (a table row of 200 columns is not a manuscript's).</summary>
    public const int MaxTableColumns = 200;

    /// <summary>How many links (<c>[</c>) a Markdown manuscript may hold: each is an element of the rich text.</summary>
    public const int MaxLinks = MaxHtmlElements;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound", "image",
    };

    // Elements whose end tag is optional: a run of them does not nest (<p><p> is two paragraphs), so they are not counted as depth.
    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rt", "rp", "rb", "rtc",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    /// <summary>Refuses Markdown whose quotes or lists nest deeper than <see cref="MaxMarkdownDepth"/>, or whose HTML is too deep or too big.</summary>
    /// <param name="text">The Markdown.</param>
    /// <param name="draft">The draft collecting the error.</param>
    /// <returns>Whether the text may be parsed.</returns>
    public static bool CheckMarkdown(string text, BookletDraft draft)
    {
        var line = 1;
        var start = 0;
        var fenced = false;
        var paragraphs = 0;
        var headings = 0;
        var links = 0;
        var blank = true;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var span = text.AsSpan(start, end - start);
            var trimmed = span.TrimStart(' ');
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                fenced = !fenced;
            }
            else if (!fenced)
            {
                if (ContainerDepth(span) > MaxMarkdownDepth)
                {
                    draft.Error(line, $"this line opens quotes or lists nested more than {MaxMarkdownDepth} levels deep; it cannot be a real manuscript: simplify it");
                    return false;
                }

                if (LongestEmphasisRun(span) > MaxEmphasisRun)
                {
                    draft.Error(line, $"this line holds a run of more than {MaxEmphasisRun} emphasis characters (* _ ~), emphasis nested too deeply; it cannot be a real manuscript: simplify it");
                    return false;
                }

                if (span.Count('|') > MaxTableColumns)
                {
                    draft.Error(line, $"this line is a table row of more than {MaxTableColumns} columns; it cannot be a real manuscript: split the table");
                    return false;
                }

                links += span.Count('[');
                if (links > MaxLinks)
                {
                    draft.Error(line, $"the Markdown holds more than {MaxLinks:N0} links (or '[' brackets); it cannot be a real manuscript");
                    return false;
                }

                if (trimmed.StartsWith("# ") && ++headings > DraftBuilder.MaxItems)
                {
                    draft.Error(line, $"the manuscript has more than {DraftBuilder.MaxItems:N0} articles (level-1 headings); split it into several booklets");
                    return false;
                }
            }

            var isBlank = span.IsWhiteSpace();
            if (!isBlank && blank && ++paragraphs > MaxParagraphs)
            {
                draft.Error(line, $"the manuscript has more than {MaxParagraphs:N0} paragraphs; it cannot be a real booklet: split it");
                return false;
            }

            blank = isBlank;
            line++;
            start = end + 1;
        }

        return CheckHtml(text, draft, "the Markdown's HTML");
    }

    /// <summary>Refuses plain text of more than <see cref="MaxParagraphs"/> non-blank lines (each is a paragraph).</summary>
    /// <param name="text">The text.</param>
    /// <param name="draft">The draft collecting the error.</param>
    /// <returns>Whether it may be read.</returns>
    public static bool CheckPlainText(string text, BookletDraft draft)
    {
        var paragraphs = 0;
        var line = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            line++;
            if (!text.AsSpan(range).IsWhiteSpace() && ++paragraphs > MaxParagraphs)
            {
                draft.Error(line, $"the text has more than {MaxParagraphs:N0} non-blank lines (each is a paragraph); it cannot be a real booklet: split it");
                return false;
            }
        }

        return true;
    }

    private static int LongestEmphasisRun(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(" \t");
        if (trimmed.Length > 0 && trimmed.IndexOfAnyExcept(trimmed[0], ' ', '\t') < 0)
        {
            return 0; // a line of only '*' or '_' is a thematic break
        }

        int longest = 0, run = 0;
        foreach (var c in line)
        {
            run = c is '*' or '_' or '~' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>How many quote and list containers a Markdown line opens or continues: markers at its start and its indentation (a nested list item is indented at least two columns per level).</summary>
    private static int ContainerDepth(ReadOnlySpan<char> line)
    {
        var content = line.Trim(" \t");
        if (content.Length >= 3 && content.IndexOfAnyExcept(content[0], ' ', '\t') < 0 && content[0] is '-' or '*' or '_')
        {
            return 0; // "- - - - -" is a thematic break, not lists
        }

        var markers = 0;
        var column = 0;
        var indent = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                column++;
                indent++;
                i++;
            }
            else if (c == '\t')
            {
                column += 4 - (column % 4);
                indent += 4;
                i++;
            }
            else if (c == '>')
            {
                markers++;
                i++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')
            {
                markers++;
                i += 2;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < line.Length && j - i < 9 && char.IsAsciiDigit(line[j]))
                {
                    j++;
                }

                if (j + 1 < line.Length && line[j] is '.' or ')' && line[j + 1] is ' ' or '\t')
                {
                    markers++;
                    i = j + 2;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        // Indentation alone is a code block; it nests only under a list or quote marker on the line, or continues one.
        return markers == 0 ? 0 : markers + (indent / 2);
    }

    /// <summary>Refuses HTML nested deeper than <paramref name="maxDepth"/> or holding more than <paramref name="maxElements"/> elements.</summary>
    /// <param name="html">The HTML (or text holding HTML).</param>
    /// <param name="draft">The draft collecting the error.</param>
    /// <param name="what">What the HTML is, for the message.</param>
    /// <param name="line">The line to report, when the HTML's own lines are not the manuscript's.</param>
    /// <param name="maxDepth">The deepest nesting allowed.</param>
    /// <param name="maxElements">The most elements allowed.</param>
    /// <param name="maxAncestry">The most ancestors summed over the elements.</param>
    /// <returns>Whether it may be parsed.</returns>
    public static bool CheckHtml(string html, BookletDraft draft, string what, int? line = null, int maxDepth = MaxHtmlDepth, int maxElements = MaxHtmlElements, long maxAncestry = long.MaxValue)
    {
        var depth = 0;
        var ancestry = 0L;
        var elements = 0;
        var span = html.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var open = span[i..].IndexOf('<');
            if (open < 0)
            {
                break;
            }

            i += open + 1;
            if (i >= span.Length)
            {
                break;
            }

            if (span[i] == '!')
            {
                // A comment or doctype: skip to its end.
                var close = span[i..].StartsWith("!--") ? span[i..].IndexOf("-->") : span[i..].IndexOf('>');
                if (close < 0)
                {
                    break;
                }

                i += close + 1;
                continue;
            }

            var closing = span[i] == '/';
            var nameStart = closing ? i + 1 : i;
            var nameEnd = nameStart;
            while (nameEnd < span.Length && (char.IsAsciiLetterOrDigit(span[nameEnd]) || span[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(span[nameStart]) || (nameEnd < span.Length && !(char.IsWhiteSpace(span[nameEnd]) || span[nameEnd] is '>' or '/')))
            {
                continue; // "a < b", "<https://…>", "<name@example.org>": not a tag
            }

            var name = span[nameStart..nameEnd].ToString();
            var tagEnd = span[nameEnd..].IndexOf('>');
            if (tagEnd < 0)
            {
                break;
            }

            var selfClosed = tagEnd > 0 && span[nameEnd + tagEnd - 1] == '/';
            i = nameEnd + tagEnd + 1;
            if (closing)
            {
                if (!Void.Contains(name) && !SelfClosing.Contains(name) && depth > 0)
                {
                    depth--;
                }

                continue;
            }

            if (++elements > maxElements)
            {
                draft.Error(line ?? LineOf(html, i), $"{what} holds more than {maxElements:N0} elements; it cannot be a real manuscript");
                return false;
            }

            ancestry += depth;
            if (ancestry > maxAncestry)
            {
                draft.Error(line ?? LineOf(html, i), $"{what} nests too many elements too deeply ({elements:N0} elements so far, {ancestry / elements:N0} levels deep on average); it cannot be a real article page");
                return false;
            }

            if (RawText.Contains(name))
            {
                // Its content is text, not tags, up to its end tag.
                var endTag = span[i..].IndexOf(("</" + name).AsSpan(), StringComparison.OrdinalIgnoreCase);
                i = endTag < 0 ? span.Length : i + endTag;
                continue;
            }

            if (!selfClosed && !Void.Contains(name) && !SelfClosing.Contains(name) && ++depth > maxDepth)
            {
                draft.Error(line ?? LineOf(html, i), $"{what} nests elements more than {maxDepth} levels deep (<{name}> inside <{name}>…); it cannot be a real manuscript: simplify it");
                return false;
            }
        }

        return true;
    }

    private static int LineOf(string text, int offset) => 1 + text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n');
}
