using System.Diagnostics;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.Delivery.Client;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Diplomatic.Umbraco.Print;

namespace Diplomatic.Umbraco.IntegrationTests.Print;

/// <summary>
/// The print edition of the first booklet straight from a real Umbraco 17 (the booklet the plugin installs), through
/// the client call the magazine's booklet page makes. Needs Debian's chromium and poppler-utils: skipped without
/// them on a developer machine, failed under CI (CI set), where .ci/run installs them.
/// </summary>
[Collection(InstalledSiteCollection.Name)]
public sealed partial class BookletPdfFromUmbracoTests
{
    private readonly InstalledSite _site;

    public BookletPdfFromUmbracoTests(InstalledSite site) => _site = site;

    [SkippableFact]
    public async Task The_installed_first_booklet_prints_with_its_articles_fact_boxes_and_events_in_order()
    {
        RequireTools();
        using var services = _site.DeliveryClient(out var client, o => (o.StartItem, o.Culture) = (ResponseRecorder.StartItem, ResponseRecorder.Culture));
        var booklet = await client.GetBookletAsync("azerbaijan-pakistan-relations", new DeliveryRequestOptions { Culture = "en-US" });
        var pdf = await new BookletPdfPrinter(new PrintOptions()).PrintAsync(booklet, new PrintEdition("en-US"));

        Assert.Empty(pdf.BlockedRequests);
        Assert.InRange(pdf.PageCount, 6, 40);
        var file = Path.Combine(_site.Folder, "first-booklet.pdf");
        await File.WriteAllBytesAsync(file, pdf.Bytes);
        var text = Spaces().Replace(PdfToText(file).Replace("-\n", "-", StringComparison.Ordinal), " ");
        var expected = new[] { booklet.Booklet.Name }
            .Concat(booklet.Articles.Select(a => a.Properties.Standfirst!))
            .Concat(booklet.Articles.SelectMany(a => a.Properties.FactBoxes ?? []).Select(f => f.Properties.Headline!))
            .Concat(booklet.Timeline.Select(e => e.Event.Name))
            .ToList();
        Assert.True(expected.Count >= 1 + 1 + 5 + 5, $"The installed booklet has its parts ({expected.Count} texts)");
        var at = 0;
        foreach (var item in expected)
        {
            var found = text.IndexOf(Spaces().Replace(item, " "), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{item}' is not in the PDF after position {at}.");
            at = found + 1;
        }
    }

    private static void RequireTools()
    {
        var missing = !File.Exists(PrintOptions.DefaultChromiumPath) || !File.Exists("/usr/bin/pdftotext");
        var reason = $"The print test needs chromium ({PrintOptions.DefaultChromiumPath}) and poppler-utils (/usr/bin/pdftotext): apt-get install -y chromium poppler-utils fonts-noto-core";
        if (missing && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail(reason + " (CI is set: the print test may not be skipped).");
        }

        Skip.If(missing, reason);
    }

    private static string PdfToText(string pdf)
    {
        var start = new ProcessStartInfo("/usr/bin/pdftotext") { RedirectStandardOutput = true, UseShellExecute = false, ArgumentList = { "-enc", "UTF-8", pdf, "-" } };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "pdftotext did not finish within a minute");
        Assert.Equal(0, process.ExitCode);
        return text.Result;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
