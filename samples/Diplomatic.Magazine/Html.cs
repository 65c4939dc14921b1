using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
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
    private const string UrduFonts = "\"Noto Nastaliq Urdu\", \"Jameel Noori Nastaleeq\", \"Alvi Nastaleeq\", \"Urdu Typesetting\", \"Awami Nastaliq\", \"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"Segoe UI\", Tahoma, serif";

    // The default encoder escapes everything outside Basic Latin, so an Urdu page would be all &#x…; references.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);

    /// <summary>A page with a heading and one sentence: errors and refusals.</summary>
    public static string Notice(PageContext view, string title, string text) =>
        Layout(view, title, $"<h1>{Encode(title)}</h1><p>{Encode(text)}</p>");

    public static string NotFound(PageContext view) => Notice(view, view.Text("notFoundTitle"), view.Text("notFoundText"));

    // One answer for a malformed, forged, misdirected or expired preview link: which it was is no one else's business.
    public static string LinkInvalid(PageContext view) =>
        Notice(view, "This preview link is invalid or has expired", "Open the preview again from the CMS.");

    public static string Home(PageContext view, Umbraco.Delivery.Models.Magazine? magazine, IReadOnlyList<Booklet> booklets, IReadOnlyList<Article> articles)
    {
        var body = new StringBuilder();
        body.Append("<section class=\"masthead\"").Append(view.LanguageOf(magazine)).Append("><h1>").Append(Encode(magazine?.Name ?? view.Options.SiteName)).Append("</h1>");
        if (!string.IsNullOrEmpty(magazine?.Properties.Tagline))
        {
            body.Append("<p class=\"tagline\">").Append(Encode(magazine.Properties.Tagline)).Append("</p>");
        }

        body.Append("</section>");
        if (booklets.Count > 0)
        {
            body.Append("<h2>").Append(Encode(view.Text("booklets"))).Append("</h2><ul class=\"booklets\">");
            foreach (var booklet in booklets)
            {
                body.Append("<li class=\"booklet-summary\"").Append(view.LanguageOf(booklet)).Append("><h3><a class=\"booklet-link\" href=\"")
                    .Append(Encode(Href(view, booklet))).Append("\">").Append(Encode(booklet.Name)).Append("</a></h3>");
                Optional(body, "p", "subtitle", booklet.Properties.Subtitle);
                body.Append("</li>");
            }

            body.Append("</ul>");
        }

        body.Append("<h2>").Append(Encode(view.Text("latestArticles"))).Append("</h2><ul class=\"latest\">");
        foreach (var article in articles)
        {
            body.Append("<li class=\"article-summary\"").Append(view.LanguageOf(article)).Append('>').Append(ArticleSummary(view, article)).Append("</li>");
        }

        body.Append("</ul>");
        return Layout(view, magazine?.Name ?? view.Options.SiteName, body.ToString(), magazine?.Properties);
    }

    public static string Booklet(PageContext view, BookletPage page)
    {
        var booklet = page.Booklet;
        var p = booklet.Properties;
        var body = new StringBuilder(NotTranslated(view, booklet));
        var foreign = view.LanguageOf(booklet);
        body.Append("<header class=\"booklet-cover\"").Append(foreign).Append('>');
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
            body.Append("<p class=\"publishers\">").Append(Framed(view, booklet, "publishedBy", Encode(string.Join(view.Text("and"), p.Publishers)))).Append("</p>");
        }

        body.Append("</header>");
        if (p.Introduction is not null)
        {
            body.Append("<section class=\"introduction\"").Append(foreign).Append('>').Append(p.Introduction.ToHtml()).Append("</section>");
        }

        body.Append("<section class=\"articles\"><h2>").Append(Encode(view.Text("articles"))).Append("</h2>");
        foreach (var article in page.Articles)
        {
            body.Append("<article class=\"article-summary\"").Append(view.LanguageOf(article)).Append('>').Append(ArticleSummary(view, article)).Append("</article>");
        }

        body.Append("</section><section class=\"facts\"><h2>").Append(Encode(view.Text("facts"))).Append("</h2><div class=\"fact-grid\">");
        foreach (var factBox in page.FactBoxes)
        {
            body.Append(FactBox(view, factBox, anchor: true));
        }

        body.Append("</div></section><section class=\"events\"><h2>").Append(Encode(view.Text("timeline"))).Append("</h2>")
            .Append(Timeline(view, page.Timeline, anchors: true)).Append("</section>");
        return Layout(view, booklet.Name, body.ToString(), booklet.Properties);
    }

    public static string Article(PageContext view, ArticlePage page)
    {
        var article = page.Article;
        var p = article.Properties;
        var body = new StringBuilder(NotTranslated(view, article));
        if (page.Booklet is { } booklet)
        {
            body.Append("<p class=\"from-booklet\">").Append(Encode(view.Text("fromBooklet"))).Append(": <a class=\"booklet-link\" href=\"")
                .Append(Encode(Href(view, booklet))).Append("\"").Append(view.LanguageOf(booklet)).Append('>').Append(Encode(booklet.Name)).Append("</a></p>");
        }

        body.Append("<article class=\"article\"").Append(view.LanguageOf(article)).Append("><h1 class=\"article-title\">").Append(Encode(article.Name)).Append("</h1>");
        Optional(body, "p", "standfirst", p.Standfirst);
        body.Append("<p class=\"byline\">").Append(Byline(view, article))
            .Append(" · ").Append(view.Ui(article, "<span class=\"reading-time\">" + Encode(string.Format(view.CultureInfo, view.Text("minutesRead"), view.Number(page.ReadingTimeMinutes))) + "</span>")).Append("</p>");
        body.Append("<div class=\"article-layout\"><div class=\"body\">").Append(p.Body?.ToHtml()).Append("</div>");
        if (page.FactBoxes.Count > 0)
        {
            body.Append("<div class=\"article-facts\">");
            foreach (var factBox in page.FactBoxes)
            {
                body.Append(FactBox(view, factBox));
            }

            body.Append("</div>");
        }

        body.Append("</div></article>");
        if (page.Related.Count > 0)
        {
            // Outside the article element: the heading is the magazine's, each item in its own language.
            body.Append("<section class=\"related\"><h2>").Append(Encode(view.Text("related"))).Append("</h2><ul>");
            foreach (var item in page.Related)
            {
                var href = Href(view, item);
                body.Append("<li class=\"related-item\" data-type=\"").Append(Encode(item.ContentType)).Append('"').Append(view.LanguageOf(item)).Append('>');
                body.Append(href is null ? Encode(item.Name) : $"<a href=\"{Encode(href)}\">{Encode(item.Name)}</a>").Append("</li>");
            }

            body.Append("</ul></section>");
        }
        return Layout(view, article.Name, body.ToString(), article.Properties);
    }

    public static string Events(PageContext view, DateOnly from, DateOnly to, IReadOnlyList<TimelineEntry> timeline)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(Encode(view.Text("events"))).Append("</h1><p class=\"range\">")
            .Append(Encode(view.Date(from.ToDateTime(TimeOnly.MinValue)))).Append(" – ").Append(Encode(view.Date(to.ToDateTime(TimeOnly.MinValue))))
            .Append("</p>").Append(Timeline(view, timeline, anchors: false));
        return Layout(view, view.Text("events"), body.ToString());
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
            // Content in another direction than the page (English in an Urdu page) gets that script's fonts and spacing.
            .Append(view.IsRightToLeft ? "main [dir=ltr]{font-family:" + LatinFonts + ";line-height:1.6}main [dir=rtl]{font-family:" + UrduFonts + ";line-height:2.1}" : "main [dir=rtl]{font-family:" + UrduFonts + ";line-height:2.1}")
            .Append("header.site,footer.site{background:#12324f;color:#fff;padding:.8rem 1.5rem}header.site a,footer.site a{color:#fff;margin-inline-end:1rem}")
            .Append("main{max-width:72rem;margin:0 auto;padding:1.5rem}h1,h2,h3{line-height:1.25}.booklet-cover{border-block-end:3px solid #c8a24a;margin-block-end:1.5rem}")
            .Append(".cover{float:inline-end;max-width:12rem;height:auto;margin-inline-start:1rem}.subtitle,.standfirst{font-size:1.2rem;color:#445}")
            .Append(".fact-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}")
            .Append(".fact-box{border:2px solid #c8a24a;border-radius:.5rem;background:#fff8e6;padding:1rem;margin-block-end:1rem}.fact-box h3{margin:0 0 .4rem}.figure{font-size:1.8rem;font-weight:bold;color:#12324f}")
            .Append(".timeline{list-style:none;padding:0;border-inline-start:3px solid #12324f}.timeline-event{position:relative;padding-inline-start:1.2rem;margin-block-end:1rem}")
            .Append(".timeline-event time{display:inline-block;min-width:8rem;font-weight:bold;color:#12324f}.event-type{font-size:.8rem;text-transform:uppercase;color:#776}")
            .Append(".article-layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(14rem,1fr);gap:2rem}.byline{color:#556}")
            .Append("@media (max-width:50rem){.article-layout{grid-template-columns:1fr}}")
            .Append(".not-translated{font-size:.9rem;color:#556;border-inline-start:3px solid #c8a24a;padding-inline-start:.6rem}")
            .Append(view.IsPreview ? ".preview-banner{position:sticky;top:0;z-index:10;margin:0;padding:.7rem 1.5rem;background:#b3261e;color:#fff;font-weight:bold;text-align:center}" : string.Empty)
            .Append("</style></head><body>")
            .Append("<header class=\"site\"><a href=\"").Append(Encode(view.Link("/"))).Append("\"><strong>").Append(Encode(view.Options.SiteName)).Append("</strong></a>")
            .Append("<a href=\"").Append(Encode(view.Link("/events"))).Append("\">").Append(Encode(view.Text("events"))).Append("</a></header>")
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
        text.Append("<p class=\"byline\">").Append(Byline(view, article));
        if (p.ReadingTime is > 0)
        {
            text.Append(" · ").Append(view.Ui(article, Encode(string.Format(view.CultureInfo, view.Text("minutesRead"), view.Number(p.ReadingTime.Value)))));
        }

        return text.Append("</p>").ToString();
    }

    // The byline's words and date are the magazine's (the reader's language); the names are the content's.
    private static string Byline(PageContext view, Article article)
    {
        var p = article.Properties;
        var parts = new List<string>();
        if (p.Authors is { Count: > 0 } authors)
        {
            parts.Add(view.Ui(article, Encode(view.Text("by"))) + " <span class=\"author\">" + Encode(string.Join(", ", authors.Select(a => a.Name))) + "</span>");
        }

        if (p.PublishDate is { } date)
        {
            parts.Add(view.Ui(article, "<time datetime=\"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\">" + Encode(view.Date(date)) + "</time>"));
        }

        return string.Join(" · ", parts);
    }

    private static string FactBox(PageContext view, FactBox factBox, bool anchor = false)
    {
        var p = factBox.Properties;
        var html = new StringBuilder();
        html.Append("<aside class=\"fact-box\" role=\"note\"");
        if (anchor && Anchor(factBox) is { } id)
        {
            html.Append(" id=\"").Append(Encode(id)).Append('"');
        }

        var content = view.ContentCulture(factBox);
        html.Append(view.LanguageOf(factBox)).Append("><h3>").Append(Encode(p.Headline ?? factBox.Name)).Append("</h3>");
        if (p.Figure is { } figure)
        {
            // The figure belongs to the content: its digits and decimal mark are the content's language's.
            html.Append("<p class=\"figure\">").Append(Encode(figure.ToString("0.##", content)));
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
            html.Append("<p class=\"source\">").Append(view.Ui(factBox, Encode(view.Text("source")))).Append(' ');
            var name = Encode(p.Source ?? link?.Title ?? link?.Href);
            html.Append(link is not null && IsSafeHref(link.Href) ? $"<a href=\"{Encode(link.Href)}\" rel=\"noopener\">{name}</a>" : name);
            if (p.AsOfDate is { } asOf)
            {
                html.Append(", ").Append(view.Ui(factBox, Encode(view.Digits(EventDates.FormatAsOf(asOf, view.CultureInfo)))));
            }

            html.Append("</p>");
        }

        return html.Append("</aside>").ToString();
    }

    // A label with content inside it ("Published by {0}"): the label's words in the reader's language, the content as it is.
    private static string Framed(PageContext view, DeliveryContent item, string key, string contentHtml)
    {
        var parts = view.Text(key).Split("{0}");
        return view.Ui(item, Encode(parts[0])) + contentHtml + (parts.Length > 1 ? view.Ui(item, Encode(parts[1])) : string.Empty);
    }

    // Shown once above a booklet or article that does not exist in the reader's language.
    private static string NotTranslated(PageContext view, DeliveryContent item) =>
        view.InReaderLanguage(item) ? string.Empty : $"<p class=\"not-translated\" role=\"note\">{Encode(view.Text("notTranslated"))}</p>";

    /// <summary>Where the magazine shows an item: articles and booklets have pages; fact boxes and events sit on their booklet's page.</summary>
    private static string? Href(PageContext view, DeliveryContent item)
    {
        var segments = item.Route.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return item switch
        {
            Umbraco.Delivery.Models.Article => view.Link("/articles" + item.Route.Path),
            Umbraco.Delivery.Models.Booklet when segments.Length > 0 => view.Link("/booklets/" + segments[0]),
            Umbraco.Delivery.Models.FactBox or Event when segments.Length > 1 => view.Link("/booklets/" + segments[0]) + "#" + Uri.EscapeDataString(segments[^1]),
            _ => null,
        };
    }

    // A part's anchor on its booklet's page: the last segment of its route (unique among the booklet's children).
    private static string? Anchor(DeliveryContent item) =>
        item.Route.Path.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } segments ? segments[^1] : null;

    private static string Timeline(PageContext view, IReadOnlyList<TimelineEntry> timeline, bool anchors)
    {
        var html = new StringBuilder("<ol class=\"timeline\">");
        foreach (var entry in timeline)
        {
            var e = entry.Event.Properties;
            html.Append("<li class=\"timeline-event\"");
            if (anchors && Anchor(entry.Event) is { } id)
            {
                html.Append(" id=\"").Append(Encode(id)).Append('"');
            }

            html.Append(" data-date=\"").Append(entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('"').Append(view.LanguageOf(entry.Event)).Append('>')
                .Append(view.Ui(entry.Event, "<time datetime=\"" + Encode(MachineDate(entry)) + "\">" + Encode(view.Digits(entry.FormatDate(view.CultureInfo))) + "</time>")).Append(' ')
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
