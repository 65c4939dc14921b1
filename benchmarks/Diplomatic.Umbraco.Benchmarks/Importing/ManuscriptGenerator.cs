using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Diplomatic.Umbraco.Benchmarks.Importing;

/// <summary>
/// A 200-page booklet: 40 articles of about 2,000 words (80,000 words), 100 fact boxes and 100 events, in the
/// canonical Markdown, as pasted plain text and as a Word file.
/// </summary>
internal static class ManuscriptGenerator
{
    public const int Articles = 40;
    public const int WordsPerArticle = 2000;
    public const int FactBoxes = 100;
    public const int Events = 100;

    private static readonly string[] Sentences =
    [
        "Pakistan and Azerbaijan over the decades have made substantial headways in terms of developing new avenues of cooperation.",
        "Joint cooperation at the level of the Chamber of Commerce is on the rise including regular contacts of trade and economic commissions.",
        "Both sides are working on developing mechanisms for improving ties in the energy field also.",
        "The first-ever Urdu-Azeri phrasebook has also been published by the bright faculty members of the Urdu department.",
        "Azerbaijan is a beautiful mix of east and west and a reflection of unity in diversity.",
    ];

    private static IEnumerable<string> Paragraphs(int article)
    {
        var words = 0;
        var i = article;
        while (words < WordsPerArticle)
        {
            var paragraph = new StringBuilder();
            for (var s = 0; s < 5; s++)
            {
                var sentence = Sentences[i++ % Sentences.Length];
                paragraph.Append(sentence).Append(' ');
                words += sentence.Count(c => c == ' ') + 1;
            }

            yield return paragraph.ToString().TrimEnd();
        }
    }

    public static string Markdown(int articles = Articles)
    {
        var text = new StringBuilder("---\ntitle: A 200-page booklet\ncountries: [Azerbaijan, Pakistan]\npublishers: [The Diplomatic Insight]\n---\n\n");
        for (var a = 0; a < articles; a++)
        {
            text.Append(CultureInfo.InvariantCulture, $"# Article {a + 1}\n\nAuthor: Author {a % 7}\n\nStandfirst: Lead {a}.\n\n");
            var p = 0;
            foreach (var paragraph in Paragraphs(a))
            {
                text.Append(paragraph).Append("\n\n");
                if (p++ % 8 == 3)
                {
                    text.Append("## A section\n\n*Emphasis* and **strong** with [a link](https://example.org/").Append(p).Append(").\n\n");
                }
            }

            for (var f = a * FactBoxes / articles; f < (a + 1) * FactBoxes / articles; f++)
            {
                text.Append(CultureInfo.InvariantCulture, $"```factbox\nheadline: Fact {f}\nstatement: Statement {f}.\nfigure: {f}.5\nunit: USD million\nsource: The Diplomatic Insight\n```\n\n");
            }

            for (var e = a * Events / articles; e < (a + 1) * Events / articles; e++)
            {
                text.Append(CultureInfo.InvariantCulture, $"```event\ntitle: Event {e}\ndate: {1992 + (e % 30)}-{1 + (e % 12):00}\ntype: State visit\nhost: Azerbaijan\nparticipants: [A, B]\n```\n\n");
            }
        }

        return text.ToString();
    }

    public static string PlainText(int articles = Articles)
    {
        var text = new StringBuilder("HomeNewsDiplomatic NewsA 200-page booklet\n\nA 200-page booklet\n\n\nMuhammad Asif Noor \n\n");
        for (var a = 0; a < articles; a++)
        {
            foreach (var paragraph in Paragraphs(a))
            {
                text.Append(paragraph).Append("\n\n");
            }
        }

        return text.Append("The Diplomatic Insight is a digital and print magazine focusing on diplomacy, defense, and development since 2009.\n\nFollow us\n\n\nMost Popular\n").ToString();
    }

    public static byte[] Word(int articles = Articles)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                Style("Title", "Title"), Style("Heading1", "heading 1"), Style("Heading2", "heading 2"));
            var body = new Body();
            body.Append(Paragraph("Title", "A 200-page booklet"));
            for (var a = 0; a < articles; a++)
            {
                body.Append(Paragraph("Heading1", $"Article {a + 1}"));
                body.Append(Paragraph(null, $"Author: Author {a % 7}"));
                foreach (var paragraph in Paragraphs(a))
                {
                    body.Append(new Paragraph(new Run(new Text(paragraph)), new Run(new RunProperties(new Bold()), new Text(" Bold."))));
                }

                for (var f = a * FactBoxes / articles; f < (a + 1) * FactBoxes / articles; f++)
                {
                    body.Append(Table(["Fact box"], ["Headline", $"Fact {f}"], ["Statement", $"Statement {f}."], ["Figure", $"{f}.5"], ["Unit", "USD million"]));
                }

                var rows = new List<string[]> { new[] { "Events" }, new[] { "Date", "Title", "Type", "Host" } };
                for (var e = a * Events / articles; e < (a + 1) * Events / articles; e++)
                {
                    rows.Add([$"{1992 + (e % 30)}-{1 + (e % 12):00}", $"Event {e}", "State visit", "Azerbaijan"]);
                }

                body.Append(Table([.. rows]));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph(new Run(new Text(text)));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    private static Table Table(params string[][] rows) => new(rows.Select(r => new TableRow(r.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))))));

    private static Style Style(string id, string name) => new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
}
