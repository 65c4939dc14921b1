using Diplomatic.Umbraco.DeliveryApi;
using Diplomatic.Umbraco.DeliveryApi.Caching;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Models;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.Tests.DeliveryApi;

public class EvictionProviderTests
{
    private const string Content = "umb-dapi-content-";
    private const string Ancestor = "umb-dapi-content-ancestor-";

    private readonly IContent _magazine = ContentFactory.Content(T.Magazine, "Magazine");
    private readonly IContent _booklet;
    private readonly IContent _otherBooklet;
    private readonly IContent _article;
    private readonly IContent _standalone;
    private readonly IContent _factBox;
    private readonly IContent _event;
    private readonly IContent _authors;
    private readonly IContent _author;
    private readonly ContentTree _tree;

    public EvictionProviderTests()
    {
        _booklet = ContentFactory.Content(T.Booklet, "Azerbaijan-Pakistan", _magazine);
        _otherBooklet = ContentFactory.Content(T.Booklet, "Other", _magazine);
        _article = ContentFactory.Content(T.Article, "Energy", _booklet);
        _standalone = ContentFactory.Content(T.Article, "Op-ed", _magazine);
        _factBox = ContentFactory.Content(T.FactBox, "Trade", _booklet);
        _event = ContentFactory.Content(T.Event, "Visit", _booklet);
        _authors = ContentFactory.Content(T.Authors, "Authors", _magazine);
        _author = ContentFactory.Content(T.Author, "Editor", _authors);
        _tree = new ContentTree(_magazine, _booklet, _otherBooklet, _article, _standalone, _factBox, _event, _authors, _author);
    }

    [Fact]
    public async Task A_fact_box_change_evicts_its_booklet_and_the_articles_that_show_it()
    {
        _tree.Pick(_article, _factBox).Pick(_standalone, _factBox).Pick(_magazine, _factBox);

        var tags = await Tags(_factBox);

        Assert.Equal(
            [Content + _booklet.Key, Ancestor + _booklet.Key, Content + _article.Key, Content + _standalone.Key],
            tags);
    }

    [Fact]
    public async Task An_event_change_evicts_its_booklet_and_its_referrers()
    {
        _tree.Pick(_otherBooklet, _event);

        var tags = await Tags(_event);

        Assert.Equal([Content + _booklet.Key, Ancestor + _booklet.Key, Content + _otherBooklet.Key], tags);
    }

    [Fact]
    public async Task An_author_change_evicts_the_articles_and_booklets_that_credit_the_author()
    {
        _tree.Pick(_article, _author).Pick(_booklet, _author).Pick(_standalone, _author);

        var tags = await Tags(_author);

        Assert.Equal([Content + _article.Key, Content + _booklet.Key, Content + _standalone.Key], tags);
    }

    [Fact]
    public async Task An_article_change_evicts_its_booklet_and_the_events_and_articles_that_pick_it()
    {
        _tree.Pick(_event, _article).Pick(_standalone, _article);

        var tags = await Tags(_article);

        Assert.Equal([Content + _booklet.Key, Ancestor + _booklet.Key, Content + _event.Key, Content + _standalone.Key], tags);
    }

    [Fact]
    public async Task A_standalone_article_nobody_picks_evicts_nothing_more()
    {
        Assert.Empty(await Tags(_standalone));
    }

    [Fact]
    public async Task Booklet_and_magazine_changes_are_left_to_Umbraco()
    {
        _tree.Pick(_magazine, _booklet);

        Assert.Empty(await Tags(_booklet));
        Assert.Empty(await Tags(_magazine));
    }

    [Fact]
    public async Task A_deleted_item_evicts_nothing_more()
    {
        var gone = ContentFactory.Content(T.FactBox, "Gone", _booklet);

        Assert.Empty(await Tags(gone));
    }

    [Fact]
    public async Task Eviction_of_related_responses_can_be_switched_off()
    {
        _tree.Pick(_article, _factBox);

        Assert.Empty(await Tags(_factBox, new DiplomaticDeliveryApiOptions { EvictRelatedResponses = false }));
    }

    private async Task<IEnumerable<string>> Tags(IContent changed, DiplomaticDeliveryApiOptions? options = null)
    {
        var monitor = Mock.Of<IOptionsMonitor<DiplomaticDeliveryApiOptions>>(m => m.CurrentValue == (options ?? new DiplomaticDeliveryApiOptions()));
        var provider = new DiplomaticOutputCacheEvictionProvider(_tree.EntityService(), _tree.RelationService(), monitor);
        return await provider.GetAdditionalEvictionTagsAsync(new OutputCacheContentChangedContext(changed.Id, changed.Key, [], []), CancellationToken.None);
    }
}
