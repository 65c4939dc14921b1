using System.CommandLine;
using System.Globalization;
using Diplomatic.Umbraco.Delivery.Client;
using Diplomatic.Umbraco.Print;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomatic.Umbraco.Cli;

/// <summary>
/// <c>diplomatic booklet pdf &lt;slug&gt; --site &lt;url&gt; --out &lt;file&gt;</c>: the print edition of a published booklet,
/// fetched from the Delivery API with the magazine's client call and printed by headless Chromium from the same print
/// view the magazine serves at <c>/booklets/{slug}/print</c>. No web host: the view is handed to the browser from memory.
/// </summary>
internal static class BookletPdfCommand
{
    // Exit codes from the tool's one table (CliExitCodes): 2 --site is not an http(s) address, 3 no such published
    // booklet, 8 the PDF could not be written, 9 the Delivery API failed, 10 Chromium missing, 70 Chromium did not print.

    /// <summary>Creates the <c>pdf</c> sub-command of <c>booklet</c>.</summary>
    public static Command Create()
    {
        var slug = new Argument<string>("slug") { Description = "The booklet's URL segment, e.g. azerbaijan-pakistan-relations." };
        var site = new Option<string>("--site") { Description = "The Delivery API's base address (the CMS), e.g. https://cms.example.org/.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The PDF to write (replaced only when printing succeeded).", Required = true };
        var culture = new Option<string>("--culture") { Description = "The edition's culture, e.g. en-US or ur-PK (right to left).", DefaultValueFactory = _ => "en-US" };
        var paper = new Option<PaperSize>("--paper") { Description = "The paper: A4 or Letter.", DefaultValueFactory = _ => PaperSize.A4 };
        var startItem = new Option<string>("--start-item") { Description = "The site root the slug is below (header Start-Item).", DefaultValueFactory = _ => "the-diplomatic-insight" };
        var chromium = new Option<string>("--chromium") { Description = "The Chromium to print with (default: DIPLOMATIC_CHROMIUM, else /usr/bin/chromium).", DefaultValueFactory = _ => PrintOptions.DefaultChromiumPath };
        var command = new Command("pdf", "Print a published booklet as a PDF (the print edition) from the site's Delivery API.")
        {
            slug, site, output, culture, paper, startItem, chromium,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new PdfRequest(
                parse.GetRequiredValue(slug),
                parse.GetRequiredValue(site),
                parse.GetRequiredValue(output),
                parse.GetRequiredValue(culture),
                parse.GetValue(paper),
                parse.GetRequiredValue(startItem),
                parse.GetRequiredValue(chromium));
            return await RunAsync(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>What to print and where to.</summary>
    internal sealed record PdfRequest(string Slug, string Site, FileInfo Out, string Culture, PaperSize Paper, string StartItem, string ChromiumPath);

    /// <summary>Fetches, prints and writes; every failure is one line on <paramref name="error"/> and an exit code.</summary>
    internal static async Task<int> RunAsync(PdfRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(request.Site, UriKind.Absolute, out var site) || (site.Scheme != Uri.UriSchemeHttp && site.Scheme != Uri.UriSchemeHttps))
        {
            await error.WriteLineAsync($"--site: error: '{request.Site}' is not an http(s) address, e.g. https://cms.example.org/.");
            return CliExitCodes.Usage;
        }

        var services = new ServiceCollection();
        services.AddDiplomaticDeliveryClient(o =>
        {
            o.BaseAddress = site;
            o.StartItem = request.StartItem;
            o.Culture = request.Culture;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IDiplomaticDeliveryClient>();
        Delivery.Pages.BookletPage booklet;
        try
        {
            booklet = await client.GetBookletAsync(request.Slug, new DeliveryRequestOptions { Culture = request.Culture }, cancellationToken);
        }
        catch (DeliveryNotFoundException)
        {
            await error.WriteLineAsync($"{request.Slug}: error: {site} has no published booklet '{request.Slug}' in {request.Culture}.");
            return CliExitCodes.NotFound;
        }
        catch (Exception ex) when (ex is DeliveryApiException or ArgumentException)
        {
            await error.WriteLineAsync($"{request.Slug}: error: the Delivery API at {site} did not answer: {ex.Message}");
            return CliExitCodes.ServiceFailed;
        }

        var printer = new BookletPdfPrinter(new PrintOptions { ChromiumPath = request.ChromiumPath });
        PrintedPdf pdf;
        try
        {
            pdf = await printer.PrintAsync(booklet, new PrintEdition(request.Culture, request.Paper, site), cancellationToken);
        }
        catch (ChromiumNotFoundException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return CliExitCodes.ProgramMissing;
        }
        catch (PrintFailedException ex)
        {
            await error.WriteLineAsync($"{request.Slug}: error: {ex.Message}");
            return CliExitCodes.Failed;
        }

        // Written beside the target, then moved over it: a failed write never leaves half a PDF under the name.
        var target = request.Out.FullName;
        var temporary = target + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(temporary, pdf.Bytes, cancellationToken);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            await error.WriteLineAsync($"{target}: error: cannot write the PDF: {ex.Message}");
            return CliExitCodes.NotWritten;
        }

        foreach (var blocked in pdf.BlockedRequests.Take(5))
        {
            await error.WriteLineAsync($"warning: left out {blocked}: the print edition loads nothing but the CMS's media.");
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {target}: \"{booklet.Booklet.Name}\", {pdf.PageCount} pages ({request.Paper}, {request.Culture}), {pdf.Bytes.Length / 1024} KiB."));
        return 0;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
