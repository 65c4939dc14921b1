using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Diplomatic.Umbraco.Importing.Word;

/// <summary>
/// Turns a Word body's blocks (paragraphs and tables, handed over one at a time in document order) into the
/// draft: Title style → booklet title, Heading 1 → article, Heading 2/3 → headings in the body, bold, italic,
/// links and lists → rich text; a table or block headed "Fact box" → a fact box, a table headed "Events" or
/// "Timeline" → events. Lines in problems are paragraph numbers (tables count as one).
/// </summary>
internal sealed class WordBodyWalker
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["headline"] = "headline", ["statement"] = "statement", ["figure"] = "figure", ["unit"] = "unit", ["asof"] = "asOf",
        ["source"] = "source", ["link"] = "link", ["sourcelink"] = "link", ["countries"] = "countries", ["quote"] = "quote",
        ["title"] = "title", ["event"] = "title", ["date"] = "date", ["enddate"] = "endDate", ["type"] = "type", ["eventtype"] = "type",
        ["location"] = "location", ["host"] = "host", ["hostcountry"] = "host", ["participants"] = "participants", ["summary"] = "summary",
    };

    private readonly MainDocumentPart _main;
    private readonly Dictionary<string, string> _styles;
    private readonly DraftBuilder _builder;
    private readonly List<(string Html, bool Ordered)> _list = [];
    private int _number;
    private int _listLine;
    private Dictionary<string, ManuscriptField>? _factBlock;
    private int _factLine;

    /// <summary>Creates the walker for a document's main part.</summary>
    /// <param name="main">The main part: its styles, numbering and hyperlink relationships.</param>
    /// <param name="draft">The draft being read.</param>
    public WordBodyWalker(MainDocumentPart main, BookletDraft draft)
    {
        _main = main;
        _styles = StyleNames(main);
        _builder = new DraftBuilder(draft);
    }

    /// <summary>Reads the next block of the body.</summary>
    /// <param name="block">A paragraph or a table (nothing else is counted).</param>
    public void Add(OpenXmlElement block)
    {
        _number++;
        if (block is Table table)
        {
            FlushList();
            FlushFactBlock();
            ReadTable(table, _number, _builder, _main);
            return;
        }

        if (block is not Paragraph paragraph)
        {
            return;
        }

        var text = PlainText(paragraph);
        var style = StyleOf(paragraph, _styles);
        if (_factBlock is not null)
        {
            var colon = text.IndexOf(':');
            if (colon > 0 && FieldNames.TryGetValue(text[..colon].Replace(" ", string.Empty, StringComparison.Ordinal), out var field))
            {
                var value = text[(colon + 1)..].Trim();
                _factBlock[field] = new ManuscriptField(field, value, ManuscriptFields.SplitList(value), _number);
                return;
            }

            FlushFactBlock();
        }

        if (text.Trim().TrimEnd(':').Equals("Fact box", StringComparison.OrdinalIgnoreCase))
        {
            FlushList();
            _factBlock = new Dictionary<string, ManuscriptField>(StringComparer.OrdinalIgnoreCase);
            _factLine = _number;
            return;
        }

        var isListItem = paragraph.ParagraphProperties?.NumberingProperties is not null || style.StartsWith("list", StringComparison.Ordinal);
        if (!isListItem)
        {
            FlushList();
        }

        switch (style)
        {
            case "title":
                _builder.Draft.Title = text.Trim();
                return;
            case "subtitle":
                _builder.Draft.Subtitle = text.Trim();
                return;
            case "heading1":
                _builder.StartArticle(text, _number);
                return;
        }

        if (text.Trim().Length == 0)
        {
            return;
        }

        if (_builder.TryMeta(text, _number))
        {
            return;
        }

        var inner = InlineHtml(paragraph, _main);
        if (isListItem)
        {
            if (_list.Count == 0)
            {
                _listLine = _number;
            }

            _list.Add((DraftBuilder.Element("li", inner, text), style.Contains("number", StringComparison.Ordinal) || IsNumbered(paragraph, _main)));
            return;
        }

        var tag = style switch { "heading2" => "h2", "heading3" => "h3", "heading4" => "h4", "quote" or "intensequote" => "blockquote", _ => "p" };
        var rightToLeft = paragraph.ParagraphProperties?.BiDi is { } bidi && (bidi.Val is null || bidi.Val.Value);
        _builder.AddHtml(rightToLeft ? $"<{tag} dir=\"rtl\">{inner}</{tag}>" : DraftBuilder.Element(tag, inner, text), _number);
    }

    /// <summary>Closes the last list and fact box, takes the title and author from the core properties when the text gave none, and finishes the draft.</summary>
    /// <param name="coreTitle">The title in the package's core properties.</param>
    /// <param name="coreCreator">The creator in the package's core properties.</param>
    /// <returns>The draft.</returns>
    public BookletDraft Finish(string? coreTitle, string? coreCreator)
    {
        FlushList();
        FlushFactBlock();

        var draft = _builder.Draft;
        if (string.IsNullOrWhiteSpace(draft.Title) && !string.IsNullOrWhiteSpace(coreTitle))
        {
            draft.Title = coreTitle.Trim();
        }

        var result = _builder.Finish();
        if (!string.IsNullOrWhiteSpace(coreCreator))
        {
            foreach (var article in result.Articles.Where(a => a.Authors.Count == 0))
            {
                article.Authors.Add(result.Author(coreCreator.Trim()).Name);
            }
        }

        return result;
    }

    private void FlushList()
    {
        if (_list.Count == 0)
        {
            return;
        }

        var tag = _list[0].Ordered ? "ol" : "ul";
        _builder.AddHtml($"<{tag}>{string.Concat(_list.Select(i => i.Html))}</{tag}>", _listLine);
        _list.Clear();
    }

    private void FlushFactBlock()
    {
        if (_factBlock is not null)
        {
            _builder.AddFactBox(_factBlock, _factLine);
            _factBlock = null;
        }
    }

    /// <summary>Whether a list paragraph's numbering is a numbered (not bulleted) format.</summary>
    private static bool IsNumbered(Paragraph paragraph, MainDocumentPart main)
    {
        var numbering = paragraph.ParagraphProperties?.NumberingProperties;
        var definitions = main.NumberingDefinitionsPart?.Numbering;
        if (numbering?.NumberingId?.Val?.Value is not { } numberId || definitions is null)
        {
            return false;
        }

        var level = numbering.NumberingLevelReference?.Val?.Value ?? 0;
        var abstractId = definitions.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId)?.AbstractNumId?.Val?.Value;
        var format = definitions.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
            .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val?.Value;
        return format is not null && format != NumberFormatValues.Bullet && format != NumberFormatValues.None;
    }

    private static void ReadTable(Table table, int number, DraftBuilder builder, MainDocumentPart main)
    {
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => CellText(c)).ToList()).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var caption = rows[0].Count > 0 ? rows[0][0].Trim().TrimEnd(':') : string.Empty;
        if (caption.Equals("Fact box", StringComparison.OrdinalIgnoreCase))
        {
            var fields = new Dictionary<string, ManuscriptField>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows.Skip(1).Where(r => r.Count >= 2))
            {
                var name = FieldNames.TryGetValue(row[0].Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd(':'), out var known) ? known : row[0].Trim();
                fields[name] = new ManuscriptField(name, row[1].Trim(), ManuscriptFields.SplitList(row[1]), number);
            }

            builder.AddFactBox(fields, number);
            return;
        }

        if (caption.Equals("Events", StringComparison.OrdinalIgnoreCase) || caption.Equals("Timeline", StringComparison.OrdinalIgnoreCase))
        {
            if (rows.Count < 2)
            {
                builder.Draft.Error(number, $"the {caption} table has no header row (Date, Title, Type, …)");
                return;
            }

            var headers = rows[1].Select(h => FieldNames.TryGetValue(h.Replace(" ", string.Empty, StringComparison.Ordinal), out var known) ? known : h.Trim()).ToList();
            foreach (var row in rows.Skip(2))
            {
                var fields = new Dictionary<string, ManuscriptField>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < Math.Min(headers.Count, row.Count); i++)
                {
                    fields[headers[i]] = new ManuscriptField(headers[i], row[i].Trim(), ManuscriptFields.SplitList(row[i]), number);
                }

                if (fields.Values.Any(f => f.Value.Length > 0))
                {
                    builder.AddEvent(fields, number);
                }
            }

            return;
        }

        var html = new StringBuilder("<table><tbody>");
        foreach (var row in table.Elements<TableRow>())
        {
            html.Append("<tr>");
            foreach (var cell in row.Elements<TableCell>())
            {
                html.Append("<td>").AppendJoin(string.Empty, cell.Elements<Paragraph>().Select(p => InlineHtml(p, main))).Append("</td>");
            }

            html.Append("</tr>");
        }

        builder.AddHtml(html.Append("</tbody></table>").ToString(), number);
    }

    private static string CellText(TableCell cell) => string.Join("\n", cell.Elements<Paragraph>().Select(PlainText));

    private static Dictionary<string, string> StyleNames(MainDocumentPart main)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                names[id] = Normalise(style.StyleName?.Val?.Value ?? id);
            }
        }

        return names;
    }

    private static string StyleOf(Paragraph paragraph, Dictionary<string, string> styles)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return id is null ? string.Empty : styles.TryGetValue(id, out var name) ? name : Normalise(id);
    }

    private static string Normalise(string name) => name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    private static string PlainText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append(' ');
                    break;
                case Break:
                    builder.Append(' ');
                    break;
            }
        }

        return builder.ToString();
    }

    private static string InlineHtml(Paragraph paragraph, MainDocumentPart main)
    {
        var html = new StringBuilder();
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    AppendRun(run, html);
                    break;
                case Hyperlink link:
                    var inner = new StringBuilder();
                    foreach (var run in link.Elements<Run>())
                    {
                        AppendRun(run, inner);
                    }

                    var target = link.Id?.Value is { } id ? main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri.OriginalString : null;
                    html.Append(target is null ? inner.ToString() : $"<a href=\"{RichText.Encode(target)}\">{inner}</a>");
                    break;
                case SimpleField or InsertedRun:
                    foreach (var run in child.Elements<Run>())
                    {
                        AppendRun(run, html);
                    }

                    break;
            }
        }

        return html.ToString();
    }

    private static void AppendRun(Run run, StringBuilder html)
    {
        var text = new StringBuilder();
        foreach (var element in run.ChildElements)
        {
            switch (element)
            {
                case Text t:
                    text.Append(RichText.Encode(t.Text));
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break:
                    text.Append("<br>");
                    break;
            }
        }

        if (text.Length == 0)
        {
            return;
        }

        var properties = run.RunProperties;
        var bold = properties?.Bold is { } b && (b.Val is null || b.Val.Value);
        var italic = properties?.Italic is { } i && (i.Val is null || i.Val.Value);
        html.Append(bold ? "<strong>" : string.Empty).Append(italic ? "<em>" : string.Empty).Append(text)
            .Append(italic ? "</em>" : string.Empty).Append(bold ? "</strong>" : string.Empty);
    }
}
