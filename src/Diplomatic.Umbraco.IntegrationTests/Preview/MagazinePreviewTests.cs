using System.Net;
using Diplomatic.Magazine;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Diplomatic.Umbraco.Preview;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Api.Management.Factories;
using Umbraco.Cms.Core.Services;
using static Diplomatic.Umbraco.IntegrationTests.Support.TestContent;

namespace Diplomatic.Umbraco.IntegrationTests.Preview;

/// <summary>
/// The whole preview on a real site: the link the CMS makes for a draft opens the draft on the sample magazine,
/// which fetches it from the real Delivery API with its own key; a tampered link is refused.
/// </summary>
[Collection(RebootedSiteCollection.Name)]
public sealed class MagazinePreviewTests : IAsyncLifetime
{
    private readonly RebootedSite _site;
    private WebApplication? _magazine;
    private HttpClient _http = null!;

    public MagazinePreviewTests(RebootedSite site) => _site = site;

    public async Task InitializeAsync()
    {
        await _site.EnsureDraftsAsync();
        _magazine = MagazineApp.Create(
            [],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Diplomatic:DeliveryClient:BaseAddress"] = _site.BaseAddress.ToString(),
                    ["Diplomatic:DeliveryClient:StartItem"] = ResponseRecorder.StartItem,
                    ["Diplomatic:DeliveryClient:Culture"] = ResponseRecorder.Culture,
                    ["Diplomatic:DeliveryClient:ApiKey"] = UmbracoSite.ApiKey,
                    ["Magazine:Cultures:0"] = "en-US",
                    ["Magazine:Preview:SigningSecret"] = UmbracoSite.PreviewSecret,
                });
                builder.Logging.ClearProviders();
                builder.WebHost.UseUrls("http://127.0.0.1:0");
            },
            _site.CreateHandler);
        await _magazine.StartAsync();
        var address = _magazine.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _http = new HttpClient { BaseAddress = new Uri(address + "/") };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_magazine is not null)
        {
            await _magazine.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(nameof(NeverPublishedArticle), "Never published article")]
    [InlineData(nameof(ChangedArticle), ChangedArticleDraftName)]
    [InlineData(nameof(DraftsBooklet), "Drafts booklet")]
    public async Task The_link_the_cms_makes_opens_the_draft_on_the_magazine(string item, string draftName)
    {
        using var response = await _http.GetAsync(await LinkAsync(DraftItem(item)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        Assert.Contains(PreviewEndpoint.Banner, html, StringComparison.Ordinal);
        Assert.Contains(draftName, html, StringComparison.Ordinal);
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag"));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain(UmbracoSite.ApiKey, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_or_borrowed_link_is_refused()
    {
        var link = await LinkAsync(NeverPublishedArticle);
        var borrowed = link.Replace(NeverPublishedArticle.ToString("D"), ChangedArticle.ToString("D"), StringComparison.Ordinal);
        var tampered = link[..^2] + (link[^2] == 'A' ? "BB" : "AA");

        using var first = await _http.GetAsync(borrowed);
        using var second = await _http.GetAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.DoesNotContain("Never published article", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The preview link the site makes (as the backoffice asks for it), pointed at this test's magazine.</summary>
    private async Task<string> LinkAsync(Guid key)
    {
        var content = _site.Get<IContentService>().GetById(key)!;
        var info = await _site.Get<IDocumentUrlFactory>().GetPreviewUrlAsync(content, MagazinePreviewUrlProvider.ProviderAlias, "en-US", null);
        return info!.Url!.Replace(UmbracoSite.MagazineUrl, "/", StringComparison.Ordinal).TrimStart('/');
    }
}
