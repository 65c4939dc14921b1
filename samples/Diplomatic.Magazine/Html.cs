using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Delivery.Pages;

namespace Diplomatic.Magazine;

/// <summary>
/// Writes the pages. Everything from the API is HTML-encoded except rich text, which is rendered as the CMS
/// sanitised it.
/// </summary>
internal static class Html
{
    private const string LatinFonts = "Georgia, \"Times New Roman\", serif";

    // Nastaliq first (how Urdu is read in print), then Naskh fallbacks every platform has.
    private const string UrduFonts = "\"Noto Nastaliq Urdu\", \"Jameel Noori Nastaleeq\", \"Alvi Nastaleeq\", \"Urdu Typesetting\", \"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"Segoe UI\", Tahoma, serif";

    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    /// <summary>A page with a heading and one sentence: errors and refusals.</summary>
    public static string Notice(PageContext view, string title, string text) =>
        Layout(view, title, $"<h1>{Encode(title)}</h1><p>{Encode(text)}</p>");

    public static string NotFound(PageContext view) => Notice(view, "Not found", "There is no such page in the magazine.");

    // One answer for a malformed, forged, misdirected or expired preview link: which it was is no one else's business.
    public static string LinkInvalid(PageContext view) =>
        Notice(view, "This preview link is invalid or has expired", "Open the preview again from the CMS.");

    public static string Home(PageContext view, Umbraco.Delivery.Models.Magazine? magazine, IReadOnlyList<Article> articles)
    {
        var body = new StringBuilder();
        body.Append("<section class=\"masthead\"><h1>").Append(Encode(magazine?.Name ?? view.Options.SiteName)).Append("</h1>");
        if (!string.IsNullOrEmpty(magazine?.Properties.Tagline))
        {
            body.Append("<p class=\"tagline\">").Append(Encode(magazine.Properties.Tagline)).Append("</p>");
        }

        body.Append("</section><h2>Latest articles</h2><ul class=\"latest\">");
        foreach (var article in articles)
        {
            body.Append("<li class=\"article-summary\">").Append(ArticleSummary(view, article)).Append("</li>");
        }

        body.Append("</ul>");
        return Layout(view, magazine?.Name ?? view.Options.SiteName, body.ToString(), magazine?.Properties);
    }

    public static string Booklet(PageContext view, BookletPage page)
    {
        var booklet = page.Booklet;
        var p = booklet.Properties;
        var body = new StringBuilder();
        body.Append("<header class=\"booklet-cover\">");
        var cover = p.CoverImage?.FirstOrDefault();
        if (cover is not null)
        {
            body.Append("<img class=\"cover\" src=\"").Append(Encode(view.MediaUrl(cover.Url))).Append("\" alt=\"").Append(Encode(cover.Name))
                .Append("\" width=\"").Append(cover.Width).Append("\" height=\"").Append(cover.Height).Append("\" loading=\"lazy\">");
        }

        body.Append("<h1 class=\"booklet-title\">").Append(Encode(booklet.Name)).Append("</h1>");
        Optional(body, "p", "subtitle", p.Subtitle);
        Optional(body, "p", "occasion", p.Occasion);
        if (p.Publishers is { Count: > 0 })
        {
            body.Append("<p class=\"publishers\">Published by ").Append(Encode(string.Join(" and ", p.Publishers))).Append("</p>");
        }

        body.Append("</header>");
        if (p.Introduction is not null)
        {
            body.Append("<section class=\"introduction\">").Append(p.Introduction.ToHtml()).Append("</section>");
        }

        body.Append("<section class=\"articles\"><h2>Articles</h2>");
        foreach (var article in page.Articles)
        {
            body.Append("<article class=\"article-summary\">").Append(ArticleSummary(view, article)).Append("</article>");
        }

        body.Append("</section><section class=\"facts\"><h2>Facts</h2><div class=\"fact-grid\">");
        foreach (var factBox in page.FactBoxes)
        {
            body.Append(FactBox(factBox, view.CultureInfo));
        }

        body.Append("</div></section><section class=\"events\"><h2>Timeline</h2>").Append(Timeline(view, page.Timeline)).Append("</section>");
        return Layout(view, booklet.Name, body.ToString(), booklet.Properties);
    }

    public static string Article(PageContext view, ArticlePage page)
    {
        var article = page.Article;
        var p = article.Properties;
        var body = new StringBuilder();
        body.Append("<article class=\"article\"><h1 class=\"article-title\">").Append(Encode(article.Name)).Append("</h1>");
        Optional(body, "p", "standfirst", p.Standfirst);
        body.Append("<p class=\"byline\">").Append(Byline(p.Authors, p.PublishDate, view.CultureInfo))
            .Append(" · <span class=\"reading-time\">").Append(page.ReadingTimeMinutes.ToString(CultureInfo.InvariantCulture)).Append(" min read</span></p>");
        body.Append("<div class=\"article-layout\"><div class=\"body\">").Append(p.Body?.ToHtml()).Append("</div>");
        if (page.FactBoxes.Count > 0)
        {
            body.Append("<div class=\"article-facts\">");
            foreach (var factBox in page.FactBoxes)
            {
                body.Append(FactBox(factBox, view.CultureInfo));
            }

            body.Append("</div>");
        }

        body.Append("</div>");
        if (page.Related.Count > 0)
        {
            body.Append("<section class=\"related\"><h2>Related</h2><ul>");
            foreach (var item in page.Related)
            {
                var href = item is Article ? view.Link("/articles" + item.Route.Path) : null;
                body.Append("<li class=\"related-item\" data-type=\"").Append(Encode(item.ContentType)).Append("\">");
                body.Append(href is null ? Encode(item.Name) : $"<a href=\"{Encode(href)}\">{Encode(item.Name)}</a>").Append("</li>");
            }

            body.Append("</ul></section>");
        }

        body.Append("</article>");
        return Layout(view, article.Name, body.ToString(), article.Properties);
    }

    public static string Events(PageContext view, DateOnly from, DateOnly to, IReadOnlyList<TimelineEntry> timeline)
    {
        var body = new StringBuilder();
        body.Append("<h1>Events</h1><p class=\"range\">")
            .Append(Encode(from.ToString("d MMMM yyyy", view.CultureInfo))).Append(" – ").Append(Encode(to.ToString("d MMMM yyyy", view.CultureInfo)))
            .Append("</p>").Append(Timeline(view, timeline));
        return Layout(view, "Events", body.ToString());
    }

    public static string Layout(PageContext view, string title, string content, ISeoProperties? seo = null)
    {
        var fonts = view.IsRightToLeft ? UrduFonts : LatinFonts;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(Encode(view.Culture)).Append("\" dir=\"").Append(view.IsRightToLeft ? "rtl" : "ltr").Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append(Head(view, title, seo))
            .Append("<style>")
            .Append("body{margin:0;font-family:").Append(fonts).Append(";line-height:").Append(view.IsRightToLeft ? "2.1" : "1.6").Append(";color:#1d2433;background:#fbfaf7}")
            .Append("header.site,footer.site{background:#12324f;color:#fff;padding:.8rem 1.5rem}header.site a,footer.site a{color:#fff;margin-inline-end:1rem}")
            .Append("main{max-width:72rem;margin:0 auto;padding:1.5rem}h1,h2,h3{line-height:1.25}.booklet-cover{border-block-end:3px solid #c8a24a;margin-block-end:1.5rem}")
            .Append(".cover{float:inline-end;max-width:12rem;height:auto;margin-inline-start:1rem}.subtitle,.standfirst{font-size:1.2rem;color:#445}")
            .Append(".fact-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}")
            .Append(".fact-box{border:2px solid #c8a24a;border-radius:.5rem;background:#fff8e6;padding:1rem;margin-block-end:1rem}.fact-box h3{margin:0 0 .4rem}.figure{font-size:1.8rem;font-weight:bold;color:#12324f}")
            .Append(".timeline{list-style:none;padding:0;border-inline-start:3px solid #12324f}.timeline-event{position:relative;padding-inline-start:1.2rem;margin-block-end:1rem}")
            .Append(".timeline-event time{display:inline-block;min-width:8rem;font-weight:bold;color:#12324f}.event-type{font-size:.8rem;text-transform:uppercase;color:#776}")
            .Append(".article-layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(14rem,1fr);gap:2rem}.byline{color:#556}")
            .Append("@media (max-width:50rem){.article-layout{grid-template-columns:1fr}}")
            .Append(view.IsPreview ? ".preview-banner{position:sticky;top:0;z-index:10;margin:0;padding:.7rem 1.5rem;background:#b3261e;color:#fff;font-weight:bold;text-align:center}" : string.Empty)
            .Append("</style></head><body>")
            .Append("<header class=\"site\"><a href=\"").Append(Encode(view.Link("/"))).Append("\"><strong>").Append(Encode(view.Options.SiteName)).Append("</strong></a>")
            .Append("<a href=\"").Append(Encode(view.Link("/events"))).Append("\">Events</a></header>")
            .Append(view.IsPreview ? $"<p class=\"preview-banner\" role=\"status\">{Encode(PreviewEndpoint.Banner)}</p>" : string.Empty)
            .Append("<main>")
            .Append(content)
            .Append("</main><footer class=\"site\">").Append(Encode(view.Options.SiteName)).Append("</footer></body></html>");
        return html.ToString();
    }

    // What the editors wrote on the SEO tab (every type with the diplomaticSeo composition): the title, the search
    // snippet, whether search engines may index the page, and the social card.
    private static string Head(PageContext view, string title, ISeoProperties? seo)
    {
        // "Page | Site", but the home page (whose title is the site's name) not "Site | Site".
        var pageTitle = !string.IsNullOrWhiteSpace(seo?.MetaTitle) ? seo.MetaTitle
            : string.Equals(title, view.Options.SiteName, StringComparison.Ordinal) ? title
            : $"{title} | {view.Options.SiteName}";
        var head = new StringBuilder();
        head.Append("<title>").Append(Encode(pageTitle)).Append("</title>")
            .Append("<meta property=\"og:title\" content=\"").Append(Encode(pageTitle)).Append("\">");
        if (!string.IsNullOrWhiteSpace(seo?.MetaDescription))
        {
            head.Append("<meta name=\"description\" content=\"").Append(Encode(seo.MetaDescription)).Append("\">")
                .Append("<meta property=\"og:description\" content=\"").Append(Encode(seo.MetaDescription)).Append("\">");
        }

        if (seo?.NoIndex == true || view.IsPreview)
        {
            head.Append("<meta name=\"robots\" content=\"noindex\">");
        }

        if (seo?.SocialImage is [var image, ..])
        {
            head.Append("<meta property=\"og:image\" content=\"").Append(Encode(view.MediaUrl(image.Url))).Append("\">");
        }

        return head.ToString();
    }

    private static string ArticleSummary(PageContext view, Article article)
    {
        var p = article.Properties;
        var text = new StringBuilder();
        text.Append("<h3><a class=\"article-link\" href=\"").Append(Encode(view.Link("/articles" + article.Route.Path))).Append("\">").Append(Encode(article.Name)).Append("</a></h3>");
        Optional(text, "p", "standfirst", p.Standfirst);
        text.Append("<p class=\"byline\">").Append(Byline(p.Authors, p.PublishDate, view.CultureInfo));
        if (p.ReadingTime is > 0)
        {
            text.Append(" · ").Append(p.ReadingTime.Value.ToString(CultureInfo.InvariantCulture)).Append(" min read");
        }

        return text.Append("</p>").ToString();
    }

    private static string Byline(IReadOnlyList<Author>? authors, DateTime? published, CultureInfo culture)
    {
        var parts = new List<string>();
        if (authors is { Count: > 0 })
        {
            parts.Add("By <span class=\"author\">" + Encode(string.Join(", ", authors.Select(a => a.Name))) + "</span>");
        }

        if (published is { } date)
        {
            parts.Add("<time datetime=\"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\">" + Encode(date.ToString("d MMMM yyyy", culture)) + "</time>");
        }

        return string.Join(" · ", parts);
    }

    private static string FactBox(FactBox factBox, CultureInfo culture)
    {
        var p = factBox.Properties;
        var html = new StringBuilder();
        html.Append("<aside class=\"fact-box\" role=\"note\"><h3>").Append(Encode(p.Headline ?? factBox.Name)).Append("</h3>");
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
            html.Append("<p class=\"source\">Source: ");
            var name = Encode(p.Source ?? link?.Title ?? link?.Href);
            html.Append(link is not null && IsSafeHref(link.Href) ? $"<a href=\"{Encode(link.Href)}\" rel=\"noopener\">{name}</a>" : name);
            if (p.AsOfDate is { } asOf)
            {
                // asOfDate has no precision field: the importer stores "asOf: 1992" as 1 January 1992 and "2016-05" as
                // 1 May 2016, so the first of January reads as a year and the first of a month as that month.
                var date = DateOnly.FromDateTime(asOf);
                var precision = date is { Month: 1, Day: 1 } ? DatePrecision.Year : date.Day == 1 ? DatePrecision.Month : DatePrecision.Day;
                html.Append(", ").Append(Encode(EventDates.Format(date, precision, culture)));
            }

            html.Append("</p>");
        }

        return html.Append("</aside>").ToString();
    }

    private static string Timeline(PageContext view, IReadOnlyList<TimelineEntry> timeline)
    {
        var html = new StringBuilder("<ol class=\"timeline\">");
        foreach (var entry in timeline)
        {
            var e = entry.Event.Properties;
            html.Append("<li class=\"timeline-event\" data-date=\"").Append(entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
                .Append("<time datetime=\"").Append(Encode(MachineDate(entry))).Append("\">").Append(Encode(entry.FormatDate(view.CultureInfo))).Append("</time> ")
                .Append("<strong class=\"event-name\">").Append(Encode(entry.Event.Name)).Append("</strong>");
            if (!string.IsNullOrEmpty(e.EventType))
            {
                html.Append(" <span class=\"event-type\">").Append(Encode(e.EventType)).Append("</span>");
            }

            if (!string.IsNullOrEmpty(e.Location))
            {
                html.Append(" <span class=\"location\">").Append(Encode(e.Location)).Append("</span>");
            }

            Optional(html, "p", "summary", e.Summary);
            html.Append("</li>");
        }

        return html.Append("</ol>").ToString();
    }

    private static string MachineDate(TimelineEntry entry) => entry.Precision switch
    {
        DatePrecision.Year => entry.Date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => entry.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static bool IsSafeHref(string href) =>
        href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith('/');

    private static void Optional(StringBuilder html, string tag, string cssClass, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            html.Append('<').Append(tag).Append(" class=\"").Append(cssClass).Append("\">").Append(Encode(text)).Append("</").Append(tag).Append('>');
        }
    }
}
