using System.Net;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.Tests.Delivery;
using Microsoft.AspNetCore.Http;

namespace Diplomatic.Umbraco.Tests.Magazine;

/// <summary>The magazine renders the first booklet from the recorded responses, over real HTTP.</summary>
[Collection(nameof(MagazinePagesTests))]
public sealed partial class MagazinePagesTests : IClassFixture<MagazineHost>
{
    private const string BookletPath = "booklets/azerbaijan-pakistan-relations";
    private static readonly string ArticlePath = "articles" + FirstBooklet.ArticlePath;
    private static readonly string ArticleName = FirstBooklet.Name(FirstBooklet.Article);
    private readonly MagazineHost _host;

    public MagazinePagesTests(MagazineHost host)
    {
        _host = host;
        _host.Api.ClearRequests();
        RecordedDrafts.Clear(_host.Api);
    }

    [Fact]
    public async Task The_booklet_page_shows_introduction_article_fact_boxes_and_a_dated_timeline_from_two_api_requests()
    {
        var html = await _host.Http.GetStringAsync(BookletPath);

        Assert.Contains("<h1 class=\"booklet-title\">Azerbaijan-Pakistan Relations</h1>", html);
        Assert.Contains("<html lang=\"en-US\" dir=\"ltr\">", html);
        Assert.DoesNotContain("class=\"cover\"", html); // the manuscript has no cover image yet
        Assert.Contains("<section class=\"introduction\"><p>This special booklet has been produced", html);
        Assert.Contains("Institute of Peace and Diplomatic Studies", html);
        Assert.Contains($"href=\"/{ArticlePath}\">{ArticleName}</a>", html);
        Assert.Contains("By <span class=\"author\">Muhammad Asif Noor</span>", html);
        Assert.Equal(FirstBooklet.FactBoxes.Count, Regex.Count(html, "<aside class=\"fact-box\""));
        Assert.True(FirstBooklet.FactBoxes.Count >= 5);
        Assert.Contains("<p class=\"source\">Source: Muhammad Asif Noor, &quot;Azerbaijan-Pakistan Relations&quot;, 1992</p>", html); // asOf: 1992
        Assert.Contains("<p class=\"figure\">7.3 <span class=\"unit\">USD million</span></p>", html);
        Assert.Contains("<p class=\"figure\">500 <span class=\"unit\">USD million</span></p>", html);

        var dates = TimelineDate().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["1992", "2005", "2012", "2015", "2016", "2016", "2017"], dates);
        Assert.Equal(FirstBooklet.EventsByDate.Select(e => FirstBooklet.Name(e).Replace("'", "&#x27;", StringComparison.Ordinal)), EventName().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("<time datetime=\"1992\">1992</time> <strong class=\"event-name\">Pakistan recognises the independence of Azerbaijan</strong>", html);

        Assert.Equal(2, _host.Api.Requests.Count);
        Assert.Empty(_host.Api.Unexpected);
    }

    [Fact]
    public async Task The_article_page_shows_body_fact_boxes_related_items_and_reading_time()
    {
        var html = await _host.Http.GetStringAsync(ArticlePath);

        Assert.Contains($"<h1 class=\"article-title\">{ArticleName}</h1>", html);
        Assert.Contains($"<span class=\"reading-time\">{FirstBooklet.ReadingTime} min read</span>", html);
        Assert.Contains("<p>It is heartening to note here that Baku State University", html);
        Assert.Equal(FirstBooklet.ArticleFactBoxNames.Count, Regex.Count(html, "<aside class=\"fact-box\""));
        Assert.Contains("Muhammad Asif Noor, &quot;Azerbaijan-Pakistan Relations&quot;", html);
        Assert.Equal(3, _host.Api.Requests.Count); // the article, its booklet, related items
        Assert.Empty(_host.Api.Unexpected);
    }

    [Fact]
    public async Task The_article_links_its_booklet()
    {
        var html = await _host.Http.GetStringAsync(ArticlePath);

        Assert.Contains($"<p class=\"from-booklet\">From the booklet: <a class=\"booklet-link\" href=\"/{BookletPath}\">Azerbaijan-Pakistan Relations</a></p>", html);
        Assert.Contains(_host.Api.Requests, r => r.Query.Any(q => q is { Key: "fetch", Value: var v } && v.StartsWith("ancestors:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Related_items_are_links_to_where_the_magazine_shows_them_and_leave_out_what_the_page_shows()
    {
        var html = await _host.Http.GetStringAsync(ArticlePath);
        var booklet = await _host.Http.GetStringAsync(BookletPath);

        var related = RelatedItem().Matches(html).Select(m => (Type: m.Groups[1].Value, Href: m.Groups[2].Value, Name: m.Groups[3].Value)).ToList();
        Assert.NotEmpty(related);
        Assert.All(related, item => Assert.DoesNotContain(item.Name, FirstBooklet.ArticleFactBoxNames));
        Assert.DoesNotContain(related, item => item.Name == ArticleName || item.Name == "Azerbaijan-Pakistan Relations");
        Assert.Equal(Regex.Count(html, "<li class=\"related-item\""), related.Count); // every one is a link
        foreach (var (type, href, _) in related.Where(r => r.Type is "event" or "factBox"))
        {
            // A fact box or event sits on its booklet's page, under an anchor that page has.
            Assert.StartsWith($"/{BookletPath}#", href, StringComparison.Ordinal);
            Assert.Contains($" id=\"{href[(href.IndexOf('#') + 1)..]}\"", booklet, StringComparison.Ordinal);
        }

        var query = Assert.Single(_host.Api.Requests, r => r.Query.Any(q => q is { Key: "fetch", Value: var v } && v.StartsWith("related:", StringComparison.Ordinal))).Query;
        Assert.Contains(query, q => q is { Key: "filter", Value: var v } && v.StartsWith("exclude:", StringComparison.Ordinal)); // asked of the API, so the page still gets six
    }

    [Fact]
    public async Task The_home_page_links_the_booklets()
    {
        var home = await _host.Http.GetStringAsync("");

        Assert.Contains($"<h3><a class=\"booklet-link\" href=\"/{BookletPath}\">Azerbaijan-Pakistan Relations</a></h3>", home);
        Assert.Contains("<h2>Booklets</h2>", home);
        Assert.Empty(_host.Api.Unexpected);
    }

    [Fact]
    public async Task The_home_page_title_is_the_magazines_name_once_and_other_pages_add_it()
    {
        var home = await _host.Http.GetStringAsync("");
        var booklet = await _host.Http.GetStringAsync(BookletPath);

        Assert.Contains("<title>The Diplomatic Insight</title>", home, StringComparison.Ordinal);
        Assert.Contains("<title>Azerbaijan-Pakistan Relations | The Diplomatic Insight</title>", booklet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("events?from=2020-01-01&to=2010-01-01", "before it starts")]
    [InlineData("events?from=garbage", "yyyy-MM-dd")]
    [InlineData("events?to=2020-13-40", "yyyy-MM-dd")]
    public async Task A_date_range_that_is_not_one_is_a_400_page_that_says_why_and_asks_the_api_nothing(string path, string says)
    {
        using var response = await _host.Http.GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(says, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_host.Api.Requests);
    }

    [Fact]
    public async Task The_home_page_lists_the_latest_articles_and_the_events_page_the_timeline()
    {
        var home = await _host.Http.GetStringAsync("");
        var events = await _host.Http.GetStringAsync("events?from=1990-01-01&to=2026-12-31");

        Assert.Contains("The Diplomatic Insight", home);
        Assert.DoesNotContain("<p class=\"tagline\">", home); // the magazine root has no tagline in the shipped content
        Assert.Contains($"{ArticleName}</a>", home);
        Assert.Equal(["1992", "2005", "2012", "2015", "2016", "2016", "2017"], TimelineDate().Matches(events).Select(m => m.Groups[1].Value));
        Assert.Contains("<span class=\"event-type\">State visit</span> <span class=\"location\">Baku</span>", events);
        Assert.Empty(_host.Api.Unexpected);
    }

    [Fact]
    public async Task Urdu_readers_get_right_to_left_pages_in_a_nastaliq_font_and_the_api_is_asked_for_ur_PK()
    {
        var html = await _host.Http.GetStringAsync(BookletPath + "?culture=ur-PK");

        Assert.Contains("<html lang=\"ur-PK\" dir=\"rtl\">", html);
        Assert.Contains("font-family:\"Noto Nastaliq Urdu\"", html);
        Assert.Contains($"href=\"/{ArticlePath}?culture=ur-PK\"", html);
        Assert.All(_host.Api.Requests, r => Assert.Equal("ur-PK", r.Header("Accept-Language")));
    }

    [Fact]
    public async Task In_urdu_the_frame_is_urdu_and_right_to_left_while_the_english_content_is_marked_english_left_to_right()
    {
        var booklet = await _host.Http.GetStringAsync(BookletPath + "?culture=ur-PK");
        var article = await _host.Http.GetStringAsync(ArticlePath + "?culture=ur-PK");

        Assert.Contains("<html lang=\"ur-PK\" dir=\"rtl\">", booklet);
        Assert.Contains("<header class=\"booklet-cover\" lang=\"en-US\" dir=\"ltr\"><h1 class=\"booklet-title\">Azerbaijan-Pakistan Relations</h1>", booklet);
        Assert.Contains("<h2>مضامین</h2>", booklet);
        Assert.Contains("<h2>حقائق</h2>", booklet);
        Assert.Contains("<h2>تاریخ وار واقعات</h2>", booklet);
        Assert.Contains("<p class=\"not-translated\" role=\"note\">یہ مواد ابھی اردو میں دستیاب نہیں", booklet);
        Assert.Equal(FirstBooklet.FactBoxes.Count, Regex.Count(booklet, "<aside class=\"fact-box\" role=\"note\" id=\"[^\"]+\" lang=\"en-US\" dir=\"ltr\">"));
        Assert.Contains("<span lang=\"ur-PK\" dir=\"rtl\">ماخذ:</span>", booklet); // the label keeps its language inside English
        Assert.DoesNotContain(">Articles<", booklet);
        Assert.DoesNotContain(">Facts<", booklet);

        Assert.Contains("<article class=\"article\" lang=\"en-US\" dir=\"ltr\">", article);
        Assert.Contains("<span lang=\"ur-PK\" dir=\"rtl\">از</span> <span class=\"author\">Muhammad Asif Noor</span>", article);
        Assert.Contains($"<span class=\"reading-time\">{FirstBooklet.ReadingTime} منٹ کا مطالعہ</span>", article);
        Assert.DoesNotContain("min read", article);

        var events = await _host.Http.GetStringAsync("events?from=1990-01-01&to=2026-12-31&culture=ur-PK");
        Assert.Contains("<h1>واقعات</h1><p class=\"range\">1 جنوری 1990 – 31 دسمبر 2026</p>", events);
    }

    [Fact]
    public async Task In_azerbaijani_the_labels_are_azerbaijani_and_the_page_left_to_right()
    {
        var booklet = await _host.Http.GetStringAsync(BookletPath + "?culture=az-Latn-AZ");

        Assert.Contains("<html lang=\"az-Latn-AZ\" dir=\"ltr\">", booklet);
        Assert.Contains("<h2>Məqalələr</h2>", booklet);
        Assert.Contains("<h2>Faktlar</h2>", booklet);
        Assert.Contains("<header class=\"booklet-cover\" lang=\"en-US\" dir=\"ltr\">", booklet);
        Assert.All(_host.Api.Requests, r => Assert.Equal("az-Latn-AZ", r.Header("Accept-Language")));
    }

    [Fact]
    public async Task In_english_the_content_carries_no_language_of_its_own_and_no_notice()
    {
        var booklet = await _host.Http.GetStringAsync(BookletPath);

        Assert.DoesNotContain(" lang=\"en-US\" dir=\"ltr\">", booklet.Replace("<html lang=\"en-US\" dir=\"ltr\">", "", StringComparison.Ordinal));
        Assert.DoesNotContain("not-translated", booklet.Replace(".not-translated{", "", StringComparison.Ordinal));
        Assert.Contains("<h2>Articles</h2>", booklet);
    }

    [Fact]
    public async Task A_culture_the_magazine_does_not_offer_falls_back_to_the_default()
    {
        await _host.Http.GetStringAsync(BookletPath + "?culture=xx-evil%0d%0aX-Injected:1");

        Assert.All(_host.Api.Requests, r => Assert.Equal("en-US", r.Header("Accept-Language")));
    }

    [Fact]
    public async Task Text_from_the_api_is_encoded_and_only_rich_text_is_rendered_as_html()
    {
        _host.Api.Handler = async (context, request) =>
        {
            if (!request.Path.EndsWith("/item/azerbaijan-pakistan-relations/", StringComparison.Ordinal))
            {
                return false;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Delivery.RecordedDeliveryApi.ReadRecorded("booklet.json")
                .Replace("\"name\": \"Azerbaijan-Pakistan Relations\"", "\"name\": \"<script>alert(1)</script>\"", StringComparison.Ordinal)
                .Replace("\"subtitle\": \"Twenty-five years", "\"subtitle\": \"<img src=x onerror=alert(1)> Twenty-five years", StringComparison.Ordinal));
            return true;
        };

        var html = await _host.Http.GetStringAsync(BookletPath);

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("<section class=\"introduction\"><p>", html);
    }

    [Fact]
    public async Task A_missing_booklet_is_a_404_page_and_an_unreachable_api_a_502()
    {
        _host.Api.Handler = (context, request) =>
        {
            context.Response.StatusCode = request.Path.Contains("no-such", StringComparison.Ordinal) ? 404 : 500;
            return Task.FromResult(true);
        };

        var missing = await _host.Http.GetAsync("booklets/no-such-booklet");
        var failing = await _host.Http.GetAsync(BookletPath);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("There is no such page", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadGateway, failing.StatusCode);
    }

    [GeneratedRegex("<li class=\"timeline-event\"[^>]* data-date=\"[0-9-]+\"[^>]*>(?:<span[^>]*>)?<time datetime=\"[0-9-]+\">([^<]+)</time>")]
    private static partial Regex TimelineDate();

    [GeneratedRegex("<li class=\"related-item\" data-type=\"([^\"]+)\"[^>]*><a href=\"([^\"]+)\">([^<]+)</a></li>")]
    private static partial Regex RelatedItem();

    [GeneratedRegex("<strong class=\"event-name\">([^<]+)</strong>")]
    private static partial Regex EventName();
}
