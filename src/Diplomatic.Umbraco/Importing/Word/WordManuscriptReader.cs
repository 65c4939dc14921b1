using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Diplomatic.Umbraco.Importing.Word;

/// <summary>
/// Reads a Word <c>.docx</c> manuscript with the Open XML SDK: Title style → booklet title, Heading 1 → article,
/// Heading 2/3 → headings in the body, bold, italic, links and lists → rich text; a table or block headed
/// "Fact box" → a fact box, a table headed "Events" or "Timeline" → events; the core properties give the title
/// and author when the text does not. The zip is checked first (entries, uncompressed size, macros), and nothing
/// external is ever fetched. Lines in problems are paragraph numbers (tables count as one).
/// </summary>
internal sealed class WordManuscriptReader
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["headline"] = "headline", ["statement"] = "statement", ["figure"] = "figure", ["unit"] = "unit", ["asof"] = "asOf",
        ["source"] = "source", ["link"] = "link", ["sourcelink"] = "link", ["countries"] = "countries", ["quote"] = "quote",
        ["title"] = "title", ["event"] = "title", ["date"] = "date", ["enddate"] = "endDate", ["type"] = "type", ["eventtype"] = "type",
        ["location"] = "location", ["host"] = "host", ["hostcountry"] = "host", ["participants"] = "participants", ["summary"] = "summary",
    };

    private readonly ImportingOptions _options;

    /// <summary>Creates the reader.</summary>
    /// <param name="options">The importer's options (zip caps).</param>
    public WordManuscriptReader(ImportingOptions options) => _options = options;

    /// <summary>Reads a Word manuscript.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file name used in problems.</param>
    /// <returns>The draft.</returns>
    public BookletDraft Read(byte[] bytes, string file)
    {
        var draft = new BookletDraft { File = file };
        if (bytes.Length == 0)
        {
            draft.Error(0, "the file is empty");
            return draft;
        }

        if (!CheckPackage(bytes, draft))
        {
            return draft;
        }

        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = _options.MaxDocxUncompressedBytes,
            });
            return Read(document, draft);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or InvalidOperationException)
        {
            draft.Error(0, $"this is not a readable Word .docx file: {e.Message}");
            return draft;
        }
    }

    private bool CheckPackage(byte[] bytes, BookletDraft draft)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > _options.MaxDocxEntries)
            {
                draft.Error(0, $"the .docx holds {zip.Entries.Count:N0} parts, over the limit of {_options.MaxDocxEntries:N0}: refused as a possible zip bomb");
                return false;
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > _options.MaxDocxUncompressedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > 1000 && entry.Length > 1024 * 1024))
                {
                    draft.Error(0, $"the .docx unpacks to more than {_options.MaxDocxUncompressedBytes:N0} bytes (part '{entry.FullName}'): refused as a possible zip bomb");
                    return false;
                }

                if (entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) && entry.FullName.Contains("vba", StringComparison.OrdinalIgnoreCase))
                {
                    draft.Error(0, $"the document contains macros ('{entry.FullName}'): macro-enabled documents are refused; save it as a plain .docx");
                    return false;
                }
            }

            if (zip.GetEntry("word/document.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase)))
            {
                draft.Error(0, "this zip is not a Word document (it has no word/document.xml)");
                return false;
            }

            return CheckXmlParts(zip, draft);
        }
        catch (InvalidDataException)
        {
            draft.Error(0, "this is not a Word .docx file (it is not a zip package); save the manuscript as .docx, .md or .txt");
            return false;
        }
    }

    private const int MaxXmlDepth = 256;

    /// <summary>
    /// Reads every part once before the SDK builds its tree. Every part's real unpacked size is counted (a zip can
    /// lie about sizes). Every part the package declares as XML (by its content type in <c>[Content_Types].xml</c>,
    /// since the SDK finds parts by content type, not by file name) or whose name says XML is read with a
    /// streaming reader: DTDs are refused, and elements nested deeper than <see cref="MaxXmlDepth"/> are refused
    /// (the SDK builds its tree recursively and would overflow the stack).
    /// </summary>
    private bool CheckXmlParts(ZipArchive zip, BookletDraft draft)
    {
        long total = 0;
        var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        var declared = new DeclaredContentTypes();
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName == ContentTypesPart ? 0 : 1))
        {
            using var stream = new CappedStream(entry.Open(), _options.MaxDocxUncompressedBytes - total);
            try
            {
                if (entry.FullName == ContentTypesPart || declared.IsXml(entry.FullName))
                {
                    using var reader = System.Xml.XmlReader.Create(stream, settings);
                    while (reader.Read())
                    {
                        if (reader.Depth > MaxXmlDepth)
                        {
                            draft.Error(0, $"the .docx part '{entry.FullName}' nests elements more than {MaxXmlDepth} deep: refused");
                            return false;
                        }

                        if (entry.FullName == ContentTypesPart && reader.NodeType == System.Xml.XmlNodeType.Element)
                        {
                            declared.Read(reader);
                        }
                    }
                }
                else
                {
                    stream.CopyTo(Stream.Null);
                }
            }
            catch (CappedStream.LimitException)
            {
                draft.Error(0, $"the .docx unpacks to more than {_options.MaxDocxUncompressedBytes:N0} bytes (part '{entry.FullName}'): refused as a possible zip bomb");
                return false;
            }
            catch (System.Xml.XmlException e)
            {
                draft.Error(0, $"the .docx part '{entry.FullName}' is not well-formed XML{(e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) ? " (DTDs are not allowed)" : string.Empty)}: {e.Message}");
                return false;
            }

            total += stream.Count;
        }

        return true;
    }

    private const string ContentTypesPart = "[Content_Types].xml";

    /// <summary>The content types a package declares for its parts: overrides by part name, defaults by extension.</summary>
    private sealed class DeclaredContentTypes
    {
        private readonly Dictionary<string, string> _byPart = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _byExtension = new(StringComparer.OrdinalIgnoreCase);

        public void Read(System.Xml.XmlReader reader)
        {
            var type = reader.GetAttribute("ContentType");
            if (type is null)
            {
                return;
            }

            if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part)
            {
                _byPart[part.TrimStart('/')] = type;
            }
            else if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
            {
                _byExtension[extension] = type;
            }
        }

        public bool IsXml(string partName)
        {
            if (partName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || partName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var type = _byPart.GetValueOrDefault(partName) ?? _byExtension.GetValueOrDefault(Path.GetExtension(partName).TrimStart('.'));
            return type is not null && (type.EndsWith("+xml", StringComparison.OrdinalIgnoreCase) || type.EndsWith("/xml", StringComparison.OrdinalIgnoreCase));
        }
    }

    private static BookletDraft Read(WordprocessingDocument document, BookletDraft draft)
    {
        if (document.DocumentType != DocumentFormat.OpenXml.WordprocessingDocumentType.Document)
        {
            draft.Error(0, $"the document is a {document.DocumentType}, not a plain document: macro-enabled files and templates are refused");
            return draft;
        }

        foreach (var part in document.GetAllParts().Prepend<OpenXmlPartContainer>(document))
        {
            foreach (var external in part.ExternalRelationships)
            {
                draft.Error(0, $"the document refers to an external resource ({Shorten(external.Uri.ToString())}, {external.RelationshipType.Split('/')[^1]}); it was not fetched: embed it or remove the reference");
            }
        }

        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (main is null || body is null)
        {
            draft.Error(0, "the document has no body");
            return draft;
        }

        var styles = StyleNames(main);
        var builder = new DraftBuilder(draft);
        var number = 0;
        var list = new List<(string Html, bool Ordered)>();
        var listLine = 0;
        Dictionary<string, ManuscriptField>? factBlock = null;
        var factLine = 0;

        void FlushList()
        {
            if (list.Count == 0)
            {
                return;
            }

            var tag = list[0].Ordered ? "ol" : "ul";
            builder.AddHtml($"<{tag}>{string.Concat(list.Select(i => i.Html))}</{tag}>", listLine);
            list.Clear();
        }

        void FlushFactBlock()
        {
            if (factBlock is not null)
            {
                builder.AddFactBox(factBlock, factLine);
                factBlock = null;
            }
        }

        foreach (var element in Blocks(body))
        {
            number++;
            if (element is Table table)
            {
                FlushList();
                FlushFactBlock();
                ReadTable(table, number, builder, main);
                continue;
            }

            if (element is not Paragraph paragraph)
            {
                continue;
            }

            var text = PlainText(paragraph);
            var style = StyleOf(paragraph, styles);
            if (factBlock is not null)
            {
                var colon = text.IndexOf(':');
                if (colon > 0 && FieldNames.TryGetValue(text[..colon].Replace(" ", string.Empty, StringComparison.Ordinal), out var field))
                {
                    var value = text[(colon + 1)..].Trim();
                    factBlock[field] = new ManuscriptField(field, value, ManuscriptFields.SplitList(value), number);
                    continue;
                }

                FlushFactBlock();
            }

            if (text.Trim().TrimEnd(':').Equals("Fact box", StringComparison.OrdinalIgnoreCase))
            {
                FlushList();
                factBlock = new Dictionary<string, ManuscriptField>(StringComparer.OrdinalIgnoreCase);
                factLine = number;
                continue;
            }

            var isListItem = paragraph.ParagraphProperties?.NumberingProperties is not null || style.StartsWith("list", StringComparison.Ordinal);
            if (!isListItem)
            {
                FlushList();
            }

            switch (style)
            {
                case "title":
                    draft.Title = text.Trim();
                    continue;
                case "subtitle":
                    draft.Subtitle = text.Trim();
                    continue;
                case "heading1":
                    builder.StartArticle(text, number);
                    continue;
            }

            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (builder.TryMeta(text, number))
            {
                continue;
            }

            var inner = InlineHtml(paragraph, main);
            if (isListItem)
            {
                if (list.Count == 0)
                {
                    listLine = number;
                }

                list.Add((DraftBuilder.Element("li", inner, text), style.Contains("number", StringComparison.Ordinal) || IsNumbered(paragraph, main)));
                continue;
            }

            var tag = style switch { "heading2" => "h2", "heading3" => "h3", "heading4" => "h4", "quote" or "intensequote" => "blockquote", _ => "p" };
            var rightToLeft = paragraph.ParagraphProperties?.BiDi is { } bidi && (bidi.Val is null || bidi.Val.Value);
            builder.AddHtml(rightToLeft ? $"<{tag} dir=\"rtl\">{inner}</{tag}>" : DraftBuilder.Element(tag, inner, text), number);
        }

        FlushList();
        FlushFactBlock();

        var core = document.PackageProperties;
        if (string.IsNullOrWhiteSpace(draft.Title) && !string.IsNullOrWhiteSpace(core.Title))
        {
            draft.Title = core.Title.Trim();
        }

        var result = builder.Finish();
        if (!string.IsNullOrWhiteSpace(core.Creator))
        {
            foreach (var article in result.Articles.Where(a => a.Authors.Count == 0))
            {
                article.Authors.Add(result.Author(core.Creator.Trim()).Name);
            }
        }

        return result;
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

    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container, int depth = 0)
    {
        for (var child = container.FirstChild; child is not null;)
        {
            // Each block is taken out of the tree once it is read, so the tree of a long document can be collected
            // as the articles are built rather than held whole until the end (the file is opened read-only).
            var next = child.NextSibling();
            // Content controls nest; real documents go a few levels deep, a crafted one could go thousands.
            if (child is SdtBlock sdt && sdt.SdtContentBlock is { } content && depth < 16)
            {
                foreach (var inner in Blocks(content, depth + 1))
                {
                    yield return inner;
                }
            }
            else if (child is Paragraph or Table)
            {
                yield return child;
            }

            child.Remove();
            child = next;
        }
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

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    /// <summary>A read-only stream that stops with <see cref="LimitException"/> after a number of bytes.</summary>
    private sealed class CappedStream(Stream inner, long limit) : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            Count += read;
            if (Count > limit)
            {
                throw new LimitException();
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        /// <summary>The cap was reached.</summary>
        public sealed class LimitException : Exception;
    }
}
