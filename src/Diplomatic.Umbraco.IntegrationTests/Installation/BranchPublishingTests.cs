using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Umbraco.Cms.Core.Services;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.IntegrationTests.Installation;

/// <summary>
/// The installer publishes a tree it created whole with Umbraco's branch publish: every item published as saved,
/// picker values that waited for later items included.
/// </summary>
[Collection(RebootedSiteCollection.Name)]
public sealed class BranchPublishingTests
{
    /// <summary>Generous: an install that waits on a database lock this long has dead-locked.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(5);

    private readonly RebootedSite _site;

    public BranchPublishingTests(RebootedSite site) => _site = site;

    [Fact]
    public async Task A_new_tree_installed_with_publishing_is_published_whole_with_the_fact_box_its_article_picks()
    {
        var booklet = Guid.NewGuid();
        var article = Guid.NewGuid();
        var factBox = Guid.NewGuid();
        var tree = TestContent.ArticlePickingFactBoxTree(booklet, article, factBox, factBoxFirst: false);

        var result = await _site.Get<IContentInstaller>().InstallAsync([tree], new ContentInstallRequest { ParentKey = TestContent.Magazine, Publish = true }).WaitAsync(Bound);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([booklet, article, factBox], result.Created);
        var content = _site.Get<IContentService>();
        foreach (var key in result.Created)
        {
            var item = content.GetById(key)!;
            Assert.True(item.Published && item.IsCulturePublished("en-US") && !item.Edited, $"{item.Name} is not published as saved");
        }

        Assert.Contains(factBox.ToString("N"), content.GetById(article)!.GetValue<string>(P.Article.FactBoxes), StringComparison.Ordinal);
        await _site.WaitForAsync($"content?filter=booklet:{booklet}&take=1", 2);
    }
}
