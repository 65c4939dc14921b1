using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Delivery.Pages;
using Diplomatic.Umbraco.Delivery.Query;

namespace Diplomatic.Umbraco.Delivery.Client;

/// <summary>
/// The typed Delivery API v2 client for The Diplomatic Insight. Register it with
/// <c>services.AddDiplomaticDeliveryClient(...)</c>. Every method throws <see cref="DeliveryBadRequestException"/>,
/// <see cref="DeliveryUnauthorizedException"/>, <see cref="DeliveryNotFoundException"/>,
/// <see cref="DeliveryTimeoutException"/> or <see cref="DeliveryApiException"/> on failure.
/// </summary>
public interface IDiplomaticDeliveryClient
{
    /// <summary>One item by its route path (<c>/content/item/{path}</c>), relative to the start item.</summary>
    /// <typeparam name="T">The type expected, e.g. <see cref="Booklet"/>; <see cref="DeliveryContent"/> for any.</typeparam>
    /// <param name="path">The path, e.g. <c>azerbaijan-pakistan-relations</c>.</param>
    /// <param name="expand">What picked items to expand, or null.</param>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item.</returns>
    Task<T> GetItemAsync<T>(string path, PropertySelection? expand = null, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default)
        where T : DeliveryContent;

    /// <summary>One item by its key (<c>/content/item/{id}</c>).</summary>
    /// <typeparam name="T">The type expected.</typeparam>
    /// <param name="id">The key.</param>
    /// <param name="expand">What picked items to expand, or null.</param>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item.</returns>
    Task<T> GetItemAsync<T>(Guid id, PropertySelection? expand = null, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default)
        where T : DeliveryContent;

    /// <summary>One page of a query.</summary>
    /// <param name="query">The query.</param>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<PagedResult<DeliveryContent>> QueryAsync(DeliveryQuery query, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default);

    /// <summary>Every item a query matches, fetched page by page (pages of the query's take when it set one with <c>Page</c>, else of the configured page size) as you enumerate.</summary>
    /// <param name="query">The query; its skip is where paging starts.</param>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items.</returns>
    IAsyncEnumerable<DeliveryContent> QueryAllAsync(DeliveryQuery query, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default);

    /// <summary>The magazine: the start item itself (the root route), or null when that is not a published magazine (one request).</summary>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The magazine.</returns>
    Task<Magazine?> GetMagazineAsync(DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default);

    /// <summary>The latest articles by publish date, authors expanded (one request).</summary>
    /// <param name="take">How many, 1 to 100.</param>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The articles, newest first.</returns>
    Task<IReadOnlyList<Article>> GetLatestArticlesAsync(int take = 10, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default);

    /// <summary>The newest booklets, by their publish date (newest first), with their authors.</summary>
    /// <param name="take">How many (1-100).</param>
    /// <param name="request">Culture, preview and start item for this call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The booklets.</returns>
    Task<IReadOnlyList<Booklet>> GetLatestBookletsAsync(int take = 10, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// A booklet with all its parts in two requests: the booklet by path, then its children in order with fact boxes,
    /// related articles and authors expanded (more pages only past <see cref="DiplomaticDeliveryClientOptions.PageSize"/> parts).
    /// </summary>
    /// <param name="path">The booklet's path, e.g. <c>azerbaijan-pakistan-relations</c>.</param>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The booklet page.</returns>
    Task<BookletPage> GetBookletAsync(string path, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// A booklet page by the booklet's key (for previews: a draft's route may not find it, see docs/front-ends.md), in the
    /// same two requests as by path.
    /// </summary>
    /// <param name="id">The booklet's key.</param>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The page.</returns>
    Task<BookletPage> GetBookletAsync(Guid id, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default);

    /// <summary>An article with its fact boxes and related items (two requests: the article expanded, then <c>fetch=related:{id}</c>).</summary>
    /// <param name="path">The article's path.</param>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The article page.</returns>
    Task<ArticlePage> GetArticleAsync(string path, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default);

    /// <summary>An article page by the article's key (for previews), in the same two requests as by path.</summary>
    /// <param name="id">The article's key.</param>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The page.</returns>
    Task<ArticlePage> GetArticleAsync(Guid id, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default);

    /// <summary>The events whose start date lies in a range, as a timeline (<c>eventDate&gt;:from</c>, <c>eventDate&lt;:to</c>).</summary>
    /// <param name="from">The first day, inclusive.</param>
    /// <param name="to">The last day, inclusive.</param>
    /// <param name="countries">Only events about any of these countries, or none for all.</param>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The timeline, earliest first.</returns>
    Task<IReadOnlyList<TimelineEntry>> GetTimelineAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? countries = null, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default);

    /// <summary>The fact boxes on a topic about any of the countries, paged as you enumerate.</summary>
    /// <param name="topic">The topic, or null for any.</param>
    /// <param name="countries">ISO codes or names, or none for any.</param>
    /// <param name="request">Header overrides, or null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The fact boxes.</returns>
    IAsyncEnumerable<FactBox> GetFactsAsync(string? topic, IReadOnlyCollection<string>? countries = null, DeliveryRequestOptions? request = null, CancellationToken cancellationToken = default);
}
