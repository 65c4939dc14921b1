using System.Net;
using Microsoft.AspNetCore.Http;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.Print;
using Diplomatic.Umbraco.Tests.Delivery;

namespace Diplomatic.Umbraco.Tests.Magazine;

/// <summary>The magazine's print view of the first booklet from the recorded responses (the PDF itself: Print/BookletPdfTests).</summary>
public sealed class MagazinePrintTests : IClassFixture<MagazineHost>
{
    private const string PrintPath = "booklets/" + FirstBooklet.Slug + "/print";
    private readonly MagazineHost _host;

    public MagazinePrintTests(MagazineHost host)
    {
        _host = host;
        _host.Api.ClearRequests();
        RecordedDrafts.Clear(_host.Api);
    }

    [Fact]
    public async Task The_print_view_has_cover_imprint_contents_the_article_with_its_fact_boxes_and_the_timeline_from_the_booklet_pages_two_requests()
    {
        var html = await _host.Http.GetStringAsync(PrintPath);

        Assert.StartsWith("<!DOCTYPE html><html lang=\"en-US\" dir=\"ltr\">", html);
        Assert.Contains("<title>Azerbaijan-Pakistan Relations</title>", html);
        Assert.Contains("@page{size:A4;", html);
        Assert.Contains($"<script src=\"{PagedJs.ScriptPath}\"></script>", html);
        Assert.Contains("<section class=\"cover\"><h1 class=\"booklet-title\">Azerbaijan-Pakistan Relations</h1><p class=\"subtitle\">", html);
        Assert.Contains("<p>Published by The Diplomatic Insight and Institute of Peace and Diplomatic Studies</p>", html);
        Assert.Matches("<p class=\"copyright\">&#xA9; 20\\d\\d The Diplomatic Insight and Institute of Peace and Diplomatic Studies. All rights reserved.</p>", html);

        // In reading order: contents, introduction, the article with every fact box it picks (in picking order), the timeline.
        var order = new[] { "<nav class=\"contents\"", "<section id=\"introduction\"", "<article id=\"article-", "<section id=\"timeline\"" }.Select(s => html.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        var article = html[order[2]..order[3]];
        Assert.Equal(FirstBooklet.ArticleFactBoxNames.Count, Regex.Count(article, "<aside class=\"fact-box\""));
        Assert.Equal(FirstBooklet.FactBoxes.Count, Regex.Count(html, "<aside class=\"fact-box\""));
        var anchor = Regex.Match(article, "^<article id=\"(article-[0-9a-f]{32})\"").Groups[1].Value;
        Assert.Contains($"<a class=\"contents-entry\" href=\"#{anchor}\">", html);
        Assert.Equal(
            FirstBooklet.EventsByDate.Select(e => FirstBooklet.Name(e).Replace("'", "&#x27;", StringComparison.Ordinal)),
            Regex.Matches(html, "<strong class=\"event-name\">([^<]+)</strong>").Select(m => m.Groups[1].Value));
        Assert.Contains("<time datetime=\"1992\">1992</time>", html);
        Assert.DoesNotContain(" lang=\"en-US\" dir=", html[html.IndexOf("<body>", StringComparison.Ordinal)..]); // in its own language: nothing marked

        Assert.Equal(2, _host.Api.Requests.Count);
        Assert.Empty(_host.Api.Unexpected);
    }

    [Fact]
    public async Task The_urdu_print_view_is_right_to_left_in_nastaliq_with_urdu_headings_on_us_letter()
    {
        var html = await _host.Http.GetStringAsync(PrintPath + "?culture=ur-PK&paper=letter");

        Assert.StartsWith("<!DOCTYPE html><html lang=\"ur-PK\" dir=\"rtl\">", html);
        Assert.Contains("html{font-family:\"Noto Nastaliq Urdu\"", html);
        Assert.Contains("@page{size:letter;", html);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode("فہرست"), html);
        Assert.Equal("ur-PK", _host.Api.Requests[0].Header("Accept-Language"));

        // The recorded booklet is English only (its cultures: en-US): its text stays left to right in Latin type.
        Assert.Contains("<h2 class=\"article-title\" lang=\"en-US\" dir=\"ltr\">", html);
        Assert.Contains("<div class=\"body\" lang=\"en-US\" dir=\"ltr\">", html);
        Assert.Equal(FirstBooklet.FactBoxes.Count, Regex.Count(html, "<aside class=\"fact-box\" role=\"note\" lang=\"en-US\" dir=\"ltr\">"));
        Assert.Equal(FirstBooklet.Events.Count, Regex.Count(html, "<div class=\"event-text\" lang=\"en-US\" dir=\"ltr\">"));
        Assert.Contains("[dir=ltr]{font-family:\"Noto Serif\"", html);
    }

    [Fact]
    public async Task An_unknown_paper_is_a_400_and_an_unknown_booklet_a_404_for_the_view_and_the_pdf()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.Http.GetAsync(PrintPath + "?paper=b5")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.Http.GetAsync($"booklets/{FirstBooklet.Slug}.pdf?paper=0")).StatusCode);
        Assert.Empty(_host.Api.Requests); // refused before asking the API

        _host.Api.Handler = async (context, request) =>
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("{\"title\":\"Not Found\",\"status\":404}");
            return true;
        };
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _host.Http.GetAsync("booklets/no-such-booklet/print")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await _host.Http.GetAsync("booklets/no-such-booklet.pdf")).StatusCode);
        }
        finally
        {
            _host.Api.Handler = null;
        }
    }

    [Fact]
    public async Task Without_chromium_the_pdf_is_a_503_page_and_the_print_view_still_works()
    {
        await using var magazine = await MagazineHost.StartAsync(_host.Api.BaseAddress, new Dictionary<string, string?>
        {
            ["Diplomatic:Print:ChromiumPath"] = "/nonexistent/chromium",
        });

        using var pdf = await magazine.Http.GetAsync($"booklets/{FirstBooklet.Slug}.pdf");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Contains("<h1>The print edition is unavailable</h1>", await pdf.Content.ReadAsStringAsync());
        Assert.DoesNotContain("/nonexistent", await pdf.Content.ReadAsStringAsync()); // the server's paths are not the reader's business
        Assert.Equal(HttpStatusCode.OK, (await magazine.Http.GetAsync(PrintPath)).StatusCode);
    }

    [Fact]
    public async Task The_magazine_serves_the_vendored_paged_js_itself()
    {
        using var response = await _host.Http.GetAsync(PagedJs.ScriptPath.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PagedJs.Script.ToArray(), await response.Content.ReadAsByteArrayAsync());
    }
}
