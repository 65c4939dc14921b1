using Diplomatic.Umbraco.Delivery.Client;
using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.IntegrationTests.Support;
using static Diplomatic.Umbraco.IntegrationTests.Support.TestContent;

namespace Diplomatic.Umbraco.IntegrationTests.DeliveryApi;

/// <summary>The project's .NET client previewing drafts on the real site, by key and by the route the site gives them.</summary>
[Collection(RebootedSiteCollection.Name)]
public sealed class DeliveryClientDraftTests : IAsyncLifetime
{
    private readonly RebootedSite _site;

    public DeliveryClientDraftTests(RebootedSite site) => _site = site;

    public Task InitializeAsync() => _site.EnsureDraftsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(nameof(NeverPublishedArticle))]
    [InlineData(nameof(UnpublishedArticle))]
    public async Task An_item_without_a_published_version_is_previewed_by_key_and_by_the_route_the_preview_gives_it(string item)
    {
        var key = DraftItem(item);
        using var services = _site.DeliveryClient(out var client, o => (o.ApiKey, o.Preview) = (UmbracoSite.ApiKey, true));

        var byKey = await client.GetItemAsync<Article>(key);
        Assert.Equal($"/preview-{key}/", byKey.Route.Path);

        var byRoute = await client.GetItemAsync<Article>(byKey.Route.Path);
        Assert.Equal(key, byRoute.Id);
        Assert.Equal(byKey.Name, byRoute.Name);
    }

    [Fact]
    public async Task Without_preview_the_client_gets_not_found_for_a_draft_and_the_published_version_of_a_changed_item()
    {
        using var services = _site.DeliveryClient(out var client, o => o.ApiKey = UmbracoSite.ApiKey);

        await Assert.ThrowsAsync<DeliveryNotFoundException>(() => client.GetItemAsync<Article>(NeverPublishedArticle));
        await Assert.ThrowsAsync<DeliveryNotFoundException>(() => client.GetItemAsync<Article>($"/preview-{NeverPublishedArticle}/"));
        Assert.Equal(ChangedArticlePublishedName, (await client.GetItemAsync<Article>(ChangedArticle)).Name);
    }

    [Fact]
    public async Task Preview_with_a_wrong_key_is_refused_as_unauthorized()
    {
        using var services = _site.DeliveryClient(out var client, o => (o.ApiKey, o.Preview) = ("not-the-key", true));

        await Assert.ThrowsAsync<DeliveryUnauthorizedException>(() => client.GetItemAsync<Article>(ChangedArticle));
    }
}
