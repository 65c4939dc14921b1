using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Delivery.Pages;
using Diplomatic.Umbraco.Print;
using Diplomatic.Umbraco.Tests.Delivery;

namespace Diplomatic.Umbraco.Tests.Print;

/// <summary>The printer in headless Chromium: what it lets the page load.</summary>
public sealed class BookletPdfPrinterTests
{
    [SkippableFact]
    public async Task The_page_may_load_the_cms_images_and_nothing_else()
    {
        PrintTools.Require();
        await using var cms = await RecordedDeliveryApi.StartAsync(); // answers /media/… with a 404: loaded, not blocked
        var body = new RichText { Markup = "<p>Text</p><p><img src=\"http://elsewhere.invalid/tracker.png\" alt=\"\"></p><p><img src=\"/media/inline.png\" alt=\"\"></p>" };
        var article = new Article { Id = Guid.NewGuid(), Name = "Article", Properties = new ArticleProperties { Body = body } };
        var booklet = new Booklet
        {
            Name = "Loads",
            Properties = new BookletProperties { CoverImage = [new DeliveryMedia { Name = "Cover", Url = "/media/cover.png" }] },
        };
        var printer = new BookletPdfPrinter(new PrintOptions { ChromiumPath = PrintTools.ChromiumPath, Timeout = TimeSpan.FromMinutes(1) });

        var pdf = await printer.PrintAsync(new BookletPage(booklet, [article], [], []), new PrintEdition("en-US", MediaBase: cms.BaseAddress));

        Assert.Equal(["http://elsewhere.invalid/tracker.png"], pdf.BlockedRequests);
        Assert.Contains(cms.Requests, r => r.Path == "/media/cover.png");
        Assert.Contains(cms.Requests, r => r.Path == "/media/inline.png");
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf.Bytes, 0, 5));
        Assert.InRange(pdf.PageCount, 4, 6); // cover, imprint, contents, the article
    }

    [SkippableFact]
    public async Task A_script_error_in_the_view_fails_the_print_at_once_with_the_error()
    {
        PrintTools.Require();
        var printer = new BookletPdfPrinter(new PrintOptions { ChromiumPath = PrintTools.ChromiumPath, Timeout = TimeSpan.FromMinutes(5) });
        var html = "<!DOCTYPE html><html><head><title>t</title><script>throw new Error('layout exploded')</script></head><body>x</body></html>";

        var error = await Assert.ThrowsAsync<PrintFailedException>(() => printer.PrintAsync(html, new PdfMetadata("t", null, null, null, "en-US"), null));

        Assert.StartsWith("The print view failed in Chromium: ", error.Message); // not "took longer than": no wait for the timeout
        Assert.Contains("layout exploded", error.Message);
    }

    [Fact]
    public async Task A_missing_chromium_is_reported_before_anything_starts()
    {
        var printer = new BookletPdfPrinter(new PrintOptions { ChromiumPath = "/nonexistent/chromium" });

        var error = await Assert.ThrowsAsync<ChromiumNotFoundException>(() =>
            printer.PrintAsync(new BookletPage(new Booklet { Name = "B" }, [], [], []), new PrintEdition("en-US")));

        Assert.Equal("/nonexistent/chromium", error.Path);
        Assert.Contains("apt-get install -y chromium", error.Message);
    }
}
