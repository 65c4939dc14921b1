using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Diplomatic.Magazine.Demo;
using Diplomatic.Umbraco.Tests.Delivery;
using Microsoft.Extensions.Logging;

namespace Diplomatic.Umbraco.Tests.Magazine;

/// <summary><c>--demo</c>: the magazine without a CMS, against the built-in fake Delivery API, on 127.0.0.1 only.</summary>
public sealed partial class DemoModeTests
{
    [Fact]
    public async Task Demo_mode_serves_the_booklet_from_the_shipped_recordings_on_loopback_and_prints_the_url()
    {
        var output = new StringWriter();

        // Even when asked for every interface, the demo binds 127.0.0.1 only.
        await using var demo = await DemoMode.StartAsync([DemoMode.Switch, "--urls", "http://0.0.0.0:0"], output, b => b.Logging.ClearProviders());
        using var http = new HttpClient { BaseAddress = demo.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        Assert.Equal(IPAddress.Loopback.ToString(), demo.BaseAddress.Host);
        Assert.Equal(IPAddress.Loopback.ToString(), demo.ApiAddress.Host);
        Assert.NotEqual(0, demo.BaseAddress.Port);
        Assert.Contains($"Open {demo.BookletPage}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "Recorded"), RecordedDeliveryApiServer.DefaultFolder);
        Assert.Equal(File.ReadAllText(Path.Combine(RecordedResponses.Folder, "booklet.json")), File.ReadAllText(Path.Combine(RecordedDeliveryApiServer.DefaultFolder, "booklet.json")));

        var booklet = await http.GetStringAsync("booklets/azerbaijan-pakistan-relations");
        Assert.Contains("<h1 class=\"booklet-title\">Azerbaijan-Pakistan Relations</h1>", booklet, StringComparison.Ordinal);
        Assert.Equal(FirstBooklet.FactBoxes.Count, Regex.Count(booklet, "<aside class=\"fact-box\""));
        Assert.Equal(FirstBooklet.EventsByDate.Select(e => FirstBooklet.StartDate(e).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), TimelineDate().Matches(booklet).Select(m => m.Groups[1].Value));

        var article = await http.GetAsync("articles" + FirstBooklet.ArticlePath);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("events")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("booklets/no-such-booklet")).StatusCode);
    }

    [Fact]
    public async Task The_events_page_of_the_demo_answers_a_range_it_was_not_recorded_with_from_the_recorded_timeline()
    {
        var output = new StringWriter();
        await using var demo = await DemoMode.StartAsync([DemoMode.Switch, "--urls", "http://127.0.0.1:0"], output, b => b.Logging.ClearProviders());
        using var http = new HttpClient { BaseAddress = demo.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        using var response = await http.GetAsync("events?from=2010-01-01&to=2016-12-31");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = FirstBooklet.EventsByDate.Select(FirstBooklet.StartDate).Where(d => d.Year is >= 2010 and <= 2016)
            .Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < FirstBooklet.EventsByDate.Count);
        Assert.Equal(expected, TimelineDate().Matches(page).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task The_fake_api_answers_only_recorded_requests()
    {
        await using var api = await RecordedDeliveryApiServer.StartAsync(RecordedDeliveryApiServer.DefaultFolder);
        using var http = new HttpClient { BaseAddress = api.BaseAddress };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("umbraco/delivery/api/v2/content/item/azerbaijan-pakistan-relations/?expand=properties%5Bauthors%5D")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("umbraco/delivery/api/v2/content/item/azerbaijan-pakistan-relations/?expand=properties%5B%24all%5D")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("umbraco/delivery/api/v2/content/item/no-such/")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("umbraco/delivery/api/v2/content?filter=contentType:article")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("../../etc/passwd")).StatusCode);
    }

    [Fact]
    public async Task The_one_command_starts_the_demo_process_and_prints_a_url_that_serves_the_booklet()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Diplomatic.Magazine.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in new[] { dll, DemoMode.Switch, "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            var printed = new List<string>();
            string? url = null;
            while (url is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                printed.Add(line);
                url = OpenLine().Match(line) is { Success: true } m ? m.Groups[1].Value : null;
            }

            Assert.True(url is not null, $"The demo printed no 'Open http://127.0.0.1:…' line (exited: {process.HasExited}). Output: {string.Join(" | ", printed)}. Errors: {(errors.IsCompleted ? await errors : "(still running)")}");
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var html = await http.GetStringAsync(url, timeout.Token);
            Assert.Contains("<h1 class=\"booklet-title\">Azerbaijan-Pakistan Relations</h1>", html, StringComparison.Ordinal);
            Assert.True(Regex.Count(html, "<aside class=\"fact-box\"") >= 5);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [GeneratedRegex("<li class=\"timeline-event\"[^>]* data-date=\"([0-9-]+)\"")]
    private static partial Regex TimelineDate();

    [GeneratedRegex(@"^Open (http://127\.0\.0\.1:[0-9]+/booklets/azerbaijan-pakistan-relations)$")]
    private static partial Regex OpenLine();
}
