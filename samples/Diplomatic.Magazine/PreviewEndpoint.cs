using Diplomatic.Umbraco.ContentModel.Preview;
using Diplomatic.Umbraco.Delivery.Client;
using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Delivery.Query;
using Microsoft.Extensions.Options;

namespace Diplomatic.Magazine;

/// <summary>
/// <c>GET /preview/{key}?culture=&amp;token=</c>: the CMS's "Preview on the magazine" link. The token (signed by the
/// CMS with the shared secret, see <see cref="PreviewToken"/>) is checked first; only then is the draft fetched,
/// server-side with the Delivery API key, and rendered by the page readers will see once it is published.
/// </summary>
internal static class PreviewEndpoint
{
    public const string Route = "/preview/{key:guid}";

    public const string Banner = "Preview: this draft is not published";

    // BCP 47 tags in practice are far shorter; anything longer is not a link the CMS made, refused before any work.
    private const int MaxCultureLength = 35;

    public static async Task<IResult> HandleAsync(
        Guid key,
        HttpContext context,
        IDiplomaticDeliveryClient client,
        IOptions<MagazineOptions> options,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        // Every answer of this route, error pages included (the exception handler clears headers, not this callback):
        // a draft is never cached or indexed, and the token in the URL is not sent on as a referrer.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.CacheControl = "no-store";
            headers["X-Robots-Tag"] = "noindex";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, context.Response);

        var request = context.Request;
        IResult NotFound() => Page(Html.NotFound(PageContext.For(context.RequestServices, request)), StatusCodes.Status404NotFound); // no banner
        var secret = options.Value.Preview.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return NotFound();
        }

        var cultures = request.Query["culture"];
        var tokens = request.Query["token"];
        var culture = cultures.Count == 1 && !string.IsNullOrEmpty(cultures[0]) ? cultures[0] : null;
        var status = cultures.Count > 1 || tokens.Count > 1 || culture?.Length > MaxCultureLength
            ? PreviewTokenStatus.Malformed
            : PreviewToken.Check(secret, key, culture, tokens.Count == 1 ? tokens[0] : null, time.GetUtcNow());
        if (status != PreviewTokenStatus.Valid)
        {
            loggers.CreateLogger(typeof(PreviewEndpoint)).LogInformation("Preview link for {Key} refused: {Status}", key, status);
            return Page(Html.LinkInvalid(PageContext.For(context.RequestServices, request)), StatusCodes.Status403Forbidden);
        }

        var view = PageContext.For(context.RequestServices, request, preview: true);
        if (culture is not null && !string.Equals(view.Culture, culture, StringComparison.OrdinalIgnoreCase))
        {
            return NotFound(); // a culture readers cannot pick here
        }

        var draft = view.Request with { Preview = true };
        DeliveryContent item;
        try
        {
            item = await client.GetItemAsync<DeliveryContent>(key, null, draft, cancellationToken);
        }
        catch (DeliveryNotFoundException)
        {
            return NotFound();
        }

        // The page a reader will find the item on. Its route is re-read with the expansions that page needs; a page
        // that turns out to be another item's (a path shared across sites) is not shown.
        string? html = null;
        switch (item)
        {
            case Booklet booklet:
                var bookletPage = await client.GetBookletAsync(booklet.Route.Path, draft, cancellationToken);
                html = bookletPage.Booklet.Id == key ? Html.Booklet(view, bookletPage) : null;
                break;
            case Article article:
                var articlePage = await client.GetArticleAsync(article.Route.Path, draft, cancellationToken);
                html = articlePage.Article.Id == key ? Html.Article(view, articlePage) : null;
                break;
            case FactBox or Event:
                // Shown on their booklet's page. By ancestors, not by the route: a never-published item's route is
                // "/preview-{key}/" and names no parent.
                var ancestors = await client.QueryAsync(
                    DeliveryQuery.All.Fetch(Selector.Ancestors(key)).OrderBy(Sort.Level(SortDirection.Descending)).Page(0, 10),
                    draft,
                    cancellationToken);
                if (ancestors.Items.OfType<Booklet>().FirstOrDefault() is { } parent)
                {
                    var page = await client.GetBookletAsync(parent.Route.Path, draft, cancellationToken);
                    html = page.Booklet.Id == parent.Id ? Html.Booklet(view, page) : null;
                }

                break;
        }

        return html is null ? NotFound() : Page(html, StatusCodes.Status200OK);
    }

    private static IResult Page(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
