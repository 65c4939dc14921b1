using Diplomatic.Umbraco.Importing.ReadingTime;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.IntegrationTests.Importing;

/// <summary>
/// An editor uploads a manuscript on a booklet and saves, on the real site with a second language (Urdu), whose
/// empty mandatory values Umbraco reports on every English save.
/// </summary>
[Collection(RebootedSiteCollection.Name)]
public sealed class ManuscriptUploadTests : IAsyncLifetime
{
    private readonly RebootedSite _site;

    public ManuscriptUploadTests(RebootedSite site) => _site = site;

    public Task InitializeAsync() => _site.EnsureUrduAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_parts_appear_as_drafts_under_the_booklet_in_manuscript_order_with_reading_time()
    {
        var booklet = await ManuscriptUploads.CreateBookletAsync(_site, "Upload booklet");
        var text = ManuscriptUploads.Manuscript();

        var result = await ManuscriptUploads.SaveAsync(_site, booklet, "booklet.md", text);

        Assert.Equal(ContentEditingOperationStatus.Success, result.Status);
        var message = Assert.Single(result.Messages, m => m.Category == "Manuscript");
        Assert.True(message.MessageType == EventMessageType.Success, message.Message);
        Assert.Contains("4 created", message.Message, StringComparison.Ordinal);
        var parts = ManuscriptUploads.Parts(booklet, "booklet.md", text);
        var children = ManuscriptUploads.Children(_site, booklet);
        Assert.Equal(parts.Select(p => p.Key), children.Select(c => c.Key));
        // Articles, then fact boxes, then events, each in the manuscript's order (as the seed booklet is laid out).
        Assert.Equal(["The first article", "The second article", "A manuscript fact", "A manuscript event"], children.Select(c => c.GetCultureName("en-US")));
        Assert.All(children, c => Assert.False(c.Published, $"{c.Name} was published"));
        var first = children[0];
        Assert.Equal(ReadingTimeCalculator.Minutes(first.GetValue<string>(P.Article.Body, "en-US")), first.GetValue<int>(P.Article.ReadingTime, "en-US"));
        Assert.True(first.GetValue<int>(P.Article.ReadingTime, "en-US") >= 2);
    }

    [Fact]
    public async Task Saving_again_with_the_same_file_writes_nothing_and_a_changed_file_updates_only_what_changed_and_never_a_hand_made_part()
    {
        var booklet = await ManuscriptUploads.CreateBookletAsync(_site, "Re-upload booklet");
        await ManuscriptUploads.SaveAsync(_site, booklet, "booklet.md", ManuscriptUploads.Manuscript());
        var handMade = await ManuscriptUploads.CreateArticleAsync(_site, booklet, "A hand-made article");
        var before = Versions(booklet);

        var same = await ManuscriptUploads.SaveAsync(_site, booklet, "booklet.md", ManuscriptUploads.Manuscript());

        Assert.Equal(ContentEditingOperationStatus.Success, same.Status);
        Assert.NotNull(_site.Get<IContentService>().GetById(booklet)!.GetValue<string>(P.Booklet.Manuscript, "en-US"));
        Assert.DoesNotContain(same.Messages, m => m.Category == "Manuscript");
        Assert.Equal(before.Where(v => v.Key != booklet), Versions(booklet).Where(v => v.Key != booklet));

        var changed = await ManuscriptUploads.SaveAsync(_site, booklet, "booklet.md", ManuscriptUploads.Manuscript("The second article, rewritten by its author."));

        Assert.Contains(changed.Messages, m => m.Category == "Manuscript" && m.Message.Contains("Updated: The second article", StringComparison.Ordinal));
        var after = Versions(booklet);
        var second = ManuscriptUploads.Children(_site, booklet).Single(c => c.GetCultureName("en-US") == "The second article");
        Assert.Contains("rewritten by its author", second.GetValue<string>(P.Article.Body, "en-US"), StringComparison.Ordinal);
        Assert.Equal(before.Where(v => v.Key != booklet && v.Key != second.Key), after.Where(v => v.Key != booklet && v.Key != second.Key));
        Assert.Equal(before[handMade], after[handMade]);
    }

    [Fact]
    public async Task A_web_page_saved_from_the_browser_is_accepted_by_the_upload_and_imports_its_article_as_a_draft()
    {
        var booklet = await ManuscriptUploads.CreateBookletAsync(_site, "Web page booklet");
        const string page = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Baku and Islamabad sign a road map | The Daily Example</title>
            <meta name="author" content="Ayesha Khan"></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Baku and Islamabad sign a road map</h1>
            <p>Pakistan and Azerbaijan signed a road map for trade, energy and transport on Monday, officials said after the talks in the capital.</p>
            <p>The two countries aim to raise bilateral trade to two billion dollars within five years, the foreign office said in a statement.</p>
            <p>A joint working group will meet in Baku next month to prepare the first projects in gas and rail, expected to start next year.</p>
            </article><footer>© The Daily Example</footer></body></html>
            """;

        var result = await ManuscriptUploads.SaveAsync(_site, booklet, "page.html", page);

        Assert.Equal(ContentEditingOperationStatus.Success, result.Status);
        var message = Assert.Single(result.Messages, m => m.Category == "Manuscript");
        Assert.True(message.MessageType != EventMessageType.Error, message.Message);
        var article = Assert.Single(ManuscriptUploads.Children(_site, booklet));
        Assert.Equal("Baku and Islamabad sign a road map", article.GetCultureName("en-US"));
        var body = article.GetValue<string>(P.Article.Body, "en-US")!;
        Assert.Contains("road map for trade", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Daily Example", body, StringComparison.Ordinal);
        Assert.False(article.Published);
    }

    [Fact]
    public async Task A_file_with_errors_creates_nothing_and_the_save_answers_the_problems_with_their_lines()
    {
        var booklet = await ManuscriptUploads.CreateBookletAsync(_site, "Broken upload booklet");
        const string broken = "---\ntitle: Broken\ncountries: [Atlantis]\n---\n\n# An article\n\n```factbox\nheadline: No statement\n```\n";

        var result = await ManuscriptUploads.SaveAsync(_site, booklet, "broken.md", broken);

        var message = Assert.Single(result.Messages, m => m.Category == "Manuscript");
        Assert.Equal(EventMessageType.Error, message.MessageType);
        Assert.True(message.Message.Contains("broken.md(", StringComparison.Ordinal), message.Message);
        Assert.Contains("Atlantis", message.Message, StringComparison.Ordinal);
        Assert.Empty(ManuscriptUploads.Children(_site, booklet));
    }

    [Fact]
    public async Task A_failure_in_the_middle_leaves_everything_below_the_booklet_as_it_was()
    {
        var booklet = await ManuscriptUploads.CreateBookletAsync(_site, "Failing upload booklet");
        var text = ManuscriptUploads.Manuscript();
        var parts = ManuscriptUploads.Parts(booklet, "booklet.md", text);
        // The second part's key already belongs to a fact box elsewhere: the installer refuses it after writing the first.
        var elsewhere = await ManuscriptUploads.CreateBookletAsync(_site, "Another booklet");
        await ManuscriptUploads.CreateFactBoxAsync(_site, elsewhere, parts[1].Key, "A fact box in the way");
        var before = DatabaseSnapshot.Of(_site);

        var result = await ManuscriptUploads.SaveAsync(_site, booklet, "booklet.md", text);

        var message = Assert.Single(result.Messages, m => m.Category == "Manuscript");
        Assert.Equal(EventMessageType.Error, message.MessageType);
        Assert.Contains("nothing", message.Message, StringComparison.Ordinal);
        Assert.Empty(ManuscriptUploads.Children(_site, booklet));
        var after = DatabaseSnapshot.Of(_site);
        var booklets = _site.Get<IContentService>().GetById(booklet)!.Id;
        // The booklet itself was saved (with the upload), as the editor asked; nothing else was written.
        var changes = before.Changes(after, "umbracoNode", "umbracoDocument", "umbracoContent", "umbracoPropertyData", "umbracoContentVersion");
        Assert.DoesNotContain(changes, c => !IsBooklet(c, booklets));
    }

    [Fact]
    public async Task Through_the_management_api_the_editor_gets_the_import_messages_in_the_notifications_header()
    {
        var booklet = await ManuscriptUploads.CreateBookletAsync(_site, "Management API booklet");
        using var api = await ManagementApi.SignInAsync(_site);

        var good = await api.UploadTemporaryFileAsync("booklet.md", ManuscriptUploads.Manuscript());
        var saved = await api.UpdateDocumentAsync(booklet, Update("Management API booklet", good));

        Assert.True(saved.Status == 200, $"{saved.Status}: {saved.Body}");
        var success = Assert.Single(saved.Notifications, n => n!["category"]?.GetValue<string>() == "Manuscript")!;
        Assert.Equal("Success", success["type"]!.ToString());
        Assert.Contains("4 created", success["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var bad = await api.UploadTemporaryFileAsync("broken.md", "---\ntitle: Broken\ncountries: [Atlantis]\n---\n\n# An article\n\nText.\n");
        var refused = await api.UpdateDocumentAsync(booklet, Update("Management API booklet", bad));

        Assert.True(refused.Notifications.Any(n => n!["category"]?.GetValue<string>() == "Manuscript"), $"{refused.Status} {refused.Notifications.ToJsonString()} {refused.Body}");
        var error = refused.Notifications.Single(n => n!["category"]?.GetValue<string>() == "Manuscript")!;
        Assert.Equal("Error", error["type"]!.ToString());
        Assert.Contains("broken.md(", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(4, ManuscriptUploads.Children(_site, booklet).Count);
    }

    /// <summary>The backoffice's update of a booklet that names a new upload (its only value).</summary>
    private static System.Text.Json.Nodes.JsonObject Update(string name, Guid temporaryFile) => new()
    {
        ["values"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["alias"] = P.Booklet.Manuscript, ["culture"] = "en-US", ["segment"] = null,
            ["value"] = ManuscriptUploads.UploadValue(temporaryFile),
        }),
        ["variants"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["culture"] = "en-US", ["segment"] = null, ["name"] = name }),
        ["template"] = null,
    };

    /// <summary>Whether a changed row belongs to the booklet (its node or one of its versions).</summary>
    private bool IsBooklet(string row, int bookletId)
    {
        var versions = _site.Get<IContentService>().GetVersions(bookletId).Select(v => v.VersionId).ToHashSet();
        return row.Contains($"id={bookletId} |", StringComparison.Ordinal) || row.Contains($"nodeId={bookletId} |", StringComparison.Ordinal)
            || versions.Any(v => row.Contains($"versionId={v} |", StringComparison.Ordinal) || (row.StartsWith("umbracoContentVersion", StringComparison.Ordinal) && row.Contains($"id={v} |", StringComparison.Ordinal)));
    }

    private Dictionary<Guid, (int Versions, bool Edited)> Versions(Guid booklet) =>
        ManuscriptUploads.Children(_site, booklet).Append(_site.Get<IContentService>().GetById(booklet)!)
            .ToDictionary(c => c.Key, c => (_site.Get<IContentService>().GetVersions(c.Id).Count(), c.Edited));
}
