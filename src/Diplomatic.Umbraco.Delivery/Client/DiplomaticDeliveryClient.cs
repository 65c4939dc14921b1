using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Diplomatic.Umbraco.Delivery.Json;
using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Delivery.Pages;
using Diplomatic.Umbraco.Delivery.Query;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using P = Diplomatic.Umbraco.Delivery.DeliveryAliases.Properties;
using T = Diplomatic.Umbraco.Delivery.DeliveryAliases.ContentTypes;

namespace Diplomatic.Umbraco.Delivery.Client;

/// <summary>The <see cref="IDiplomaticDeliveryClient"/> over a typed <see cref="HttpClient"/>.</summary>
internal sealed class DiplomaticDeliveryClient : IDiplomaticDeliveryClient
{
    internal const string ApiRoot = "umbraco/delivery/api/v2/content";
    private const int MaxProblemBytes = 64 * 1024;
    private const string PreviewRoutePrefix = "/preview-";

    private readonly HttpClient _http;
    private readonly DiplomaticDeliveryClientOptions _options;

    public DiplomaticDeliveryClient(HttpClient http, IOptions<DiplomaticDeliveryClientOptions> options)
    {
        _http = http;
        _options = options.Value;
    }

    /// <summary>The expansion the booklet and article pages use.</summary>
    internal static PropertySelection PartsExpansion { get; } = PropertySelection.Of(P.FactBoxes, P.RelatedArticles, P.Authors);

    public Task<T> GetItemAsync<T>(string path, PropertySelection? expand = null, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default)
        where T : DeliveryContent =>
        GetItemCoreAsync<T>(ItemUri(Validation.Path(path), expand), request, cancellationToken);

    public Task<T> GetItemAsync<T>(Guid id, PropertySelection? expand = null, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default)
        where T : DeliveryContent =>
        GetItemCoreAsync<T>(ItemUri("/" + Validation.Key(id, nameof(id)), expand), request, cancellationToken);

    public async Task<PagedResult<DeliveryContent>> QueryAsync(DeliveryQuery query, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await SendAsync(ApiRoot + query.ToQueryString(), DeliveryJsonContext.Default.PagedResultDeliveryContent, request, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<DeliveryContent> QueryAllAsync(DeliveryQuery query, DeliveryRequestOptions? request = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var take = query.PageSet ? query.Take : _options.PageSize;
        var skip = query.Skip;
        while (true)
        {
            var page = await QueryAsync(query.Page(skip, take), request, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            skip += page.Items.Count;
            if (page.Items.Count == 0 || skip >= page.Total)
            {
                yield break;
            }
        }
    }

    public async Task<Magazine?> GetMagazineAsync(DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        // The start item itself, by the root route: a query cannot find it, because with a Start-Item header Umbraco
        // queries only the start item's descendants (a real site answers "contentType:magazine" with no items).
        try
        {
            return await SendAsync(ItemUri("/", null), DeliveryJsonContext.Default.DeliveryContent, request, cancellationToken).ConfigureAwait(false) as Magazine;
        }
        catch (DeliveryNotFoundException)
        {
            return null;
        }
    }

    public Task<IReadOnlyList<Article>> GetLatestArticlesAsync(int take = 10, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default) =>
        LatestAsync<Article>(T.Article, take, request, cancellationToken);

    public Task<IReadOnlyList<Booklet>> GetLatestBookletsAsync(int take = 10, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default) =>
        LatestAsync<Booklet>(T.Booklet, take, request, cancellationToken);

    // The newest items of one type by publish date, authors expanded, in one request.
    private async Task<IReadOnlyList<TItem>> LatestAsync<TItem>(string contentType, int take, DeliveryRequestOptions? request, CancellationToken cancellationToken)
        where TItem : DeliveryContent
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, 100);
        var query = DeliveryQuery.All
            .Where(Filter.ContentType(contentType))
            .OrderBy(Sort.PublishDate(SortDirection.Descending))
            .Page(0, take)
            .Expand(PropertySelection.Of(P.Authors));
        var page = await QueryAsync(query, request, cancellationToken).ConfigureAwait(false);
        return page.Items.OfType<TItem>().ToList();
    }

    public async Task<BookletPage> GetBookletAsync(string path, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default) =>
        await BookletPageAsync(await GetItemAsync<Booklet>(path, PropertySelection.Of(P.Authors), request, cancellationToken).ConfigureAwait(false), request, cancellationToken).ConfigureAwait(false);

    public async Task<BookletPage> GetBookletAsync(Guid id, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default) =>
        await BookletPageAsync(await GetItemAsync<Booklet>(id, PropertySelection.Of(P.Authors), request, cancellationToken).ConfigureAwait(false), request, cancellationToken).ConfigureAwait(false);

    public async Task<ArticlePage> GetArticleAsync(string path, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default) =>
        await ArticlePageAsync(await GetItemAsync<Article>(path, PartsExpansion, request, cancellationToken).ConfigureAwait(false), request, cancellationToken).ConfigureAwait(false);

    public async Task<ArticlePage> GetArticleAsync(Guid id, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default) =>
        await ArticlePageAsync(await GetItemAsync<Article>(id, PartsExpansion, request, cancellationToken).ConfigureAwait(false), request, cancellationToken).ConfigureAwait(false);

    private async Task<BookletPage> BookletPageAsync(Booklet booklet, DeliveryRequestOptions? request, CancellationToken cancellationToken)
    {
        var children = DeliveryQuery.All
            .Fetch(Selector.Children(booklet.Id))
            .OrderBy(Sort.SortOrder())
            .Page(0, _options.PageSize)
            .Expand(PartsExpansion);
        var parts = new List<DeliveryContent>();
        await foreach (var part in QueryAllAsync(children, request, cancellationToken).ConfigureAwait(false))
        {
            parts.Add(part);
        }

        return new BookletPage(booklet, parts.OfType<Article>().ToList(), parts.OfType<FactBox>().ToList(), TimelineEntry.Build(parts.OfType<Event>()));
    }

    private async Task<ArticlePage> ArticlePageAsync(Article article, DeliveryRequestOptions? request, CancellationToken cancellationToken)
    {
        // The page shows the article and its fact boxes already: "related" is for what it does not show.
        var factBoxes = article.Properties.FactBoxes ?? [];
        var shown = factBoxes.Select(f => f.Id).Prepend(article.Id).ToArray();
        var bookletQuery = DeliveryQuery.All.Fetch(Selector.Ancestors(article.Id)).Where(Filter.ContentType(T.Booklet)).Page(0, 1);
        var relatedQuery = DeliveryQuery.All.Fetch(Selector.Related(article.Id)).Where(Filter.Exclude(shown)).Page(0, 6);
        var bookletTask = QueryAsync(bookletQuery, request, cancellationToken);
        var relatedTask = QueryAsync(relatedQuery, request, cancellationToken);
        var booklet = (await bookletTask.ConfigureAwait(false)).Items.OfType<Booklet>().FirstOrDefault();
        var related = await relatedTask.ConfigureAwait(false);
        var items = (article.Properties.RelatedArticles ?? []).Cast<DeliveryContent>()
            .Concat(related.Items)
            .Where(i => !shown.Contains(i.Id) && i.Id != booklet?.Id)
            .DistinctBy(i => i.Id)
            .ToList();
        return new ArticlePage(article, factBoxes, items) { Booklet = booklet };
    }

    public async Task<IReadOnlyList<TimelineEntry>> GetTimelineAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? countries = null, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        var query = DeliveryQuery.All
            .Where(Filter.ContentType(T.Event))
            .Where(Filter.EventDate(DateComparison.OnOrAfter, from))
            .Where(Filter.EventDate(DateComparison.OnOrBefore, to));
        if (countries is { Count: > 0 })
        {
            query = query.Where(Filter.Country([.. countries]));
        }

        query = query.OrderBy(Sort.EventDate(SortDirection.Ascending)).Page(0, _options.PageSize);
        var events = new List<Event>();
        await foreach (var item in QueryAllAsync(query, request, cancellationToken).ConfigureAwait(false))
        {
            if (item is Event e)
            {
                events.Add(e);
            }
        }

        return TimelineEntry.Build(events);
    }

    public async IAsyncEnumerable<FactBox> GetFactsAsync(string? topic, IReadOnlyCollection<string>? countries = null, DeliveryRequestOptions? request = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = DeliveryQuery.All.Where(Filter.ContentType(T.FactBox));
        if (topic is not null)
        {
            query = query.Where(Filter.Topic(topic));
        }

        if (countries is { Count: > 0 })
        {
            query = query.Where(Filter.Country([.. countries]));
        }

        query = query.OrderBy(Sort.SortOrder()).Page(0, _options.PageSize);
        await foreach (var item in QueryAllAsync(query, request, cancellationToken).ConfigureAwait(false))
        {
            if (item is FactBox factBox)
            {
                yield return factBox;
            }
        }
    }

    private static string ItemUri(string path, PropertySelection? expand)
    {
        var escaped = string.Join("/", path.Split('/').Select(Uri.EscapeDataString));

        // A never-published item's preview route is "/preview-{key}/". Umbraco 17 matches it only with its leading
        // slash, which routing strips from "item/{*path}", so the slash is sent encoded (Umbraco decodes it).
        if (escaped.StartsWith(PreviewRoutePrefix, StringComparison.Ordinal))
        {
            escaped = "/%2F" + escaped[1..];
        }

        return ApiRoot + "/item" + escaped + (expand is null ? string.Empty : QueryStrings.Format([new("expand", expand.ToString())]));
    }

    private async Task<T> GetItemCoreAsync<T>(string uri, DeliveryRequestOptions? request, CancellationToken cancellationToken)
        where T : DeliveryContent
    {
        var item = await SendAsync(uri, DeliveryJsonContext.Default.DeliveryContent, request, cancellationToken).ConfigureAwait(false);
        return item as T ?? throw new DeliveryApiException(
            $"Expected a {typeof(T).Name} at '{uri}' but the API returned a '{item.ContentType ?? "unknown"}' item ('{item.Name}').",
            HttpStatusCode.OK,
            requestUri: uri);
    }

    private async Task<TResult> SendAsync<TResult>(string uri, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResult> typeInfo, DeliveryRequestOptions? request, CancellationToken cancellationToken)
        where TResult : class
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, uri);
        ApplyHeaders(message, request);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException timeout)
        {
            throw new DeliveryTimeoutException($"The Delivery API did not answer '{uri}' within {timeout.Timeout.TotalSeconds:0.###} s.", uri, timeout);
        }
        catch (HttpRequestException failure)
        {
            throw new DeliveryApiException($"The Delivery API could not be reached for '{uri}': {failure.Message}", failure.StatusCode, requestUri: uri, innerException: failure);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ErrorAsync(response, uri, cancellationToken).ConfigureAwait(false);
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                try
                {
                    return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false)
                        ?? throw new DeliveryApiException($"The Delivery API answered '{uri}' with null.", response.StatusCode, requestUri: uri);
                }
                catch (JsonException invalid)
                {
                    throw new DeliveryApiException(
                        $"The Delivery API's answer to '{uri}' is not in the expected shape at {invalid.Path} (line {invalid.LineNumber + 1}): {invalid.Message}",
                        response.StatusCode,
                        requestUri: uri,
                        innerException: invalid);
                }
            }
        }
    }

    private void ApplyHeaders(HttpRequestMessage message, DeliveryRequestOptions? request)
    {
        var preview = request?.Preview ?? _options.Preview;
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            message.Headers.TryAddWithoutValidation("Api-Key", _options.ApiKey);
        }
        else if (preview)
        {
            throw new InvalidOperationException($"Preview needs an API key: set {DiplomaticDeliveryClientOptions.SectionName}:{nameof(DiplomaticDeliveryClientOptions.ApiKey)}.");
        }

        if (preview)
        {
            message.Headers.TryAddWithoutValidation("Preview", "true");
        }

        var culture = request?.Culture ?? _options.Culture;
        if (!string.IsNullOrWhiteSpace(culture))
        {
            message.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
        }

        var startItem = request?.StartItem ?? _options.StartItem;
        if (!string.IsNullOrWhiteSpace(startItem))
        {
            message.Headers.TryAddWithoutValidation("Start-Item", startItem);
        }

        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    private static async Task<DeliveryApiException> ErrorAsync(HttpResponseMessage response, string uri, CancellationToken cancellationToken)
    {
        DeliveryProblemDetails? problem = null;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (body.Length is > 0 and <= MaxProblemBytes)
        {
            try
            {
                problem = JsonSerializer.Deserialize(body, DeliveryJsonContext.Default.DeliveryProblemDetails);
            }
            catch (JsonException)
            {
                // Not problem details (an HTML error page, say): report the status alone.
            }
        }

        var status = (int)response.StatusCode;
        var detail = problem is null ? string.Empty : $": {problem.Title}{(string.IsNullOrEmpty(problem.Detail) ? string.Empty : " - " + problem.Detail)}";
        return response.StatusCode switch
        {
            HttpStatusCode.BadRequest => new DeliveryBadRequestException($"The Delivery API rejected '{uri}' (400){detail}", problem, uri),
            HttpStatusCode.Unauthorized => new DeliveryUnauthorizedException($"The Delivery API refused '{uri}' (401): check the API key{detail}", problem, uri),
            HttpStatusCode.NotFound => new DeliveryNotFoundException($"The Delivery API has no item at '{uri}' (404){detail}", problem, uri),
            _ => new DeliveryApiException($"The Delivery API failed on '{uri}' ({status} {response.ReasonPhrase}){detail}", response.StatusCode, problem, uri),
        };
    }
}
