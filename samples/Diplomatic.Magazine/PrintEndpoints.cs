using Diplomatic.Umbraco.Delivery.Client;
using Diplomatic.Umbraco.Print;

namespace Diplomatic.Magazine;

/// <summary>
/// The print edition: <c>/booklets/{slug}/print</c> (the paged HTML view) and <c>/booklets/{slug}.pdf</c> (that view
/// printed by headless Chromium), from the same client call as the booklet page. <c>?culture=</c> picks the edition,
/// <c>?paper=letter</c> US Letter instead of A4.
/// </summary>
internal static class PrintEndpoints
{
    /// <summary>Maps the routes; the printer's settings come from <see cref="PrintOptions.SectionName"/>.</summary>
    public static void Map(WebApplication app)
    {
        var options = app.Configuration.GetSection(PrintOptions.SectionName).Get<PrintOptions>() ?? new PrintOptions();
        var printer = new BookletPdfPrinter(options);

        app.MapGet(PagedJs.ScriptPath, () => Results.Bytes(PagedJs.Script, "text/javascript; charset=utf-8"));

        app.MapGet("/booklets/{slug}/print", async (string slug, HttpRequest request, IDiplomaticDeliveryClient client, CancellationToken ct) =>
        {
            var view = PageContext.For(request.HttpContext.RequestServices, request);
            if (!TryReadPaper(request, out var paper))
            {
                return BadPaper(view);
            }

            var booklet = await client.GetBookletAsync(slug, view.Request, ct);
            return Results.Content(BookletPrintView.Render(booklet, new PrintEdition(view.Culture, paper, view.Cms)), "text/html; charset=utf-8");
        });

        app.MapGet("/booklets/{slug}.pdf", async (string slug, HttpRequest request, IDiplomaticDeliveryClient client, CancellationToken ct) =>
        {
            var view = PageContext.For(request.HttpContext.RequestServices, request);
            if (!TryReadPaper(request, out var paper))
            {
                return BadPaper(view);
            }

            var booklet = await client.GetBookletAsync(slug, view.Request, ct);
            try
            {
                var pdf = await printer.PrintAsync(booklet, new PrintEdition(view.Culture, paper, view.Cms), ct);
                return Results.File(pdf.Bytes, "application/pdf", slug + ".pdf");
            }
            catch (ChromiumNotFoundException)
            {
                // The reader gets a page; the operator finds the apt command in the CLI's error and the README.
                return Results.Content(
                    Html.Notice(view, "The print edition is unavailable", "This magazine's server cannot print PDFs (headless Chromium is not installed)."),
                    "text/html; charset=utf-8",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }

    private static bool TryReadPaper(HttpRequest request, out PaperSize paper)
    {
        var text = request.Query["paper"].ToString();
        paper = PaperSize.A4;
        return text.Length == 0 || (Enum.TryParse(text, ignoreCase: true, out paper) && Enum.IsDefined(paper) && !int.TryParse(text, out _));
    }

    private static IResult BadPaper(PageContext view) =>
        Results.Content(Html.Notice(view, "Not a paper size", "Print on A4 (?paper=a4) or US Letter (?paper=letter)."), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
