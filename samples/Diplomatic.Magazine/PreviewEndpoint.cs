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

        // The page a reader will find the item on, built by key: on a real Umbraco 17 a changed draft's route still
        // names its published segment, which preview does not resolve, and a never-published one's names no parent.
        string? html = null;
        switch (item)
        {
            case Booklet:
                html = Html.Booklet(view, await client.GetBookletAsync(key, draft, cancellationToken));
                break;
            case Article:
                html = Html.Article(view, await client.GetArticleAsync(key, draft, cancellationToken));
                break;
            case FactBox or Event:
                // Shown on their booklet's page: found by ancestors.
                var ancestors = await client.QueryAsync(
                    DeliveryQuery.All.Fetch(Selector.Ancestors(key)).OrderBy(Sort.Level(SortDirection.Descending)).Page(0, 10),
                    draft,
                    cancellationToken);
                if (ancestors.Items.OfType<Booklet>().FirstOrDefault() is { } parent)
                {
                    html = Html.Booklet(view, await client.GetBookletAsync(parent.Id, draft, cancellationToken));
                }

                break;
        }

        return html is null ? NotFound() : Page(html, StatusCodes.Status200OK);
    }

    private static IResult Page(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
