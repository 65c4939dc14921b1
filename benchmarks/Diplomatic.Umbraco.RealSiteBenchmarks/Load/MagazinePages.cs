using System.Diagnostics;
using System.Text.Json.Nodes;
using Diplomatic.Magazine;
using Diplomatic.Umbraco.RealSiteBenchmarks.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Services;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.RealSiteBenchmarks.Load;

/// <summary>How long a published change took to reach a reader of the magazine.</summary>
internal sealed record EvictionResult(int Rounds, double MedianMilliseconds, double MaxMilliseconds, double MedianPublishMilliseconds, string Load);

/// <summary>
/// The magazine (samples/Diplomatic.Magazine) on a loopback port, reading the in-process Umbraco through the typed
/// Delivery client, as a reader's browser asks it for pages.
/// </summary>
internal sealed class MagazinePages : IAsyncDisposable
{
    private readonly BenchmarkSite _site;
    private readonly WebApplication _magazine;
    private readonly HttpClient _http;

    private MagazinePages(BenchmarkSite site, WebApplication magazine, HttpClient http)
    {
        _site = site;
        _magazine = magazine;
        _http = http;
    }

    public static async Task<MagazinePages> StartAsync(BenchmarkSite site)
    {
        var magazine = MagazineApp.Create(
            [],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Diplomatic:DeliveryClient:BaseAddress"] = site.BaseAddress.ToString(),
                    ["Diplomatic:DeliveryClient:StartItem"] = "the-diplomatic-insight",
                    ["Diplomatic:DeliveryClient:Culture"] = "en-US",
                    ["Magazine:Cultures:0"] = "en-US",
                });
                builder.Logging.ClearProviders();
                builder.WebHost.UseUrls("http://127.0.0.1:0");
            },
            site.CreateHandler);
        await magazine.StartAsync();
        var address = magazine.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new MagazinePages(site, magazine, new HttpClient { BaseAddress = new Uri(address + "/") });
    }

    /// <summary>The magazine's address of an item: booklets by their URL segment, articles by their path under the start item.</summary>
    public async Task<string> PathOfAsync(Guid key, bool booklet)
    {
        using var response = await _site.DeliveryAsync($"content/item/{key}", preview: true);
        var route = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["route"]!["path"]!.GetValue<string>();
        return booklet ? "booklets/" + route.Trim('/').Split('/')[^1] : "articles" + route;
    }

    /// <summary>GETs a page; a good answer is 200 with HTML.</summary>
    public async Task<bool> GetAsync(string path) => (await PageAsync(path)).Ok;

    /// <summary>Measures the delay from "save and publish" of a fact box to the article page showing the new statement.</summary>
    public async Task<EvictionResult> EvictionAsync(Guid article, Guid factBox, string articlePath, int rounds)
    {
        var content = _site.Get<IContentService>();
        var load = Machine.Load();
        var delays = new List<double>();
        var publishes = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            // The page is in the output cache before the change.
            await GetAsync(articlePath);
            await GetAsync(articlePath);
            var marker = $"Eviction marker {Guid.NewGuid():N}";
            var item = content.GetById(factBox) ?? throw new InvalidOperationException($"fact box {factBox} is gone");
            item.SetValue(P.FactBox.Statement, marker, "en-US");
            var started = Stopwatch.GetTimestamp();
            content.Save(item);
            var published = content.Publish(item, ["en-US"]);
            publishes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!published.Success)
            {
                throw new InvalidOperationException($"publishing fact box {factBox} failed: {published.Result}");
            }

            var deadline = TimeSpan.FromSeconds(30);
            while (true)
            {
                var (ok, html) = await PageAsync(articlePath);
                if (ok && html.Contains(marker, StringComparison.Ordinal))
                {
                    delays.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    break;
                }

                if (Stopwatch.GetElapsedTime(started) > deadline)
                {
                    throw new TimeoutException($"the article page did not show the published fact box within {deadline.TotalSeconds} s");
                }

                await Task.Delay(10);
            }
        }

        delays.Sort();
        publishes.Sort();
        return new EvictionResult(rounds, delays[delays.Count / 2], delays[^1], publishes[publishes.Count / 2], load);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _magazine.DisposeAsync();
    }

    private async Task<(bool Ok, string Html)> PageAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response.IsSuccessStatusCode && html.Length > 0, html);
    }
}
