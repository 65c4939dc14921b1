using System.Text.Json.Nodes;
using Diplomatic.Umbraco.DeliveryApi;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Services;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.IntegrationTests.DeliveryApi;

/// <summary>
/// With Umbraco's output cache on, a cached article or booklet response is refreshed as soon as an item it shows is
/// published: each reference kind the plugin's eviction provider claims, on the real site.
/// </summary>
[Collection(CachedSiteCollection.Name)]
public sealed class OutputCacheEvictionTests
{
    private const string ArticleQuery = "?expand=properties[factBoxes,relatedArticles,authors]";

    private readonly CachedSite _site;

    public OutputCacheEvictionTests(CachedSite site) => _site = site;

    [Fact]
    public async Task A_cached_article_shows_a_changed_fact_box_it_contains_even_without_the_plugins_eviction()
    {
        // Umbraco 17.5.2 tags a response with every item in it and evicts those itself: seen here with ours off.
        var path = await ArticlePathAsync();
        var key = Guid.Parse((await GetAsync(path + ArticleQuery))["properties"]![P.Article.FactBoxes]![0]!["id"]!.GetValue<string>());

        SetEviction(false);
        try
        {
            Publish(key, P.FactBox.Statement, "Changed while the article was cached.");
            Assert.Equal("Changed while the article was cached.", Statement(await GetAsync(path + ArticleQuery), key));
        }
        finally
        {
            SetEviction(true);
        }
    }

    [Fact]
    public async Task A_cached_list_of_a_booklets_parts_shows_a_new_part_only_because_the_plugin_evicts_it()
    {
        var children = $"content?fetch=children:{TestContent.FirstBooklet}&take=100";
        var count = (await GetAsync(children))["total"]!.GetValue<int>();

        SetEviction(false);
        try
        {
            await AddFactBoxAsync("A fact added while the list was cached");
            await _site.WaitForAsync(children, count + 1, preview: true);
            Assert.Equal(count, (await GetAsync(children))["total"]!.GetValue<int>()); // served from the cache
        }
        finally
        {
            SetEviction(true);
        }

        await AddFactBoxAsync("A fact added with the plugin's eviction on");
        await _site.WaitForAsync(children, count + 2, preview: true);
        Assert.Equal(count + 2, (await GetAsync(children))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_cached_article_and_booklet_show_a_changed_author()
    {
        var path = await ArticlePathAsync();
        var bookletPath = "content/item/" + TestContent.FirstBooklet + "?expand=properties[authors]";
        await GetAsync(path + ArticleQuery);
        await GetAsync(bookletPath);

        Publish(TestContent.SeedAuthor, P.Author.Role, "Editor-in-chief (changed)");

        Assert.Equal("Editor-in-chief (changed)", (await GetAsync(path + ArticleQuery))["properties"]![P.Publishing.Authors]![0]!["properties"]![P.Author.Role]!.GetValue<string>());
        Assert.Equal("Editor-in-chief (changed)", (await GetAsync(bookletPath))["properties"]![P.Publishing.Authors]![0]!["properties"]![P.Author.Role]!.GetValue<string>());
    }

    private static string Statement(JsonNode article, Guid factBox) =>
        article["properties"]![P.Article.FactBoxes]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == factBox.ToString())!["properties"]![P.FactBox.Statement]!.GetValue<string>();

    private async Task<string> ArticlePathAsync()
    {
        var article = await GetAsync("content/item/" + TestContent.SeedArticle);
        return "content/item" + article["route"]!["path"]!.GetValue<string>();
    }

    private async Task<JsonNode> GetAsync(string path)
    {
        using var response = await _site.DeliveryAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Changes one culture value of a published item and publishes it (the cache refreshers run as for an editor's publish).</summary>
    private void Publish(Guid key, string alias, string value)
    {
        var content = _site.Get<IContentService>();
        var item = content.GetById(key)!;
        item.SetValue(alias, value, "en-US");
        Assert.True(content.Save(item).Success); // Umbraco 17 refuses to publish unsaved changes
        var result = content.Publish(item, ["en-US"]);
        Assert.True(result.Success, $"{alias} was not published: {result.Result}");
    }

    private async Task AddFactBoxAsync(string name) =>
        await TestContent.PublishAsync(_site, await ManuscriptUploads.CreateFactBoxAsync(_site, TestContent.FirstBooklet, Guid.NewGuid(), name));

    /// <summary>Switches the plugin's related-response eviction at run time, as a configuration reload would.</summary>
    private void SetEviction(bool on)
    {
        var cache = _site.Get<IOptionsMonitorCache<DiplomaticDeliveryApiOptions>>();
        var options = _site.Get<IOptionsMonitor<DiplomaticDeliveryApiOptions>>().CurrentValue;
        cache.TryRemove(Options.DefaultName);
        cache.TryAdd(Options.DefaultName, new DiplomaticDeliveryApiOptions { AddContentTypesToAllowList = options.AddContentTypesToAllowList, EvictRelatedResponses = on });
    }
}
