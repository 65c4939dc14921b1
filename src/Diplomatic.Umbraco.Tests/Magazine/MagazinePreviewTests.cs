using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.ContentModel.Preview;
using Diplomatic.Umbraco.Tests.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.Tests.Magazine;

/// <summary>
/// "Save and preview": <c>/preview/{key}?culture=&amp;token=</c> checks the CMS's signed token, fetches the draft with
/// the API key and renders the page the item will be on, marked as a preview and kept out of caches and indexes.
/// </summary>
public sealed partial class MagazinePreviewTests : IClassFixture<MagazineHost>
{
    private const string Banner = "<p class=\"preview-banner\" role=\"status\">Preview: this draft is not published</p>";
    private const string Refused = "This preview link is invalid or has expired";
    private static readonly string BookletName = FirstBooklet.Name(FirstBooklet.Booklet);
    private readonly MagazineHost _host;

    public MagazinePreviewTests(MagazineHost host)
    {
        _host = host;
        _host.Api.ClearRequests();
        RecordedDrafts.Use(_host.Api);
    }

    public static TheoryData<string> BookletParts() =>
    [
        T.FactBox,
        T.Event,
    ];

    public static TheoryData<string> RefusedLinks()
    {
        var key = FirstBooklet.Booklet.Key;
        var valid = Token(key, "en-US");
        var dot = valid.IndexOf('.', StringComparison.Ordinal);
        var tampered = valid[..^1] + (valid[^1] == 'A' ? 'B' : 'A');
        var longer = (long.Parse(valid[..dot], System.Globalization.CultureInfo.InvariantCulture) + 3600) + valid[dot..];
        return
        [
            Link(key, "en-US", tampered), // a signature character changed
            Link(key, "en-US", longer), // the expiry pushed back
            Link(key, "en-US", PreviewToken.Create(MagazineHost.PreviewSecret, key, "en-US", DateTimeOffset.UtcNow.AddSeconds(-1))), // expired
            Link(key, "en-US", Token(FirstBooklet.Article.Key, "en-US")), // another item's
            Link(key, "ur-PK", valid), // another culture's
            Link(key, null, valid), // the culture dropped
            Link(key, "en-US", PreviewToken.Create("another-secret-of-at-least-32-characters", key, "en-US", DateTimeOffset.UtcNow.AddMinutes(10))),
            Link(key, "en-US", null),
            Link(key, "en-US", "not-a-token"),
            Link(key, "en-US", "1." + new string('a', 300)),
            Link(key, "en-US", valid) + "&token=" + Uri.EscapeDataString(valid), // two tokens
            Link(key, "en-US", valid) + "&culture=en-US", // two cultures
            Link(key, new string('x', 5000), valid),
        ];
    }

    [Fact]
    public async Task A_valid_link_shows_the_booklet_draft_with_the_banner_fetched_with_preview_and_the_api_key()
    {
        var response = await _host.Http.GetAsync(Link(FirstBooklet.Booklet.Key, "en-US"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Banner, html);
        Assert.Contains($"<h1 class=\"booklet-title\">{RecordedDrafts.Marker}{BookletName}</h1>", html);
        Assert.Contains("<section class=\"introduction\"><p>This special booklet has been produced", html);
        Assert.Equal(FirstBooklet.FactBoxes.Count, Regex.Count(html, "<aside class=\"fact-box\""));
        Assert.Equal(FirstBooklet.Events.Count, Regex.Count(html, "<li class=\"timeline-event\""));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.Contains("<html lang=\"en-US\" dir=\"ltr\">", html);
        AssertPreviewHeaders(response);
        AssertKeyNotSent(response, html);

        // The item by key, then the booklet page's two requests: every one for drafts, with the key.
        Assert.Equal(3, _host.Api.Requests.Count);
        Assert.All(_host.Api.Requests, r =>
        {
            Assert.Equal("true", r.Header("Preview"));
            Assert.Equal(RecordedDeliveryApi.ApiKey, r.Header("Api-Key"));
            Assert.Equal("en-US", r.Header("Accept-Language"));
        });
        Assert.Equal($"/umbraco/delivery/api/v2/content/item/{FirstBooklet.Booklet.Key:D}", _host.Api.Requests[0].Path);
        Assert.Empty(_host.Api.Unexpected);
    }

    [Fact]
    public async Task A_valid_link_to_an_article_shows_the_article_page_of_the_draft()
    {
        var response = await _host.Http.GetAsync(Link(FirstBooklet.Article.Key, "en-US"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Banner, html);
        Assert.Contains($"<h1 class=\"article-title\">{RecordedDrafts.Marker}{FirstBooklet.Name(FirstBooklet.Article)}</h1>", html);
        Assert.Contains($"<span class=\"reading-time\">{FirstBooklet.ReadingTime} min read</span>", html);
        Assert.Contains("<p>It is heartening to note here that Baku State University", html);
        Assert.Equal(FirstBooklet.ArticleFactBoxNames.Count, Regex.Count(html, "<aside class=\"fact-box\""));
        AssertPreviewHeaders(response);
        AssertKeyNotSent(response, html);
        Assert.All(_host.Api.Requests, r => Assert.Equal("true", r.Header("Preview")));
        Assert.Empty(_host.Api.Unexpected);
    }

    [Theory]
    [MemberData(nameof(BookletParts))]
    public async Task A_fact_box_or_an_event_is_previewed_on_its_booklets_page(string type)
    {
        var part = FirstBooklet.Booklet.Children.First(c => c.ContentTypeAlias == type);
        Assert.True(RecordedDrafts.Has(part.Key));

        var response = await _host.Http.GetAsync(Link(part.Key, "en-US"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Banner, html);
        Assert.Contains($"<h1 class=\"booklet-title\">{RecordedDrafts.Marker}{BookletName}</h1>", html);
        Assert.Contains(Html(FirstBooklet.Name(part)), html);
        AssertPreviewHeaders(response);
        Assert.Contains(_host.Api.Requests, r => r.Query.Contains(new("fetch", $"ancestors:{part.Key:D}")));
        Assert.All(_host.Api.Requests, r => Assert.Equal("true", r.Header("Preview")));
        Assert.Empty(_host.Api.Unexpected);
    }

    [Fact]
    public async Task An_urdu_link_previews_in_urdu_right_to_left()
    {
        var html = await _host.Http.GetStringAsync(Link(FirstBooklet.Booklet.Key, "ur-PK"));

        Assert.Contains("<html lang=\"ur-PK\" dir=\"rtl\">", html);
        Assert.Contains(Banner, html);
        Assert.All(_host.Api.Requests, r => Assert.Equal("ur-PK", r.Header("Accept-Language")));
    }

    [Fact]
    public async Task A_link_without_a_culture_previews_invariant_content_in_the_default_culture()
    {
        var response = await _host.Http.GetAsync(Link(FirstBooklet.Booklet.Key, null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Banner, await response.Content.ReadAsStringAsync());
        Assert.All(_host.Api.Requests, r => Assert.Equal("en-US", r.Header("Accept-Language")));
    }

    [Theory]
    [MemberData(nameof(RefusedLinks))]
    public async Task A_tampered_expired_misdirected_or_malformed_link_is_refused_before_anything_is_fetched(string link)
    {
        var response = await _host.Http.GetAsync(link);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(Refused, html);
        Assert.DoesNotContain("signature", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("preview-banner", html);
        Assert.DoesNotContain(BookletName, html);
        AssertPreviewHeaders(response);
        Assert.Empty(_host.Api.Requests);
    }

    [Fact]
    public async Task An_item_that_does_not_exist_even_as_a_draft_is_a_404_page()
    {
        var key = Guid.NewGuid();

        var response = await _host.Http.GetAsync(Link(key, "en-US"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no such page in the magazine.", html);
        Assert.DoesNotContain("preview-banner", html); // nothing is previewed
        AssertPreviewHeaders(response);
        Assert.Single(_host.Api.Requests);
    }

    [Fact]
    public async Task An_author_or_the_magazine_itself_has_no_page_to_preview_on()
    {
        var authors = FirstBooklet.Tree.Children.Single(c => c.ContentTypeAlias == T.Authors);
        var author = authors.Children.First(c => RecordedDrafts.Has(c.Key));
        Assert.Equal(T.Magazine, FirstBooklet.Tree.ContentTypeAlias);

        var forAuthor = await _host.Http.GetAsync(Link(author.Key, "en-US"));
        var forMagazine = await _host.Http.GetAsync(Link(FirstBooklet.Tree.Key, "en-US"));

        Assert.Equal(HttpStatusCode.NotFound, forAuthor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forMagazine.StatusCode);
        Assert.DoesNotContain("preview-banner", await forAuthor.Content.ReadAsStringAsync());
        Assert.Equal(2, _host.Api.Requests.Count); // one look each: the type alone decides
    }

    [Fact]
    public async Task A_culture_the_magazine_does_not_offer_is_a_404_even_with_a_valid_token()
    {
        var response = await _host.Http.GetAsync(Link(FirstBooklet.Booklet.Key, "de-DE"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_host.Api.Requests);
    }

    [Fact]
    public async Task When_the_api_fails_the_error_page_keeps_the_preview_headers_and_not_the_key()
    {
        _host.Api.Handler = (context, _) =>
        {
            context.Response.StatusCode = 401; // as Umbraco answers a key it does not accept
            return Task.FromResult(true);
        };

        var response = await _host.Http.GetAsync(Link(FirstBooklet.Booklet.Key, "en-US"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        AssertPreviewHeaders(response);
        AssertKeyNotSent(response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_signing_secret_the_preview_route_is_a_404()
    {
        await using var magazine = await MagazineHost.StartAsync(_host.Api.BaseAddress, new Dictionary<string, string?>
        {
            ["Magazine:Preview:SigningSecret"] = null,
            ["Diplomatic:DeliveryClient:ApiKey"] = null,
        });

        var response = await magazine.Http.GetAsync(Link(FirstBooklet.Booklet.Key, "en-US"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no such page in the magazine.", await response.Content.ReadAsStringAsync());
        Assert.Empty(_host.Api.Requests);
    }

    [Theory]
    [InlineData("too-short-a-secret", RecordedDeliveryApi.ApiKey, "at least 32 characters")]
    [InlineData("                                        ", RecordedDeliveryApi.ApiKey, "at least 32 characters")]
    [InlineData(MagazineHost.PreviewSecret, null, "Diplomatic:DeliveryClient:ApiKey")]
    public async Task A_short_secret_or_a_secret_without_an_api_key_stops_the_magazine_at_start_up(string secret, string? apiKey, string message)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => MagazineHost.StartAsync(_host.Api.BaseAddress, new Dictionary<string, string?>
        {
            ["Magazine:Preview:SigningSecret"] = secret,
            ["Diplomatic:DeliveryClient:ApiKey"] = apiKey,
        }));

        Assert.Contains(message, failure.Message);
        Assert.DoesNotContain(secret, failure.Message);
    }

    [Fact]
    public async Task The_api_key_and_the_secret_never_reach_the_logs_even_at_trace_level()
    {
        var logs = new CollectingLoggerProvider();
        await using var magazine = await MagazineHost.StartAsync(
            _host.Api.BaseAddress,
            new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
            },
            builder => builder.Logging.AddProvider(logs));
        var link = Link(FirstBooklet.Booklet.Key, "en-US");

        Assert.Equal(HttpStatusCode.OK, (await magazine.Http.GetAsync(link)).StatusCode);
        _host.Api.Handler = (context, _) =>
        {
            context.Response.StatusCode = 500;
            return Task.FromResult(true);
        };
        Assert.Equal(HttpStatusCode.BadGateway, (await magazine.Http.GetAsync(link)).StatusCode);

        Assert.Contains(logs.Messages, m => m.Contains("Api-Key", StringComparison.Ordinal)); // the headers were logged...
        Assert.DoesNotContain(logs.Messages, m => m.Contains(RecordedDeliveryApi.ApiKey, StringComparison.Ordinal)); // ...redacted
        Assert.DoesNotContain(logs.Messages, m => m.Contains(MagazineHost.PreviewSecret, StringComparison.Ordinal));
    }

    /// <summary>A link as the CMS makes it (valid for ten minutes unless a token is given).</summary>
    internal static string Link(Guid key, string? culture, string? token = "") =>
        $"preview/{key:D}?" + (culture is null ? string.Empty : "culture=" + Uri.EscapeDataString(culture) + "&")
        + (token is null ? string.Empty : "token=" + Uri.EscapeDataString(token is "" ? Token(key, culture) : token));

    private static string Token(Guid key, string? culture) =>
        PreviewToken.Create(MagazineHost.PreviewSecret, key, culture, DateTimeOffset.UtcNow.AddMinutes(10));

    private static string Html(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);

    private static void AssertPreviewHeaders(HttpResponseMessage response)
    {
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("noindex", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private static void AssertKeyNotSent(HttpResponseMessage response, string body)
    {
        Assert.DoesNotContain(RecordedDeliveryApi.ApiKey, body);
        Assert.DoesNotContain(response.Headers.Concat(response.Content.Headers), h => h.Value.Any(v => v.Contains(RecordedDeliveryApi.ApiKey, StringComparison.Ordinal)));
        Assert.Null(response.Headers.Location);
    }
}
