using System.Web;
using Diplomatic.Umbraco.ContentModel.Preview;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Diplomatic.Umbraco.Preview;
using Umbraco.Cms.Api.Management.Factories;
using Umbraco.Cms.Core.Services;
using static Diplomatic.Umbraco.IntegrationTests.Support.TestContent;

namespace Diplomatic.Umbraco.IntegrationTests.Preview;

/// <summary>
/// "Preview on the magazine" on the real site: the URL the Management API's preview-url endpoint gives (through
/// <see cref="IDocumentUrlFactory"/>, as its controller calls it) for drafts.
/// </summary>
[Collection(RebootedSiteCollection.Name)]
public sealed class PreviewUrlTests : IAsyncLifetime
{
    private readonly RebootedSite _site;

    public PreviewUrlTests(RebootedSite site) => _site = site;

    public Task InitializeAsync() => _site.EnsureDraftsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(nameof(NeverPublishedArticle))]
    [InlineData(nameof(ChangedArticle))]
    [InlineData(nameof(DraftsBooklet))]
    public async Task A_draft_gets_the_magazine_preview_url_with_a_token_for_it_and_its_culture(string item)
    {
        var key = DraftItem(item);
        var content = _site.Get<IContentService>().GetById(key)!;

        var info = await _site.Get<IDocumentUrlFactory>().GetPreviewUrlAsync(content, MagazinePreviewUrlProvider.ProviderAlias, "en-US", null);

        var url = new Uri(info!.Url!);
        Assert.Equal(MagazinePreviewUrlProvider.ProviderAlias, info.Provider);
        Assert.Equal($"{UmbracoSite.MagazineUrl}preview/{key:D}", url.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("en-US", query["culture"]);
        Assert.Equal(PreviewTokenStatus.Valid, PreviewToken.Check(UmbracoSite.PreviewSecret, key, "en-US", query["token"], DateTimeOffset.UtcNow));
        Assert.Equal(PreviewTokenStatus.BadSignature, PreviewToken.Check(UmbracoSite.PreviewSecret, key, "ur-PK", query["token"], DateTimeOffset.UtcNow));
        Assert.DoesNotContain(UmbracoSite.ApiKey, info.Url!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_gets_a_message_instead_of_a_url()
    {
        var author = _site.Get<IContentService>().GetById(SeedAuthor)!;

        var info = await _site.Get<IDocumentUrlFactory>().GetPreviewUrlAsync(author, MagazinePreviewUrlProvider.ProviderAlias, "en-US", null);

        Assert.Null(info!.Url);
        Assert.Contains("author", info.Message, StringComparison.Ordinal);
    }
}
