using System.Globalization;
using Diplomatic.Umbraco.Delivery.Pages;
using Microsoft.Playwright;

namespace Diplomatic.Umbraco.Print;

/// <summary>A printed edition.</summary>
/// <param name="Bytes">The PDF.</param>
/// <param name="PageCount">Its pages.</param>
/// <param name="BlockedRequests">What the page asked for beyond the CMS's media and was refused (left out of the PDF).</param>
public sealed record PrintedPdf(byte[] Bytes, int PageCount, IReadOnlyList<string> BlockedRequests);

/// <summary>
/// Prints a booklet's print view to PDF in headless Chromium through Playwright (Debian's <c>chromium</c>; Playwright
/// never downloads a browser). The view is served to the browser from memory on its own origin, with Paged.js beside
/// it; the only requests let through to the network are for the CMS's media. Tagged for accessibility, with an outline,
/// links kept, and the metadata of <see cref="PdfMetadata"/>. One print at a time per printer: a browser uses
/// hundreds of megabytes, so concurrent requests wait their turn.
/// </summary>
public sealed class BookletPdfPrinter
{
    /// <summary>The origin the print view is served on inside the browser (never resolved: every request to it is answered from memory).</summary>
    public static readonly Uri DocumentOrigin = new("http://print.invalid/");

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-first-run", "--font-render-hinting=none",
    ];

    private readonly PrintOptions _options;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Creates a printer.</summary>
    /// <param name="options">Where Chromium is and how long a print may take.</param>
    public BookletPdfPrinter(PrintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Renders the booklet's print view and prints it.</summary>
    /// <param name="page">The booklet with its parts.</param>
    /// <param name="edition">The edition.</param>
    /// <param name="cancellationToken">Cancels the print.</param>
    /// <returns>The PDF.</returns>
    /// <exception cref="ChromiumNotFoundException">Chromium is not at <see cref="PrintOptions.ChromiumPath"/>.</exception>
    /// <exception cref="PrintFailedException">The page did not lay out or print in time.</exception>
    public Task<PrintedPdf> PrintAsync(BookletPage page, PrintEdition edition, CancellationToken cancellationToken = default) =>
        PrintAsync(BookletPrintView.Render(page, edition), BookletPrintView.Metadata(page, edition), edition.MediaBase, cancellationToken);

    /// <summary>Prints a print view.</summary>
    /// <param name="html">The print view's HTML (<see cref="BookletPrintView.Render"/>).</param>
    /// <param name="metadata">The document information.</param>
    /// <param name="mediaBase">The CMS whose media the page may load; null for none.</param>
    /// <param name="cancellationToken">Cancels the print.</param>
    /// <returns>The PDF.</returns>
    /// <exception cref="ChromiumNotFoundException">Chromium is not at <see cref="PrintOptions.ChromiumPath"/>.</exception>
    /// <exception cref="PrintFailedException">The page did not lay out or print in time.</exception>
    public async Task<PrintedPdf> PrintAsync(string html, PdfMetadata metadata, Uri? mediaBase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(metadata);
        if (!File.Exists(_options.ChromiumPath))
        {
            throw new ChromiumNotFoundException(_options.ChromiumPath);
        }

        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            return await PrintCoreAsync(html, metadata, mediaBase, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PrintFailedException($"Printing took longer than {_options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s ({PrintOptions.SectionName}:{nameof(PrintOptions.Timeout)}).");
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// The CMS address of an image the page asks for: one on the CMS, or one the rich text links by path
    /// (<c>/media/…</c>, which the browser resolves against the print view's origin); null for anywhere else.
    /// </summary>
    private static string? CmsUrl(string url, Uri mediaBase, string mediaOrigin)
    {
        if (url.StartsWith(mediaOrigin + "/", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        return url.StartsWith(DocumentOrigin.AbsoluteUri, StringComparison.Ordinal) ? new Uri(mediaBase, new Uri(url).PathAndQuery).ToString() : null;
    }

    private async Task<PrintedPdf> PrintCoreAsync(string html, PdfMetadata metadata, Uri? mediaBase, CancellationToken cancellationToken)
    {
        var milliseconds = (float)_options.Timeout.TotalMilliseconds;
        var documentUrl = new Uri(DocumentOrigin, "booklet").ToString();
        var scriptUrl = new Uri(DocumentOrigin, PagedJs.ScriptPath).ToString();
        var mediaOrigin = mediaBase?.GetLeftPart(UriPartial.Authority);
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();

        using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = _options.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = milliseconds,
        }).ConfigureAwait(false);

        // Cancelling closes the browser, which ends whatever Playwright call is waiting on it.
        await using var closeOnCancel = cancellationToken.Register(() => _ = browser.CloseAsync());
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = true, ServiceWorkers = ServiceWorkerPolicy.Block }).ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        page.SetDefaultTimeout(milliseconds);
        // A script error stops the print at once (the page's only scripts are Paged.js and its configuration), instead
        // of waiting out the timeout for a layout that will never finish.
        var failed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }

            failed.TrySetResult(error);
        };
        await page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url == documentUrl)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }).ConfigureAwait(false);
            }
            else if (url == scriptUrl)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/javascript; charset=utf-8", BodyBytes = PagedJs.Script.ToArray() }).ConfigureAwait(false);
            }
            else if (mediaBase is not null && route.Request.ResourceType == "image" && CmsUrl(url, mediaBase, mediaOrigin!) is { } cmsUrl)
            {
                // Fetched by Playwright and handed to the page: Chromium itself would refuse a CMS on a private or
                // loopback address to a page from a public origin (local network access).
                var response = await route.FetchAsync(new RouteFetchOptions { Url = cmsUrl, MaxRedirects = 0 }).ConfigureAwait(false);
                await route.FulfillAsync(new RouteFulfillOptions { Response = response }).ConfigureAwait(false);
            }
            else
            {
                lock (blocked)
                {
                    blocked.Add(url); // once: Paged.js lays out a copy of the document, which asks again
                }

                await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
            }
        }).ConfigureAwait(false);

        try
        {
            await page.GotoAsync(documentUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
            var laidOut = page.WaitForFunctionAsync(
                $"() => document.documentElement.getAttribute('{BookletPrintView.ReadyAttribute}') === 'done'",
                null,
                new PageWaitForFunctionOptions { PollingInterval = 100 });
            if (await Task.WhenAny(laidOut, failed.Task).ConfigureAwait(false) == failed.Task)
            {
                _ = laidOut.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                throw new PrintFailedException($"The print view failed in Chromium: {(await failed.Task.ConfigureAwait(false)).Split('\n')[0]}");
            }

            await laidOut.ConfigureAwait(false);
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                PreferCSSPageSize = true,
                PrintBackground = true,
                Tagged = true,
                Outline = true,
            }).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = metadata.ApplyTo(pdf, out var pages);
            string[] refused;
            lock (blocked)
            {
                refused = [.. blocked.Order(StringComparer.Ordinal)];
            }

            return new PrintedPdf(bytes, pages, refused);
        }
        catch (PlaywrightException ex) when (!cancellationToken.IsCancellationRequested)
        {
            string[] seen;
            lock (errors)
            {
                seen = [.. errors];
            }

            var detail = seen.Length > 0 ? " The page reported: " + string.Join(" | ", seen.Take(3)) : string.Empty;
            throw new PrintFailedException($"Chromium did not print the booklet: {ex.Message.Split('\n')[0]}.{detail}", ex);
        }
        catch (PlaywrightException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
