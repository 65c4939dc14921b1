using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Delivery.Pages;

namespace Diplomatic.Umbraco.Print;

/// <summary>Which edition of a booklet to print: its culture, its paper, and where its media live.</summary>
/// <param name="Culture">The culture the booklet was fetched in, e.g. <c>en-US</c> or <c>ur-PK</c>.</param>
/// <param name="Paper">The paper size.</param>
/// <param name="MediaBase">The CMS's base address: media URLs the API printed relative are made absolute against it.</param>
public sealed record PrintEdition(string Culture, PaperSize Paper = PaperSize.A4, Uri? MediaBase = null)
{
    private static readonly string[] RightToLeftLanguages = ["ar", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"];

    /// <summary>Whether the edition's language is written right to left (Urdu, Arabic, Persian…).</summary>
    public bool IsRightToLeft => RightToLeftLanguages.Contains(Culture.Split('-')[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>The culture for dates and numbers (invariant where the host has no such culture).</summary>
    public CultureInfo CultureInfo
    {
        get
        {
            try
            {
                return CultureInfo.GetCultureInfo(Culture);
            }
            catch (CultureNotFoundException)
            {
                return CultureInfo.InvariantCulture;
            }
        }
    }

    /// <summary>A media URL made absolute against <see cref="MediaBase"/> when the API printed it relative.</summary>
    /// <param name="url">The URL from the API.</param>
    /// <returns>The URL to load.</returns>
    public string MediaUrl(string url) =>
        MediaBase is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? new Uri(MediaBase, url).ToString() : url;
}

/// <summary>
/// Writes a booklet's print view: one HTML document laid out by CSS paged media, with Paged.js
/// (<see cref="PagedJs.ScriptPath"/>) for the contents' page numbers and the running headers. Everything from the API
/// is HTML-encoded except rich text, which is written as the CMS sanitised it (as on the magazine's pages).
/// </summary>
public static class BookletPrintView
{
    /// <summary>The attribute Paged.js sets on the root element when the pages are laid out (the printer waits for it).</summary>
    public const string ReadyAttribute = "data-paged";

    /// <summary>Body text in Latin script (Azerbaijani's ə, ğ, ı, ş included): Debian's fonts-noto-core.</summary>
    private const string LatinFonts = "\"Noto Serif\", \"DejaVu Serif\", Georgia, serif";

    private const string HeadingFonts = "\"Noto Sans\", \"DejaVu Sans\", Arial, sans-serif";

    /// <summary>Urdu in Nastaliq (fonts-noto-extra), Naskh after it, Latin for the English words in between.</summary>
    private const string UrduFonts = "\"Noto Nastaliq Urdu\", \"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"Noto Serif\", serif";

    /// <summary>Writes the print view.</summary>
    /// <param name="page">The booklet with its parts, from <c>IDiplomaticDeliveryClient.GetBookletAsync</c>.</param>
    /// <param name="edition">The edition.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(BookletPage page, PrintEdition edition)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(edition);
        var booklet = page.Booklet;
        var p = booklet.Properties;
        var culture = edition.CultureInfo;
        var words = PrintLabels.For(edition.Culture);
        var metadata = Metadata(page, edition);

        // Fact boxes go with the article that picks them; those no article picks get a chapter of their own.
        var picked = page.Articles.SelectMany(a => a.Properties.FactBoxes ?? []).Select(f => f.Id).ToHashSet();
        var unpicked = page.FactBoxes.Where(f => !picked.Contains(f.Id)).ToList();

        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"").Append(Encode(edition.Culture)).Append("\" dir=\"").Append(edition.IsRightToLeft ? "rtl" : "ltr")
            .Append("\"><head><meta charset=\"utf-8\"><title>").Append(Encode(metadata.Title)).Append("</title>");
        Meta(html, "author", metadata.Author);
        Meta(html, "description", metadata.Subject);
        Meta(html, "keywords", metadata.Keywords);
        html.Append("<style>").Append(Styles(edition)).Append("</style>")
            .Append("<script>window.PagedConfig={auto:true,after:function(){document.documentElement.setAttribute('").Append(ReadyAttribute).Append("','done');}};</script>")
            .Append("<script src=\"").Append(PagedJs.ScriptPath).Append("\"></script></head><body>");

        // The cover.
        html.Append("<section class=\"cover\"").Append(Language(booklet, edition)).Append('>');
        var cover = p.CoverImage?.FirstOrDefault();
        if (cover is not null)
        {
            html.Append("<img class=\"cover-image\" src=\"").Append(Encode(edition.MediaUrl(cover.Url))).Append("\" alt=\"").Append(Encode(cover.Name)).Append('"');
            if (cover is { Width: > 0, Height: > 0 })
            {
                html.Append(" width=\"").Append(cover.Width.Value.ToString(CultureInfo.InvariantCulture)).Append("\" height=\"").Append(cover.Height.Value.ToString(CultureInfo.InvariantCulture)).Append('"');
            }

            html.Append('>');
        }

        html.Append("<h1 class=\"booklet-title\">").Append(Encode(booklet.Name)).Append("</h1>");
        Optional(html, "p", "subtitle", p.Subtitle);
        Optional(html, "p", "occasion", p.Occasion);
        if (p.Publishers is { Count: > 0 })
        {
            html.Append("<p class=\"publishers\">").Append(Encode(string.Join(" · ", p.Publishers))).Append("</p>");
        }

        html.Append("</section>");

        // The imprint, on the back of the cover.
        html.Append("<section class=\"imprint\"><h2 class=\"imprint-title\">").Append(Encode(booklet.Name)).Append("</h2>");
        Optional(html, "p", "imprint-subtitle", p.Subtitle);
        if (p.Publishers is { Count: > 0 })
        {
            html.Append("<p>").Append(Encode(words.PublishedBy)).Append(' ').Append(Encode(string.Join(words.And, p.Publishers))).Append("</p>");
        }

        if (p.PublishDate is { } published)
        {
            html.Append("<p>").Append(Encode(words.Published)).Append(" <time datetime=\"").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
                .Append(Encode(published.ToString("d MMMM yyyy", culture))).Append("</time></p>");
        }

        if (!string.IsNullOrWhiteSpace(p.Isbn))
        {
            html.Append("<p class=\"isbn\">ISBN ").Append(Encode(p.Isbn)).Append("</p>");
        }

        html.Append("<p class=\"copyright\">").Append(Encode(CopyrightLine(booklet, words))).Append("</p></section>");

        // The contents: Paged.js writes each entry's page number (target-counter of the link).
        html.Append("<nav class=\"contents\" aria-labelledby=\"contents-title\"><h2 id=\"contents-title\">").Append(Encode(words.Contents)).Append("</h2><ol>");
        if (p.Introduction is not null)
        {
            ContentsEntry(html, "introduction", words.Introduction, null);
        }

        foreach (var article in page.Articles)
        {
            ContentsEntry(html, ArticleAnchor(article), article.Name, Authors(article.Properties.Authors));
        }

        if (unpicked.Count > 0)
        {
            ContentsEntry(html, "facts", words.Facts, null);
        }

        if (page.Timeline.Count > 0)
        {
            ContentsEntry(html, "timeline", words.Timeline, null);
        }

        html.Append("</ol></nav>");

        if (p.Introduction is not null)
        {
            html.Append("<section id=\"introduction\" class=\"chapter introduction\"><h2 class=\"chapter-title\">").Append(Encode(words.Introduction)).Append("</h2>")
                .Append("<div class=\"introduction-text\"").Append(Language(booklet, edition)).Append('>').Append(p.Introduction.ToHtml()).Append("</div></section>");
        }

        foreach (var article in page.Articles)
        {
            Article(html, article, edition, words);
        }

        if (unpicked.Count > 0)
        {
            html.Append("<section id=\"facts\" class=\"chapter facts\"><h2 class=\"chapter-title\">").Append(Encode(words.Facts)).Append("</h2>");
            foreach (var factBox in unpicked)
            {
                FactBox(html, factBox, edition, words, string.Empty);
            }

            html.Append("</section>");
        }

        if (page.Timeline.Count > 0)
        {
            html.Append("<section id=\"timeline\" class=\"chapter timeline-chapter\"><h2 class=\"chapter-title\">").Append(Encode(words.Timeline)).Append("</h2>");
            Timeline(html, page.Timeline, edition);
            html.Append("</section>");
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>The PDF's document information: title, author (the booklet's authors, else its publishers), subject, keywords, language.</summary>
    /// <param name="page">The booklet page.</param>
    /// <param name="edition">The edition.</param>
    /// <returns>The metadata.</returns>
    public static PdfMetadata Metadata(BookletPage page, PrintEdition edition)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(edition);
        var p = page.Booklet.Properties;
        var author = Authors(p.Authors) ?? (p.Publishers is { Count: > 0 } ? string.Join(", ", p.Publishers) : null);
        var subject = FirstText(p.Subtitle, p.MetaDescription, p.Occasion);
        var keywords = (p.Countries ?? []).Concat(p.Topics ?? []).ToList();
        return new PdfMetadata(page.Booklet.Name, author, subject, keywords.Count > 0 ? string.Join(", ", keywords) : null, edition.Culture);
    }

    /// <summary>The id of an article's chapter, the contents' link target.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The id.</returns>
    public static string ArticleAnchor(Article article) => "article-" + article.Id.ToString("N", CultureInfo.InvariantCulture);

    private static string CopyrightLine(Booklet booklet, PrintLabels words)
    {
        var p = booklet.Properties;
        var year = (p.PublishDate ?? booklet.CreateDate).Year.ToString(CultureInfo.InvariantCulture);
        var holders = p.Publishers is { Count: > 0 } ? string.Join(words.And, p.Publishers) : Authors(p.Authors);
        return holders is null ? $"© {year}. {words.AllRightsReserved}" : $"© {year} {holders}. {words.AllRightsReserved}";
    }

    private static void ContentsEntry(StringBuilder html, string anchor, string title, string? byline)
    {
        html.Append("<li><a class=\"contents-entry\" href=\"#").Append(Encode(anchor)).Append("\"><span class=\"contents-title\">").Append(Encode(title)).Append("</span>");
        if (byline is not null)
        {
            html.Append(" <span class=\"contents-byline\">").Append(Encode(byline)).Append("</span>");
        }

        html.Append("</a></li>");
    }

    private static void Article(StringBuilder html, Article article, PrintEdition edition, PrintLabels words)
    {
        var p = article.Properties;
        var culture = edition.CultureInfo;
        var language = Language(article, edition);
        html.Append("<article id=\"").Append(Encode(ArticleAnchor(article))).Append("\" class=\"chapter article\"><h2 class=\"article-title\"").Append(language).Append('>').Append(Encode(article.Name)).Append("</h2>");
        Optional(html, "p", "standfirst", p.Standfirst, language);
        var byline = new List<string>();
        if (Authors(p.Authors) is { } authors)
        {
            byline.Add(Encode(words.By) + " <span class=\"author\">" + Encode(authors) + "</span>");
        }

        if (p.PublishDate is { } date)
        {
            byline.Add("<time datetime=\"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\">" + Encode(date.ToString("d MMMM yyyy", culture)) + "</time>");
        }

        if (byline.Count > 0)
        {
            html.Append("<p class=\"byline\">").Append(string.Join(" · ", byline)).Append("</p>");
        }

        html.Append("<div class=\"body\"").Append(language).Append('>').Append(p.Body?.ToHtml()).Append("</div>");
        if (p.FactBoxes is { Count: > 0 })
        {
            html.Append("<div class=\"article-facts\">");
            foreach (var factBox in p.FactBoxes)
            {
                FactBox(html, factBox, edition, words, language);
            }

            html.Append("</div>");
        }

        html.Append("</article>");
    }

    private static void FactBox(StringBuilder html, FactBox factBox, PrintEdition edition, PrintLabels words, string inherited)
    {
        var p = factBox.Properties;
        var culture = edition.CultureInfo;
        // Expanded in an article, a fact box comes without its cultures: it is in the article's language.
        html.Append("<aside class=\"fact-box\" role=\"note\"").Append(factBox.Cultures.Count > 0 ? Language(factBox, edition) : inherited).Append("><h3 class=\"fact-headline\">").Append(Encode(p.Headline ?? factBox.Name)).Append("</h3>");
        if (p.Figure is { } figure)
        {
            html.Append("<p class=\"figure\">").Append(Encode(figure.ToString("0.##", culture)));
            if (!string.IsNullOrEmpty(p.Unit))
            {
                html.Append(" <span class=\"unit\">").Append(Encode(p.Unit)).Append("</span>");
            }

            html.Append("</p>");
        }

        Optional(html, "p", "statement", p.Statement);
        var link = p.SourceLink?.FirstOrDefault();
        if (link is not null || !string.IsNullOrEmpty(p.Source))
        {
            html.Append("<p class=\"source\">").Append(Encode(words.Source)).Append(' ');
            var name = Encode(p.Source ?? link?.Title ?? link?.Href);
            // Links are kept in the PDF, but only to the web: a javascript: or data: URL never reaches the page.
            html.Append(link is not null && IsWebLink(link.Href) ? $"<a href=\"{Encode(link.Href)}\">{name}</a>" : name);
            if (p.AsOfDate is { } asOf)
            {
                html.Append(", ").Append(Encode(EventDates.FormatAsOf(asOf, culture)));
            }

            html.Append("</p>");
        }

        html.Append("</aside>");
    }

    private static void Timeline(StringBuilder html, IReadOnlyList<TimelineEntry> timeline, PrintEdition edition)
    {
        var culture = edition.CultureInfo;
        html.Append("<ol class=\"timeline\">");
        foreach (var entry in timeline)
        {
            var e = entry.Event.Properties;
            html.Append("<li class=\"timeline-event\"><time datetime=\"").Append(Encode(MachineDate(entry))).Append("\">").Append(Encode(entry.FormatDate(culture))).Append("</time>")
                .Append("<div class=\"event-text\"").Append(Language(entry.Event, edition)).Append("><strong class=\"event-name\">").Append(Encode(entry.Event.Name)).Append("</strong>");
            var where = new[] { e.EventType, e.Location }.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
            if (where.Count > 0)
            {
                html.Append(" <span class=\"event-where\">").Append(Encode(string.Join(" · ", where))).Append("</span>");
            }

            Optional(html, "p", "summary", e.Summary);
            html.Append("</div></li>");
        }

        html.Append("</ol>");
    }

    private static string Styles(PrintEdition edition)
    {
        var size = edition.Paper == PaperSize.Letter ? "letter" : "A4";
        var rtl = edition.IsRightToLeft;
        var body = rtl ? UrduFonts : LatinFonts;
        var headings = rtl ? UrduFonts : HeadingFonts;
        return new StringBuilder()
            // The page: running header (the booklet's title, and the chapter's), page number at the foot.
            .Append("@page{size:").Append(size).Append(";margin:22mm 20mm 24mm 20mm;")
            .Append(rtl ? "@top-right" : "@top-left").Append("{content:string(booklet);font:9pt ").Append(headings).Append(";color:#55606e}")
            .Append(rtl ? "@top-left" : "@top-right").Append("{content:string(chapter);font:9pt ").Append(headings).Append(";color:#55606e}")
            .Append("@bottom-center{content:counter(page);font:9pt ").Append(headings).Append(";color:#55606e}}")
            // The cover and the imprint carry neither header nor number.
            .Append("@page cover{margin:0;@top-left{content:none}@top-right{content:none}@bottom-center{content:none}}")
            .Append("@page imprint{@top-left{content:none}@top-right{content:none}@bottom-center{content:none}}")
            .Append("@page :blank{@top-left{content:none}@top-right{content:none}@bottom-center{content:none}}")
            // Paged.js looks for overflowing content only to the right of a page (its columns must run left to right),
            // so in a right-to-left edition its page boxes stay left to right and only what is inside them turns.
            .Append(rtl ? ".pagedjs_pages{direction:ltr}.pagedjs_page_content>div,.pagedjs_margin-content{direction:rtl}" : string.Empty)
            // Content in another language than the edition's keeps its own direction and type.
            .Append(rtl
                ? "[dir=ltr]{font-family:" + LatinFonts + ";line-height:1.5}h1[dir=ltr],h2[dir=ltr],[dir=ltr] h3{font-family:" + HeadingFonts + "}"
                : "[dir=rtl]{font-family:" + UrduFonts + ";line-height:2.1}")
            .Append("html{font-family:").Append(body).Append(";font-size:10.5pt;line-height:").Append(rtl ? "2.1" : "1.5").Append(";color:#1d2433}")
            .Append("body{margin:0}h1,h2,h3{font-family:").Append(headings).Append(";line-height:1.25;color:#12324f;break-after:avoid}")
            .Append("p{orphans:2;widows:2;margin:0 0 .6em}a{color:inherit;text-decoration:none}")
            .Append(".cover{page:cover;break-after:page;height:100%;box-sizing:border-box;padding:45mm 24mm 24mm;background:#12324f;color:#fff;")
            .Append("border-block-start:14mm solid #c8a24a;-webkit-print-color-adjust:exact;print-color-adjust:exact}")
            .Append(".cover h1{font-size:32pt;color:#fff;margin:0 0 10mm;string-set:booklet content(text)}")
            .Append(".cover .subtitle{font-size:15pt;margin-block-end:8mm}.cover .occasion{font-style:italic;font-size:12pt;color:#e9dcb8}")
            .Append(".cover .publishers{margin-block-start:40mm;font-family:").Append(headings).Append(";font-size:11pt;letter-spacing:.03em;color:#e9dcb8}")
            .Append(".cover-image{display:block;max-width:100%;max-height:110mm;margin:0 auto 10mm;object-fit:contain}")
            .Append(".imprint{page:imprint;break-after:page;padding-block-start:150mm;font-size:9pt;color:#445}.imprint h2{font-size:12pt;margin:0 0 2mm}")
            .Append(".contents h2,.chapter-title{font-size:20pt;margin:0 0 8mm;string-set:chapter content(text)}")
            .Append(".contents ol{list-style:none;padding:0;margin:0}.contents li{margin:0 0 3mm}")
            .Append(".contents-entry{display:flex;align-items:baseline;gap:2mm}.contents-title{font-weight:bold}.contents-byline{color:#556;font-style:italic}")
            .Append(".contents-entry::after{content:target-counter(attr(href url),page);margin-inline-start:auto;padding-inline-start:4mm;font-weight:bold}")
            .Append(".chapter{break-before:page}")
            .Append(".article-title{font-size:22pt;margin:0 0 4mm;string-set:chapter content(text)}")
            .Append(".standfirst{font-size:13pt;color:#344;margin-block-end:4mm}.byline{color:#556;font-size:9.5pt;margin-block-end:6mm}")
            .Append(".body h2{font-size:14pt;margin:6mm 0 2mm}.body h3{font-size:12pt}.body img{max-width:100%;height:auto}")
            .Append(".fact-box{break-inside:avoid;border:1.5pt solid #c8a24a;border-radius:2mm;background:#fff8e6;padding:3mm 4mm;margin:4mm 0;")
            .Append("-webkit-print-color-adjust:exact;print-color-adjust:exact}.fact-box h3{font-size:11pt;margin:0 0 1.5mm}")
            .Append(".figure{font-family:").Append(headings).Append(";font-size:18pt;font-weight:bold;color:#12324f;margin:0}.source{font-size:8.5pt;color:#665}")
            .Append(".article-facts{margin-block-start:6mm}")
            .Append(".timeline{list-style:none;padding:0;margin:0;border-inline-start:1.5pt solid #12324f}")
            .Append(".timeline-event{display:flex;gap:4mm;break-inside:avoid;padding-inline-start:4mm;margin-block-end:4mm}")
            .Append(".timeline-event time{flex:0 0 28mm;font-family:").Append(headings).Append(";font-weight:bold;color:#12324f}")
            .Append(".event-where{display:block;font-size:8.5pt;text-transform:uppercase;letter-spacing:.04em;color:#776}.summary{margin:1mm 0 0}")
            .ToString();
    }

    private static string MachineDate(TimelineEntry entry) => entry.Precision switch
    {
        DatePrecision.Year => entry.Date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => entry.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string? Authors(IReadOnlyList<Author>? authors) =>
        authors is { Count: > 0 } ? string.Join(", ", authors.Select(a => a.Name)) : null;

    private static string? FirstText(params string?[] texts) => texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));

    private static bool IsWebLink(string href) =>
        href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    private static void Meta(StringBuilder html, string name, string? content)
    {
        if (!string.IsNullOrWhiteSpace(content))
        {
            html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(Encode(content)).Append("\">");
        }
    }

    /// <summary>
    /// <c> lang=… dir=…</c> for an item the API answered in another language than the edition's (it is not translated
    /// yet: its <c>cultures</c> lack the edition's), so English inside an Urdu edition stays left to right in Latin
    /// type; nothing when it is in the edition's language or says nothing about its languages.
    /// </summary>
    private static string Language(DeliveryContent item, PrintEdition edition)
    {
        if (item.Cultures.Count == 0 || item.Cultures.Keys.Any(c => string.Equals(c, edition.Culture, StringComparison.OrdinalIgnoreCase)))
        {
            return string.Empty;
        }

        var content = new PrintEdition(item.Cultures.Keys.Order(StringComparer.Ordinal).First());
        return " lang=\"" + Encode(content.Culture) + "\" dir=\"" + (content.IsRightToLeft ? "rtl" : "ltr") + "\"";
    }

    private static void Optional(StringBuilder html, string tag, string cssClass, string? text, string attributes = "")
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            html.Append('<').Append(tag).Append(" class=\"").Append(cssClass).Append('"').Append(attributes).Append('>').Append(Encode(text)).Append("</").Append(tag).Append('>');
        }
    }
}
