using System.Net;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.ContentPublishing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace Diplomatic.Umbraco.IntegrationTests.DeliveryApi;

/// <summary>
/// Drafts never reach a reader: a never-published item, a published item with an unpublished change and an
/// unpublished item, through every content endpoint, without the key and <c>Preview: true</c>, and with only one
/// of them; with both, the drafts are served.
/// </summary>
[Collection(InstalledSiteCollection.Name)]
public sealed class DraftTests : IClassFixture<DraftTests.Drafts>
{
    private const string DraftMark = "DRAFT-ONLY-TEXT";
    private readonly InstalledSite _site;
    private readonly Drafts _drafts;

    public DraftTests(InstalledSite site, Drafts drafts)
    {
        _site = site;
        _drafts = drafts;
        drafts.EnsureCreatedAsync(site).GetAwaiter().GetResult();
    }

    public enum Access
    {
        Anonymous,
        KeyOnly,
        PreviewOnly,
        WrongKey,
    }

    public static TheoryData<string, Access> Hidden()
    {
        var data = new TheoryData<string, Access>();
        foreach (var endpoint in new[] { "item", "path", "items", "query" })
        {
            foreach (var access in Enum.GetValues<Access>())
            {
                data.Add(endpoint, access);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Hidden))]
    public async Task No_draft_is_served_without_the_key_and_preview(string endpoint, Access access)
    {
        foreach (var (key, name) in _drafts.Items)
        {
            using var response = await SendAsync(endpoint, key, name, access);
            var body = await response.Content.ReadAsStringAsync();

            Assert.DoesNotContain(DraftMark, body);
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            if (key != _drafts.PublishedWithChange && endpoint is "item" or "path" && response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Fail($"{endpoint} served the never-published or unpublished item {key} with {access}: {body}");
            }
        }
    }

    [Theory]
    [InlineData("item")]
    [InlineData("path")]
    [InlineData("items")]
    [InlineData("query")]
    public async Task With_the_key_and_preview_the_drafts_are_served(string endpoint)
    {
        foreach (var (key, name) in _drafts.Items)
        {
            using var response = await SendAsync(endpoint, key, name, access: null);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(DraftMark, body);
            Assert.Contains(key.ToString(), body);
        }
    }

    [Fact]
    public async Task The_published_version_of_a_changed_item_is_what_readers_get()
    {
        using var response = await _site.DeliveryAsync($"content/item/{_drafts.PublishedWithChange}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Published biography", await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> SendAsync(string endpoint, Guid key, string name, Access? access)
    {
        var path = endpoint switch
        {
            "item" => $"content/item/{key}",
            "path" => $"content/item/{Uri.EscapeDataString("/authors/" + Slug(name) + "/")}",
            "items" => $"content/items?id={key}&id={TestContent.SeedAuthor}",
            _ => $"content?filter=contentType:author&filter=name:{Uri.EscapeDataString(name)}",
        };
        return access switch
        {
            null => _site.DeliveryAsync(path, preview: true),
            Access.Anonymous => _site.DeliveryAsync(path),
            Access.KeyOnly => _site.DeliveryAsync(path, apiKey: UmbracoSite.ApiKey),
            Access.PreviewOnly => PreviewWithoutKeyAsync(path),
            _ => _site.DeliveryAsync(path, preview: true, apiKey: "not-the-key"),
        };
    }

    private async Task<HttpResponseMessage> PreviewWithoutKeyAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/umbraco/delivery/api/v2/" + path);
        request.Headers.Add("Preview", "true");
        return await _site.Client.SendAsync(request);
    }

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    /// <summary>The three drafts, written once through Umbraco's editing and publishing services.</summary>
    public sealed class Drafts
    {
        private readonly SemaphoreSlim _gate = new(1, 1);

        public Guid NeverPublished { get; } = new("0b9b3a6e-2222-4c2d-9e7f-000000000001");

        public Guid PublishedWithChange { get; } = new("0b9b3a6e-2222-4c2d-9e7f-000000000002");

        public Guid Unpublished { get; } = new("0b9b3a6e-2222-4c2d-9e7f-000000000003");

        public IReadOnlyList<(Guid Key, string Name)> Items =>
            [(NeverPublished, "Never Published Author"), (PublishedWithChange, "Changed Author"), (Unpublished, "Withdrawn Author")];

        private bool _created;

        public async Task EnsureCreatedAsync(InstalledSite site)
        {
            await _gate.WaitAsync();
            try
            {
                if (_created)
                {
                    return;
                }

                var authors = Guid.Parse("149a00c1-7f75-55f7-9159-cde5d4d673d4");
                await CreateAsync(site, NeverPublished, "Never Published Author", authors, DraftMark);
                await CreateAsync(site, PublishedWithChange, "Changed Author", authors, "Published biography");
                await PublishAsync(site, PublishedWithChange);
                await UpdateBiographyAsync(site, PublishedWithChange, "Changed Author", DraftMark);
                await CreateAsync(site, Unpublished, "Withdrawn Author", authors, DraftMark);
                await PublishAsync(site, Unpublished);
                var unpublished = await site.Get<IContentPublishingService>().UnpublishAsync(Unpublished, new HashSet<string> { "en-US" }, Constants.Security.SuperUserKey);
                Assert.True(unpublished.Success, $"unpublish: {unpublished.Result}");

                // The published, changed item is in the index (so a query could leak its draft if it were wrong).
                await site.WaitForAsync("content?filter=contentType:author&filter=name:Changed%20Author", 1);
                await site.WaitForAsync("content?filter=contentType:author&filter=name:Never%20Published%20Author", 1, preview: true);
                _created = true;
            }
            finally
            {
                _gate.Release();
            }
        }

        private static async Task CreateAsync(InstalledSite site, Guid key, string name, Guid parent, string biography)
        {
            var created = await site.Get<IContentEditingService>().CreateAsync(
                new ContentCreateModel
                {
                    Key = key,
                    ContentTypeKey = site.Get<IContentTypeService>().Get("author")!.Key,
                    ParentKey = parent,
                    Variants = [new VariantModel { Culture = "en-US", Name = name }],
                    Properties = [new PropertyValueModel { Alias = "biography", Culture = "en-US", Value = biography }],
                },
                Constants.Security.SuperUserKey);
            Assert.True(created.Success && created.Status == ContentEditingOperationStatus.Success, $"create {name}: {created.Status}");
        }

        private static async Task UpdateBiographyAsync(InstalledSite site, Guid key, string name, string biography)
        {
            var updated = await site.Get<IContentEditingService>().UpdateAsync(
                key,
                new ContentUpdateModel
                {
                    Variants = [new VariantModel { Culture = "en-US", Name = name }],
                    Properties = [new PropertyValueModel { Alias = "biography", Culture = "en-US", Value = biography }],
                },
                Constants.Security.SuperUserKey);
            Assert.True(updated.Success && updated.Status == ContentEditingOperationStatus.Success, $"update {name}: {updated.Status}");
        }

        private static async Task PublishAsync(InstalledSite site, Guid key)
        {
            var published = await site.Get<IContentPublishingService>().PublishAsync(key, [new CulturePublishScheduleModel { Culture = "en-US" }], Constants.Security.SuperUserKey);
            Assert.True(published.Success, $"publish {key}: {published.Status}");
        }
    }
}
