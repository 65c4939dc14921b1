using System.Globalization;
using Diplomatic.Umbraco.ContentModel.Preview;
using Diplomatic.Umbraco.Delivery.Client;
using Diplomatic.Umbraco.Delivery.Models;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Diplomatic.Magazine;

/// <summary>Builds the magazine web app: four pages over the typed Delivery API client, and the preview of drafts.</summary>
public static class MagazineApp
{
    /// <summary>Builds the app; tests pass <paramref name="configure"/> to point it at a fake API and a free port.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="configure">Runs last on the builder: settings, URLs, logging.</param>
    /// <param name="deliveryHandler">
    /// Makes the primary handler of the Delivery client's <see cref="HttpClient"/> instead of a socket handler, e.g. a
    /// WebApplicationFactory's <c>Server.CreateHandler</c> to run against an in-process Umbraco (whose
    /// <c>Server.BaseAddress</c> then goes in <c>Diplomatic:DeliveryClient:BaseAddress</c>). Called once per handler
    /// the client factory builds (every two minutes at most), so return a new one each time. Null: sockets.
    /// </param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null, Func<HttpMessageHandler>? deliveryHandler = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddDiplomaticDeliveryClient();
        if (deliveryHandler is not null)
        {
            // The typed client's HttpClient is named after its interface; the resilience handlers stay above this one.
            builder.Services.AddHttpClient(nameof(IDiplomaticDeliveryClient)).ConfigurePrimaryHttpMessageHandler(deliveryHandler);
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<MagazineOptions>().BindConfiguration(MagazineOptions.SectionName)
            .Validate(
                o => !o.Preview.Enabled || (o.Preview.SigningSecret!.Length >= PreviewToken.MinimumSecretLength && !string.IsNullOrWhiteSpace(o.Preview.SigningSecret)),
                $"Magazine:Preview:SigningSecret needs at least {PreviewToken.MinimumSecretLength} characters (or leave it unset to turn preview off).")
            .Validate<IOptions<DiplomaticDeliveryClientOptions>>(
                (o, client) => !o.Preview.Enabled || !string.IsNullOrEmpty(client.Value.ApiKey),
                $"Magazine:Preview:SigningSecret is set, so drafts are fetched: set {DiplomaticDeliveryClientOptions.SectionName}:{nameof(DiplomaticDeliveryClientOptions.ApiKey)} too.")
            .ValidateOnStart();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler(errors => errors.Run(async context =>
        {
            var failure = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
            var view = PageContext.For(context.RequestServices, context.Request);
            var (status, page) = failure switch
            {
                DeliveryApiException => (502, Html.Notice(view, view.Text("unavailableTitle"), view.Text("unavailableText"))),
                _ => (500, Html.Notice(view, view.Text("errorTitle"), view.Text("errorText"))),
            };
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(page);
        }));

        // A page that does not exist is an answer, not a failure: a 404 page, without the exception handler's error log.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (DeliveryNotFoundException) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(Html.NotFound(PageContext.For(context.RequestServices, context.Request)));
            }
        });

        app.MapGet("/", async (HttpRequest request, IDiplomaticDeliveryClient client, IOptions<MagazineOptions> options, CancellationToken ct) =>
        {
            var view = PageContext.For(request.HttpContext.RequestServices, request);
            var magazine = await client.GetMagazineAsync(view.Request, ct);
            var booklets = client.GetLatestBookletsAsync(10, view.Request, ct);
            var articles = client.GetLatestArticlesAsync(10, view.Request, ct);
            return Results.Content(Html.Home(view, magazine, await booklets, await articles), "text/html; charset=utf-8");
        });

        app.MapGet("/booklets/{slug}", async (string slug, HttpRequest request, IDiplomaticDeliveryClient client, IOptions<MagazineOptions> options, CancellationToken ct) =>
        {
            var view = PageContext.For(request.HttpContext.RequestServices, request);
            var booklet = await client.GetBookletAsync(slug, view.Request, ct);
            return Results.Content(Html.Booklet(view, booklet), "text/html; charset=utf-8");
        });

        app.MapGet("/articles/{**path}", async (string path, HttpRequest request, IDiplomaticDeliveryClient client, IOptions<MagazineOptions> options, CancellationToken ct) =>
        {
            var view = PageContext.For(request.HttpContext.RequestServices, request);
            var article = await client.GetArticleAsync(path, view.Request, ct);
            return Results.Content(Html.Article(view, article), "text/html; charset=utf-8");
        });

        app.MapGet("/events", async (HttpRequest request, IDiplomaticDeliveryClient client, IOptions<MagazineOptions> options, CancellationToken ct) =>
        {
            var view = PageContext.For(request.HttpContext.RequestServices, request);
            if (!TryParseDate(request.Query["from"], options.Value.TimelineFrom, out var from) || !TryParseDate(request.Query["to"], options.Value.TimelineTo, out var to))
            {
                return BadRequest(view, "Dates are written as yyyy-MM-dd, for example ?from=1990-01-01&to=2026-12-31.");
            }

            if (to < from)
            {
                return BadRequest(view, $"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
            }

            var timeline = await client.GetTimelineAsync(from, to, null, view.Request, ct);
            return Results.Content(Html.Events(view, from, to, timeline), "text/html; charset=utf-8");
        });

        app.MapGet(PreviewEndpoint.Route, PreviewEndpoint.HandleAsync);
        PrintEndpoints.Map(app);

        return app;
    }

    /// <summary>A date of the query string; absent is the fallback, anything but <c>yyyy-MM-dd</c> is refused (never silently replaced).</summary>
    private static bool TryParseDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrEmpty(text))
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static IResult BadRequest(PageContext view, string text) =>
        Results.Content(Html.Notice(view, view.Text("badRangeTitle"), text), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}

/// <summary>What every page needs: the reader's culture, its direction and the header overrides for the API.</summary>
internal sealed class PageContext
{
    private static readonly string[] RightToLeftLanguages = ["ar", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"];

    public PageContext(MagazineOptions options, HttpRequest request, Uri? cms = null)
    {
        Options = options;
        Cms = cms;
        var cultures = options.Cultures.Count > 0 ? options.Cultures : ["en-US"];
        var asked = request.Query["culture"].ToString();
        Culture = cultures.FirstOrDefault(c => string.Equals(c, asked, StringComparison.OrdinalIgnoreCase)) ?? cultures[0];
        IsDefaultCulture = Culture == cultures[0];
        IsRightToLeft = RightToLeftLanguages.Contains(Culture.Split('-')[0], StringComparer.OrdinalIgnoreCase);
        Request = new DeliveryRequestOptions { Culture = Culture };
        CultureInfo = CultureOf(Culture);
        _labels = Labels.For(Culture);
    }

    private readonly IReadOnlyDictionary<string, string> _labels;

    public MagazineOptions Options { get; }

    /// <summary>The CMS's base address: media URLs from the API are relative to it.</summary>
    public Uri? Cms { get; }

    /// <summary>A draft shown from a preview link: the page carries the preview banner and <c>noindex</c>.</summary>
    public bool IsPreview { get; init; }

    public static PageContext For(IServiceProvider services, HttpRequest request, bool preview = false) => new(
        services.GetRequiredService<IOptions<MagazineOptions>>().Value,
        request,
        services.GetRequiredService<IOptions<DiplomaticDeliveryClientOptions>>().Value.BaseAddress)
    {
        IsPreview = preview,
    };

    /// <summary>A media URL made absolute against the CMS when the API printed it relative.</summary>
    public string MediaUrl(string url) =>
        Cms is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? new Uri(Cms, url).ToString() : url;

    public string Culture { get; }

    public bool IsDefaultCulture { get; }

    public bool IsRightToLeft { get; }

    public CultureInfo CultureInfo { get; }

    public DeliveryRequestOptions Request { get; }

    public string Direction => IsRightToLeft ? "rtl" : "ltr";

    /// <summary>The magazine's own text for a key (<see cref="Labels"/>), in the reader's language.</summary>
    public string Text(string key) => _labels.TryGetValue(key, out var text) ? text : Labels.English[key];

    /// <summary>A number in the reader's culture, with its native digits where the culture writes them.</summary>
    public string Number(int value) => Digits(value.ToString(CultureInfo));

    /// <summary>A date as the reader's culture writes it (its month names, calendar and digits).</summary>
    public string Date(DateTime value) => Digits(value.ToString("d MMMM yyyy", CultureInfo));

    /// <summary>
    /// .NET formats numbers with ASCII digits in every culture; a culture whose readers use their own digits (Persian,
    /// Arabic in Saudi Arabia) says so in <see cref="NumberFormatInfo.DigitSubstitution"/>. Urdu in Pakistan and
    /// Azerbaijani use ASCII digits, so their text is left as it is.
    /// </summary>
    public string Digits(string text)
    {
        var format = CultureInfo.NumberFormat;
        if (format.DigitSubstitution == DigitShapes.None || format.NativeDigits is not { Length: 10 } native || native[0] == "0")
        {
            return text;
        }

        var digits = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            digits.Append(c is >= '0' and <= '9' ? native[c - '0'] : c.ToString());
        }

        return digits.ToString();
    }

    /// <summary>The culture an item's text is in: the reader's when the item exists in it, otherwise the item's first.</summary>
    public CultureInfo ContentCulture(DeliveryContent? item) =>
        item is null || item.Cultures.Count == 0 || item.Cultures.ContainsKey(Culture) || item.Cultures.Keys.Any(k => string.Equals(k, Culture, StringComparison.OrdinalIgnoreCase))
            ? CultureInfo
            : CultureOf(item.Cultures.Keys.First());

    /// <summary>Whether an item's text is in the reader's language.</summary>
    public bool InReaderLanguage(DeliveryContent? item) => ContentCulture(item).Equals(CultureInfo);

    /// <summary>
    /// <c> lang="…" dir="…"</c> for an element holding an item that is not in the reader's language (English in an Urdu
    /// page), so it is read, hyphenated and laid out in its own direction; empty when it is in the reader's language.
    /// </summary>
    public string LanguageOf(DeliveryContent? item)
    {
        var content = ContentCulture(item);
        return content.Equals(CultureInfo) ? string.Empty : $" lang=\"{Html.Encode(content.Name)}\" dir=\"{(content.TextInfo.IsRightToLeft ? "rtl" : "ltr")}\"";
    }

    /// <summary>The magazine's own words inside an item's element: marked with the reader's language when the item is in another.</summary>
    public string Ui(DeliveryContent item, string html) =>
        InReaderLanguage(item) ? html : $"<span lang=\"{Html.Encode(Culture)}\" dir=\"{Direction}\">{html}</span>";

    private static CultureInfo CultureOf(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture; // invariant-globalisation hosts: English month names
        }
    }

    /// <summary>A link inside the magazine that keeps the reader's culture.</summary>
    public string Link(string path) => IsDefaultCulture ? path : path + (path.Contains('?') ? "&" : "?") + "culture=" + Uri.EscapeDataString(Culture);
}
