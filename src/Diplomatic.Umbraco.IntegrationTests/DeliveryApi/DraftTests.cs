using System.Net;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.IntegrationTests.Support;
using static Diplomatic.Umbraco.IntegrationTests.Support.TestContent;

namespace Diplomatic.Umbraco.IntegrationTests.DeliveryApi;

/// <summary>
/// Drafts on the real site: a never-published item, a published item with an unpublished change and an unpublished
/// item are served by no content endpoint without both the right <c>Api-Key</c> and <c>Preview: true</c>, and by
/// every one with both.
/// </summary>
[Collection(RebootedSiteCollection.Name)]
public sealed class DraftTests : IAsyncLifetime
{
    private readonly RebootedSite _site;

    public DraftTests(RebootedSite site) => _site = site;

    /// <summary>Which headers a request sends.</summary>
    public enum Access
    {
        Anonymous,
        KeyWithoutPreview,
        PreviewWithoutKey,
        PreviewWithWrongKey,
        KeyAndPreview,
    }

    public static TheoryData<string, string, Access> Cases()
    {
        var data = new TheoryData<string, string, Access>();
        foreach (var item in new[] { nameof(NeverPublishedArticle), nameof(ChangedArticle), nameof(UnpublishedArticle) })
        {
            foreach (var endpoint in new[] { "item by id", "item by preview path", "item by published path", "items", "children query", "booklet filter" })
            {
                foreach (var access in Enum.GetValues<Access>())
                {
                    // A never-published item has no published path; the published path of a changed item is not its
                    // preview path (Umbraco resolves the draft's own segment in preview), so it is not asked for drafts.
                    if (endpoint == "item by published path" && (item == nameof(NeverPublishedArticle) || access == Access.KeyAndPreview))
                    {
                        continue;
                    }

                    data.Add(item, endpoint, access);
                }
            }
        }

        return data;
    }

    public Task InitializeAsync() => _site.EnsureDraftsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_draft_is_served_only_with_the_key_and_preview(string item, string endpoint, Access access)
    {
        var key = DraftItem(item);
        var path = endpoint switch
        {
            "item by id" => $"content/item/{key}",
            "item by preview path" => "content/item/" + PreviewPath(key),
            "item by published path" => "content/item/drafts-booklet/" + (key == ChangedArticle ? "published-name-of-the-changed-article/" : "article-to-unpublish/"),
            "items" => $"content/items?id={key}",
            "children query" => $"content?fetch=children:{DraftsBooklet}&take=10",
            _ => $"content?filter=booklet:{DraftsBooklet}&take=10",
        };
        var (apiKey, preview) = access switch
        {
            Access.Anonymous => (null, false),
            Access.KeyWithoutPreview => (UmbracoSite.ApiKey, false),
            Access.PreviewWithoutKey => (null, true),
            Access.PreviewWithWrongKey => ("not-the-key", true),
            _ => ((string?)UmbracoSite.ApiKey, true),
        };

        using var response = await _site.DeliveryAsync(path, apiKey, preview);
        var body = await response.Content.ReadAsStringAsync();
        var served = response.StatusCode == HttpStatusCode.OK ? Find(JsonNode.Parse(body)!, key) : null;
        var name = served?["name"]?.GetValue<string>();

        if (access == Access.KeyAndPreview)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
            Assert.Equal(key == ChangedArticle ? ChangedArticleDraftName : DraftName(key), name);
        }
        else if (key == ChangedArticle && !preview && endpoint != "item by preview path")
        {
            // The published version, never the change (the draft's own path is not served at all).
            Assert.Equal(ChangedArticlePublishedName, name);
        }
        else
        {
            Assert.True(name is null || (key == ChangedArticle && name == ChangedArticlePublishedName), $"{path} with {access} served {name}: {body}");
            if (preview)
            {
                // A preview request without the right key is refused outright, not answered with published content.
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{path} with {access}: {(int)response.StatusCode} {body}");
            }
        }
    }

    private static string DraftName(Guid key) => key == NeverPublishedArticle ? "Never published article" : "Article to unpublish";

    /// <summary>The item in an item, an array of items or a query's page; null when absent.</summary>
    private static JsonNode? Find(JsonNode json, Guid key)
    {
        var items = json switch
        {
            JsonArray array => array.ToList(),
            JsonObject page when page["items"] is JsonArray array => array.ToList(),
            _ => [json],
        };
        return items.FirstOrDefault(i => i?["id"]?.GetValue<string>() == key.ToString());
    }

    /// <summary>
    /// The path a preview asks for: an item with no published version has Umbraco's "/preview-{key}/" route, whose
    /// leading slash must be sent encoded (as the clients do); a changed item is found by its draft's own segment.
    /// </summary>
    private static string PreviewPath(Guid key) =>
        key == ChangedArticle ? "drafts-booklet/draft-name-of-the-changed-article/" : $"%2Fpreview-{key}/";
}
