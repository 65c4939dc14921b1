using System.Globalization;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.Print;
using Diplomatic.Umbraco.Tests.Delivery;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.Tests.Print;

/// <summary>The first booklet's print edition, read back with poppler-utils and PDFsharp.</summary>
public sealed partial class BookletPdfTests : IClassFixture<PrintedBooklets>
{
    private readonly PrintedBooklets _printed;

    public BookletPdfTests(PrintedBooklets printed) => _printed = printed;

    private static string Standfirst => FirstBooklet.Value(FirstBooklet.Article, P.Article.Standfirst)!;

    [SkippableFact]
    public void The_cli_prints_the_english_edition_from_the_two_booklet_requests_in_a_sane_number_of_a4_pages()
    {
        PrintTools.Require();
        Assert.True(_printed.CliExit == 0, _printed.CliError);
        Assert.Empty(_printed.CliError);
        Assert.Equal(2, _printed.CliRequests.Count); // the booklet page's two requests, nothing else
        Assert.Empty(_printed.Api.Unexpected);

        var pages = PageCount(_printed.EnglishPdf);
        Assert.InRange(pages, 6, 40);
        Assert.Matches($"^Wrote .+booklet-en-US-a4.pdf: \"Azerbaijan-Pakistan Relations\", {pages} pages \\(A4, en-US\\), \\d+ KiB.", _printed.CliOutput);
        var info = PrintTools.Run("pdfinfo", [_printed.EnglishPdf]);
        Assert.Matches(@"Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)", info);
        Assert.False(File.Exists(_printed.EnglishPdf + ".partial"));
    }

    [SkippableFact]
    public void The_text_holds_the_title_every_article_every_fact_box_headline_and_every_event_in_order()
    {
        PrintTools.Require();
        var text = Flatten(PrintTools.Text(_printed.EnglishPdf));

        var expected = new List<string> { FirstBooklet.Name(FirstBooklet.Booklet) };
        // The article's title as its chapter opens: followed by its standfirst (the running header repeats the title alone).
        expected.Add(FirstBooklet.Name(FirstBooklet.Article) + " " + Flatten(Standfirst));
        expected.AddRange(FirstBooklet.ArticleFactBoxNames.Select(name => FirstBooklet.Value(FirstBooklet.FactBoxes.Single(f => FirstBooklet.Name(f) == name), P.FactBox.Headline)!));
        expected.AddRange(FirstBooklet.EventsByDate.Select(FirstBooklet.Name));
        Assert.Equal(FirstBooklet.FactBoxes.Count, FirstBooklet.ArticleFactBoxNames.Count); // every fact box is with the article that picks it

        var at = 0;
        foreach (var item in expected)
        {
            var found = text.IndexOf(Flatten(item), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{item}' is not in the PDF after position {at}.");
            at = found + 1;
        }
    }

    [SkippableFact]
    public void The_contents_page_numbers_are_the_pages_where_the_introduction_the_article_and_the_timeline_start()
    {
        PrintTools.Require();
        var pages = PageCount(_printed.EnglishPdf);
        var contentsPage = Enumerable.Range(1, pages).First(n => PrintTools.Text(_printed.EnglishPdf, n).Contains("Contents", StringComparison.Ordinal));
        var entries = ContentsEntry().Matches(PrintTools.Text(_printed.EnglishPdf, contentsPage, layout: true))
            .ToDictionary(m => m.Groups["title"].Value.Trim(), m => int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(3, entries.Count); // introduction, the one article, the timeline (no fact box is left without an article)

        // What opens each chapter, and must not be on the page before it.
        var article = FirstBooklet.Name(FirstBooklet.Article);
        var opening = new Dictionary<string, string>
        {
            ["Introduction"] = "This special booklet has been produced",
            [entries.Keys.Single(k => k.StartsWith(article, StringComparison.Ordinal))] = Flatten(Standfirst)[..60],
            ["Timeline"] = FirstBooklet.Name(FirstBooklet.EventsByDate[0]),
        };
        Assert.Equal(opening.Keys.Order(), entries.Keys.Order());
        Assert.Equal(entries.Values.Order(), entries.Values); // in reading order
        foreach (var (title, page) in entries)
        {
            Assert.InRange(page, contentsPage + 1, pages);
            Assert.True(Flatten(PrintTools.Text(_printed.EnglishPdf, page)).Contains(opening[title], StringComparison.Ordinal), $"'{title}' is listed on page {page}, which does not open with '{opening[title]}'.");
            Assert.False(Flatten(PrintTools.Text(_printed.EnglishPdf, page - 1)).Contains(opening[title], StringComparison.Ordinal), $"'{title}' already starts before page {page}.");
        }

        // Every page after the imprint carries its number at the foot and the booklet's title at the head.
        foreach (var page in Enumerable.Range(contentsPage, pages - contentsPage + 1))
        {
            var lines = PrintTools.Text(_printed.EnglishPdf, page, layout: true).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0).ToList();
            Assert.StartsWith(FirstBooklet.Name(FirstBooklet.Booklet), lines[0]);
            Assert.Equal(page.ToString(CultureInfo.InvariantCulture), lines[^1]);
        }
    }

    [SkippableFact]
    public void The_pdf_carries_title_author_subject_keywords_language_tags_an_outline_and_the_contents_links()
    {
        PrintTools.Require();
        var info = PrintTools.Run("pdfinfo", [_printed.EnglishPdf]);
        Assert.Matches(@"(?m)^Title:\s+Azerbaijan-Pakistan Relations$", info);
        Assert.Matches(@"(?m)^Author:\s+Muhammad Asif Noor$", info);
        Assert.Matches($@"(?m)^Subject:\s+{Regex.Escape(FirstBooklet.Value(FirstBooklet.Booklet, P.Booklet.Subtitle)!)}$", info);
        Assert.Matches(@"(?m)^Keywords:\s+Azerbaijan, Pakistan, ", info);
        Assert.Matches(@"(?m)^Tagged:\s+yes$", info);

        using var document = PdfReader.Open(_printed.EnglishPdf, PdfDocumentOpenMode.Import);
        Assert.Equal("en-US", document.Internals.Catalog.Elements.GetString("/Lang"));
        Assert.True(document.Internals.Catalog.Elements.ContainsKey("/StructTreeRoot"), "Tagged: a structure tree");
        Assert.True(document.Outlines.Count > 0, "An outline (bookmarks) from the headings");
        var links = document.Pages.Cast<PdfPage>().SelectMany(p => p.Annotations.Cast<PdfSharp.Pdf.Annotations.PdfAnnotation>())
            .Count(a => a.Elements.GetName("/Subtype") == "/Link");
        Assert.True(links >= 3, $"The contents' three entries are links ({links} links in the PDF).");
    }

    [SkippableFact]
    public void The_urdu_edition_is_right_to_left_on_us_letter_in_nastaliq()
    {
        PrintTools.Require();
        var info = PrintTools.Run("pdfinfo", [_printed.UrduPdf]);
        Assert.Matches(@"Page size:\s+612 x 792 pts \(letter\)", info);
        using (var document = PdfReader.Open(_printed.UrduPdf, PdfDocumentOpenMode.Import))
        {
            Assert.Equal("ur-PK", document.Internals.Catalog.Elements.GetString("/Lang"));
        }

        Assert.Contains("NotoNastaliqUrdu", PrintTools.Run("pdffonts", [_printed.UrduPdf]), StringComparison.Ordinal);

        // Nothing is lost to the right-to-left layout (Paged.js finds overflow only to the right of a page): the
        // recorded booklet's English text is all there, every fact box and every event included.
        // (pdftotext moves the hyphen of "Urdu-Azeri" out of a right-to-left line, so words are compared without hyphens.)
        var text = WithoutHyphens(PrintTools.Text(_printed.UrduPdf));
        Assert.All(FirstBooklet.FactBoxes.Select(f => FirstBooklet.Value(f, P.FactBox.Headline)!).Concat(FirstBooklet.EventsByDate.Select(FirstBooklet.Name)), item => Assert.Contains(WithoutHyphens(item), text, StringComparison.Ordinal));

        // On the contents page the page numbers stand at the end of each line: the right in English, the left in Urdu.
        Assert.All(ContentsNumberPositions(_printed.EnglishPdf), p => Assert.True(p.XMin > p.PageWidth / 2, $"English page number at x={p.XMin}"));
        var urdu = ContentsNumberPositions(_printed.UrduPdf);
        Assert.Equal(3, urdu.Count);
        Assert.All(urdu, p => Assert.True(p.XMax < p.PageWidth / 2, $"Urdu page number at x={p.XMax} of {p.PageWidth}"));
    }

    [SkippableFact]
    public void The_cover_and_the_article_opening_are_saved_as_pngs()
    {
        PrintTools.Require();
        var cover = Path.Combine(PrintTools.ArtifactsFolder, "booklet-en-US-cover.png");
        var inside = Path.Combine(PrintTools.ArtifactsFolder, "booklet-en-US-article.png");
        var urdu = Path.Combine(PrintTools.ArtifactsFolder, "booklet-ur-PK-article.png");
        var articlePage = ArticlePage(_printed.EnglishPdf);
        PrintTools.Png(_printed.EnglishPdf, 1, cover);
        PrintTools.Png(_printed.EnglishPdf, articlePage, inside);
        PrintTools.Png(_printed.UrduPdf, ArticlePage(_printed.UrduPdf), urdu);

        foreach (var png in new[] { cover, inside, urdu })
        {
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 10_000, $"{png} is {bytes.Length} bytes");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
    }

    private static int PageCount(string pdf) =>
        int.Parse(Regex.Match(PrintTools.Run("pdfinfo", [pdf]), @"(?m)^Pages:\s+(\d+)$").Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The page where the article's standfirst is.</summary>
    private static int ArticlePage(string pdf) =>
        Enumerable.Range(1, PageCount(pdf)).First(n => Flatten(PrintTools.Text(pdf, n)).Contains(Flatten(Standfirst)[..40], StringComparison.Ordinal));

    /// <summary>The digit-only words of the contents page (the first page naming the article's author), with where they stand.</summary>
    private static List<(double XMin, double XMax, double PageWidth)> ContentsNumberPositions(string pdf)
    {
        var page = Enumerable.Range(1, PageCount(pdf)).First(n => PrintTools.Text(pdf, n).Contains("Muhammad Asif Noor", StringComparison.Ordinal));
        var html = PrintTools.Text(pdf, page, bbox: true);
        var width = double.Parse(Regex.Match(html, "<page width=\"([0-9.]+)\"").Groups[1].Value, CultureInfo.InvariantCulture);
        return [.. BoxedNumber().Matches(html)
            .Select(m => (double.Parse(m.Groups["xmin"].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups["xmax"].Value, CultureInfo.InvariantCulture), m.Groups["word"].Value))
            .Where(w => w.Item3 != page.ToString(CultureInfo.InvariantCulture)) // the page's own number, centred at the foot
            .Select(w => (w.Item1, w.Item2, width))];
    }

    /// <summary>Whitespace as single spaces, and words a line break split at a hyphen joined again.</summary>
    private static string Flatten(string text) => Spaces().Replace(text.Replace("-\n", "-", StringComparison.Ordinal), " ").Trim();

    private static string WithoutHyphens(string text) => Spaces().Replace(text.Replace('-', ' '), " ").Trim();

    [GeneratedRegex(@"(?m)^\s*(?<title>\S.*?)\s{2,}(?<page>\d+)\s*$")]
    private static partial Regex ContentsEntry();

    [GeneratedRegex("<word xMin=\"(?<xmin>[0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"(?<xmax>[0-9.]+)\" yMax=\"[0-9.]+\">(?<word>\\d+)</word>")]
    private static partial Regex BoxedNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
