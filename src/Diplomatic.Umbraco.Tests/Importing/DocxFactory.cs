using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Diplomatic.Umbraco.Tests.Importing;

/// <summary>Builds real .docx files in memory with the Open XML SDK, the way Word lays them out.</summary>
internal sealed class DocxFactory
{
    private readonly List<Func<MainDocumentPart, OpenXmlElement>> _blocks = [];

    public string? CoreTitle { get; init; }

    public string? CoreCreator { get; init; }

    public bool WithMacros { get; init; }

    public Uri? ExternalImage { get; init; }

    public DocxFactory Paragraph(string? style, params object[] runs)
    {
        _blocks.Add(main =>
        {
            var paragraph = new Paragraph();
            if (style is not null)
            {
                paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
            }

            foreach (var run in runs)
            {
                paragraph.Append(run switch
                {
                    string text => Run(text),
                    Func<MainDocumentPart, OpenXmlElement> make => make(main),
                    OpenXmlElement element => element,
                    _ => throw new ArgumentException("run"),
                });
            }

            return paragraph;
        });
        return this;
    }

    public DocxFactory Text(params object[] runs) => Paragraph(null, runs);

    public DocxFactory ListItem(string text, bool numbered = false)
    {
        _blocks.Add(_ => new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numbered ? 2 : 1 })),
            Run(text)));
        return this;
    }

    /// <summary>Word content controls (<c>w:sdt</c>) nested <paramref name="depth"/> deep, each holding a paragraph "Level n" (1 outermost) before the next.</summary>
    public DocxFactory ContentControls(int depth)
    {
        _blocks.Add(_ =>
        {
            OpenXmlElement? inner = null;
            for (var level = depth; level >= 1; level--)
            {
                var content = new SdtContentBlock(new Paragraph(Run($"Level {level}")));
                if (inner is not null)
                {
                    content.Append(inner);
                }

                inner = new SdtBlock(new SdtProperties(new SdtAlias { Val = $"control {level}" }), content);
            }

            return inner!;
        });
        return this;
    }

    public DocxFactory Table(params string[][] rows)
    {
        _blocks.Add(_ => new Table(rows.Select(r => new TableRow(r.Select(c => new TableCell(new Paragraph(Run(c))))))));
        return this;
    }

    public static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            run.RunProperties = new RunProperties();
            if (bold)
            {
                run.RunProperties.Bold = new Bold();
            }

            if (italic)
            {
                run.RunProperties.Italic = new Italic();
            }
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Func<MainDocumentPart, OpenXmlElement> Link(string text, string url) => main =>
    {
        var relationship = main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), true);
        return new Hyperlink(Run(text)) { Id = relationship.Id };
    };

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WithMacros ? WordprocessingDocumentType.MacroEnabledDocument : WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                Style("Title", "Title"), Style("Subtitle", "Subtitle"), Style("Heading1", "heading 1"), Style("Heading2", "heading 2"),
                Style("Heading3", "heading 3"), Style("ListParagraph", "List Paragraph"));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }) { LevelIndex = 0 }) { AbstractNumberId = 10 },
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }) { LevelIndex = 0 }) { AbstractNumberId = 20 },
                new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 });
            var body = new Body();
            foreach (var block in _blocks)
            {
                body.Append(block(main));
            }

            main.Document = new Document(body);
            if (CoreTitle is not null)
            {
                document.PackageProperties.Title = CoreTitle;
            }

            if (CoreCreator is not null)
            {
                document.PackageProperties.Creator = CoreCreator;
            }

            if (WithMacros)
            {
                var vba = main.AddNewPart<VbaProjectPart>();
                using var vbaStream = vba.GetStream(FileMode.Create);
                vbaStream.Write("Attribute VB_Name = \"AutoOpen\""u8);
            }

            if (ExternalImage is not null)
            {
                main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", ExternalImage);
            }
        }

        return stream.ToArray();
    }

    private static Style Style(string id, string name) => new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
}
