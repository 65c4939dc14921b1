using System.Net;
using System.Text.Json;
using Diplomatic.Umbraco.Delivery.Client;
using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Delivery.Query;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diplomatic.Umbraco.Tests.Delivery;

/// <summary>The client against a real loopback HTTP server answering with the recorded responses.</summary>
public sealed class DeliveryClientTests : IAsyncLifetime
{
    private RecordedDeliveryApi _api = null!;

    public async Task InitializeAsync() => _api = await RecordedDeliveryApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_booklet_comes_with_all_its_parts_in_two_requests_with_the_documented_query_strings()
    {
        using var services = Client(out var client);

        var page = await client.GetBookletAsync("azerbaijan-pakistan-relations");

        Assert.Equal("Azerbaijan-Pakistan Relations", page.Booklet.Name);
        Assert.Equal("Muhammad Asif Noor", page.Booklet.Properties.Authors![0].Name);
        Assert.Equal(FirstBooklet.Name(FirstBooklet.Article), Assert.Single(page.Articles).Name);
        Assert.Equal(FirstBooklet.FactBoxes.Select(FirstBooklet.Name), page.FactBoxes.Select(f => f.Name));
        Assert.True(page.FactBoxes.Count >= 5);
        Assert.Equal(7, page.Timeline.Count);
        Assert.Equal(FirstBooklet.EventsByDate.Select(FirstBooklet.Name), page.Timeline.Select(t => t.Event.Name));
        Assert.Equal(page.Timeline.Select(t => t.Date).Order(), page.Timeline.Select(t => t.Date));
        Assert.Equal(FirstBooklet.ArticleFactBoxNames.Count, page.Articles[0].Properties.FactBoxes!.Count(f => f.Properties.Headline is not null));

        Assert.Equal(2, _api.Requests.Count);
        Assert.Empty(_api.Unexpected);
        Assert.All(_api.Requests, r => Assert.Equal("the-diplomatic-insight", r.Header("Start-Item")));
        Assert.All(_api.Requests, r => Assert.Equal("en-US", r.Header("Accept-Language")));
        Assert.All(_api.Requests, r => Assert.Null(r.Header("Api-Key")));
        Assert.All(_api.Requests, r => Assert.Null(r.Header("Preview")));
    }

    [Fact]
    public async Task An_article_comes_with_expanded_fact_boxes_and_related_items()
    {
        using var services = Client(out var client);

        var page = await client.GetArticleAsync(FirstBooklet.ArticlePath);

        Assert.Equal(FirstBooklet.Name(FirstBooklet.Article), page.Article.Name);
        Assert.Equal(FirstBooklet.ArticleFactBoxNames, page.FactBoxes.Select(f => f.Name));
        Assert.All(page.FactBoxes, f => Assert.NotNull(f.Properties.Headline));
        Assert.Equal(6, page.Related.Count);
        Assert.DoesNotContain(page.Related, r => r.Id == FirstBooklet.Article.Key);
        Assert.Subset(FirstBooklet.Booklet.Children.Select(FirstBooklet.Name).ToHashSet(), page.Related.Select(r => r.Name).ToHashSet());
        Assert.Equal(FirstBooklet.ReadingTime, page.ReadingTimeMinutes);
        Assert.Equal(["properties[factBoxes,relatedArticles,authors]"], _api.Requests[0].Query.Where(q => q.Key == "expand").Select(q => q.Value));
        Assert.Empty(_api.Unexpected);
    }

    [Fact]
    public async Task Latest_articles_magazine_timeline_and_facts_use_our_filters_and_sorts()
    {
        using var services = Client(out var client);

        var latest = await client.GetLatestArticlesAsync();
        var magazine = await client.GetMagazineAsync();
        var timeline = await client.GetTimelineAsync(new DateOnly(1990, 1, 1), new DateOnly(2026, 12, 31));
        var facts = new List<FactBox>();
        await foreach (var fact in client.GetFactsAsync("energy", ["az", "pk"]))
        {
            facts.Add(fact);
        }

        Assert.Equal(FirstBooklet.Name(FirstBooklet.Article), Assert.Single(latest).Name);
        Assert.Equal("The Diplomatic Insight", magazine!.Name);
        Assert.Null(magazine.Properties.Tagline);
        Assert.Equal(FirstBooklet.EventsByDate.Select(FirstBooklet.Name), timeline.Select(t => t.Event.Name));
        Assert.Equal(1992, timeline[0].Date.Year);
        Assert.Equal(FirstBooklet.FactBoxes.Where(f => FirstBooklet.Strings(f, Diplomatic.Umbraco.ContentModel.PropertyAliases.Bilateral.Topics).Contains("energy")).Select(FirstBooklet.Name), facts.Select(f => f.Properties.Headline));
        Assert.Equal(4, _api.Requests.Count);
        Assert.Empty(_api.Unexpected);
    }

    [Fact]
    public async Task The_culture_start_item_preview_and_api_key_go_in_the_headers()
    {
        using var services = Client(out var client, o => o.ApiKey = RecordedDeliveryApi.ApiKey);

        await client.GetBookletAsync("azerbaijan-pakistan-relations", new DeliveryRequestOptions { Culture = "ur-PK", Preview = true, StartItem = FirstBooklet.Tree.Key.ToString() });

        Assert.All(_api.Requests, r =>
        {
            Assert.Equal("ur-PK", r.Header("Accept-Language"));
            Assert.Equal("true", r.Header("Preview"));
            Assert.Equal(RecordedDeliveryApi.ApiKey, r.Header("Api-Key"));
            Assert.Equal(FirstBooklet.Tree.Key.ToString(), r.Header("Start-Item"));
        });
    }

    [Fact]
    public async Task Preview_without_an_api_key_is_refused_before_any_request()
    {
        using var services = Client(out var client);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetBookletAsync("azerbaijan-pakistan-relations", new DeliveryRequestOptions { Preview = true }));

        Assert.Contains("API key", error.Message);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task A_wrong_api_key_is_a_typed_401_carrying_the_problem_details()
    {
        using var services = Client(out var client, o => { o.ApiKey = "wrong"; o.Preview = true; });

        var error = await Assert.ThrowsAsync<DeliveryUnauthorizedException>(() => client.GetBookletAsync("azerbaijan-pakistan-relations"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Preview needs a valid API key.", error.Problem!.Detail);
        Assert.DoesNotContain("wrong", error.Message);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task An_unknown_filter_is_a_typed_400_carrying_the_problem_details_and_is_not_retried()
    {
        _api.Handler = async (context, request) =>
        {
            await RecordedDeliveryApi.ProblemAsync(context, 400, "Filter option not found", "One of the attempted 'filter' options does not exist");
            return true;
        };
        using var services = Client(out var client);

        var error = await Assert.ThrowsAsync<DeliveryBadRequestException>(() => client.QueryAsync(DeliveryQuery.All.Where(Filter.Topic("energy"))));

        Assert.Equal("Filter option not found", error.Problem!.Title);
        Assert.Equal(400, error.Problem.Status);
        Assert.Contains("filter=topic%3Aenergy", error.RequestUri);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task A_missing_item_is_a_typed_404()
    {
        using var services = Client(out var client);
        _api.Handler = async (context, request) =>
        {
            if (!request.Path.EndsWith("/no-such-booklet/", StringComparison.Ordinal))
            {
                return false;
            }

            context.Response.StatusCode = 404;
            await Task.CompletedTask;
            return true;
        };

        var error = await Assert.ThrowsAsync<DeliveryNotFoundException>(() => client.GetBookletAsync("no-such-booklet"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Null(error.Problem);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task A_500_is_retried_then_reported_with_its_status()
    {
        _api.Handler = (context, request) =>
        {
            context.Response.StatusCode = 500;
            return Task.FromResult(true);
        };
        using var services = Client(out var client, o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<DeliveryApiException>(() => client.GetMagazineAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(3, _api.Requests.Count);
    }

    [Fact]
    public async Task A_transient_503_is_retried_and_the_call_succeeds()
    {
        var calls = 0;
        _api.Handler = (context, request) =>
        {
            if (Interlocked.Increment(ref calls) > 1)
            {
                return Task.FromResult(false);
            }

            context.Response.StatusCode = 503;
            return Task.FromResult(true);
        };
        using var services = Client(out var client);

        var magazine = await client.GetMagazineAsync();

        Assert.Equal("The Diplomatic Insight", magazine!.Name);
        Assert.Equal(2, _api.Requests.Count);
        Assert.Empty(_api.Unexpected);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_a_typed_timeout_after_the_retries()
    {
        using var release = new CancellationTokenSource();
        _api.Handler = async (context, request) =>
        {
            await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(release.Token, context.RequestAborted).Token).ContinueWith(_ => { });
            return true;
        };

        // Attempts are counted inside the resilience pipeline (a handler added after it runs once per attempt), not
        // at the server: on a loaded machine an attempt can time out before the server has even read it.
        var attempts = new AttemptCounter();
        var services = new ServiceCollection().AddDiplomaticDeliveryClient(o =>
        {
            o.BaseAddress = _api.BaseAddress;
            o.RetryDelay = TimeSpan.FromMilliseconds(10);
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.Timeout = TimeSpan.FromSeconds(20);
            o.MaxRetries = 1;
        });
        services.AddHttpClient(nameof(IDiplomaticDeliveryClient)).AddHttpMessageHandler(() => attempts);
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IDiplomaticDeliveryClient>();

        var error = await Assert.ThrowsAsync<DeliveryTimeoutException>(() => client.GetMagazineAsync());
        release.Cancel();

        Assert.Contains("did not answer", error.Message);
        Assert.Equal(2, attempts.Count);
    }

    private sealed class AttemptCounter : DelegatingHandler
    {
        private int _count;

        public int Count => _count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task Paging_walks_every_page_as_an_async_stream()
    {
        var first = JsonDocument.Parse(RecordedDeliveryApi.ReadRecorded("facts-energy.json")).RootElement.GetProperty("items")[0];
        var template = first.GetRawText();
        var templateId = first.GetProperty("id").GetString()!;
        _api.Handler = async (context, request) =>
        {
            var skip = int.Parse(request.Query.Single(q => q.Key == "skip").Value);
            var take = int.Parse(request.Query.Single(q => q.Key == "take").Value);
            var items = Enumerable.Range(skip, Math.Max(0, Math.Min(take, 250 - skip)))
                .Select(i => template.Replace(templateId, $"f1a00001-0000-4000-8000-{i:D12}", StringComparison.Ordinal));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"total\":250,\"items\":[" + string.Join(",", items) + "]}");
            return true;
        };
        using var services = Client(out var client);

        var ids = new List<Guid>();
        await foreach (var item in client.QueryAllAsync(DeliveryQuery.All.Where(Filter.ContentType("factBox"))))
        {
            ids.Add(item.Id);
        }

        Assert.Equal(250, ids.Distinct().Count());
        Assert.Equal(["0", "100", "200"], _api.Requests.Select(r => r.Query.Single(q => q.Key == "skip").Value));
        Assert.All(_api.Requests, r => Assert.Equal("100", r.Query.Single(q => q.Key == "take").Value));

        _api.ClearRequests();
        var fromSkip = 0;
        await foreach (var item in client.QueryAllAsync(DeliveryQuery.All.Where(Filter.ContentType("factBox")).Page(200, 10)))
        {
            fromSkip++;
        }

        Assert.Equal(50, fromSkip);
        Assert.Equal(["200", "210", "220", "230", "240"], _api.Requests.Select(r => r.Query.Single(q => q.Key == "skip").Value));
    }

    [Fact]
    public async Task An_item_of_another_type_than_asked_is_an_error_naming_both()
    {
        using var services = Client(out var client);

        var error = await Assert.ThrowsAsync<DeliveryApiException>(() => client.GetItemAsync<Article>("azerbaijan-pakistan-relations", PropertySelection.Of("authors")));

        Assert.Contains("Expected a Article", error.Message);
        Assert.Contains("'booklet'", error.Message);
    }

    [Fact]
    public async Task A_response_in_the_wrong_shape_is_an_error_naming_the_json_path()
    {
        _api.Handler = async (context, request) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"total\":1,\"items\":[{\"contentType\":\"factBox\",\"name\":\"x\",\"properties\":{\"figure\":{\"oops\":1}}}]}");
            return true;
        };
        using var services = Client(out var client);

        var error = await Assert.ThrowsAsync<DeliveryApiException>(() => client.QueryAsync(DeliveryQuery.All));

        Assert.Contains("figure", error.Message);
    }

    [Fact]
    public void Registration_is_idempotent_and_validates_the_options()
    {
        var services = new ServiceCollection();
        services.AddDiplomaticDeliveryClient(o => o.BaseAddress = new Uri("http://127.0.0.1:1/"));
        services.AddDiplomaticDeliveryClient(o => o.Culture = "ur-PK");
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(IDiplomaticDeliveryClient));
        var options = provider.GetRequiredService<IOptions<DiplomaticDeliveryClientOptions>>().Value;
        Assert.Equal("ur-PK", options.Culture);
        Assert.Equal(new Uri("http://127.0.0.1:1/"), options.BaseAddress);

        using var missing = new ServiceCollection().AddDiplomaticDeliveryClient().BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => missing.GetRequiredService<IOptions<DiplomaticDeliveryClientOptions>>().Value);
        Assert.Contains("BaseAddress", error.Message);
    }

    private ServiceProvider Client(out IDiplomaticDeliveryClient client, Action<DiplomaticDeliveryClientOptions>? configure = null)
    {
        var services = new ServiceCollection().AddDiplomaticDeliveryClient(o =>
        {
            o.BaseAddress = _api.BaseAddress;
            o.StartItem = "the-diplomatic-insight";
            o.Culture = "en-US";
            o.RetryDelay = TimeSpan.FromMilliseconds(10);
            configure?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        client = provider.GetRequiredService<IDiplomaticDeliveryClient>();
        return provider;
    }
}
