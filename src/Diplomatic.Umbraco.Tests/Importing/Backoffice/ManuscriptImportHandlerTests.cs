using System.Text;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Importing.Backoffice;
using Diplomatic.Umbraco.Tests.Installation;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Security;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.Tests.Importing.Backoffice;

/// <summary>
/// The backoffice import end to end through the real <c>ContentInstaller</c>, on the installer's fake site (real
/// IContent behind Moq'd editing, publishing and scope services, with transactions that roll back).
/// </summary>
public class ManuscriptImportHandlerTests
{
    private const string Path1 = "/media/a1b2c3/azerbaijan-pakistan-relations.md";
    private const string Path2 = "/media/d4e5f6/azerbaijan-pakistan-relations.md";

    private static readonly Guid EditorKey = new("30000000-0000-4000-8000-000000000001");

    private readonly Dictionary<string, string> _keyValues = [];
    private readonly Dictionary<string, byte[]> _files = new()
    {
        [Path1] = System.IO.File.ReadAllBytes(ImportingPaths.FirstBooklet),
        [Path2] = System.IO.File.ReadAllBytes(ImportingPaths.FirstBooklet),
    };

    private readonly FakeContentSite _site = new();

    private ManuscriptImportHandler Handler()
    {
        var keyValues = new Mock<IKeyValueService>();
        keyValues.Setup(k => k.GetValue(It.IsAny<string>())).Returns((string key) => _keyValues.GetValueOrDefault(key));
        keyValues.Setup(k => k.SetValue(It.IsAny<string>(), It.IsAny<string>())).Callback((string key, string value) => _keyValues[key] = value);
        var files = new Mock<IManuscriptFiles>();
        files.Setup(f => f.Open(It.IsAny<string>())).Returns((string path) => _files.TryGetValue(path, out var bytes) ? new MemoryStream(bytes) : null);
        var security = Mock.Of<IBackOfficeSecurityAccessor>(a => a.BackOfficeSecurity!.CurrentUser == Mock.Of<IUser>(u => u.Key == EditorKey));
        var options = new ImportingOptions();
        return new ManuscriptImportHandler(
            files.Object,
            _site.Installer(),
            _site.Editing.Object,
            security,
            keyValues.Object,
            new ManuscriptReader(options),
            Mock.Of<IOptionsMonitor<ImportingOptions>>(m => m.CurrentValue == options),
            NullLogger<ManuscriptImportHandler>.Instance);
    }

    private async Task<EventMessages> SaveAsync(IContent booklet)
    {
        var messages = new EventMessages();
        var handler = Handler();
        var saving = new ContentSavingNotification(booklet, messages);
        handler.Handle(saving);
        var saved = new ContentSavedNotification(booklet, messages);
        foreach (var (key, value) in saving.State)
        {
            saved.State[key] = value;
        }

        await handler.HandleAsync(saved, CancellationToken.None);
        return messages;
    }

    /// <summary>A booklet the site has (the import writes under it), with the manuscript uploaded.</summary>
    private IContent Booklet(string manuscript)
    {
        var booklet = _site.AddExisting(Guid.NewGuid(), DocumentTypeAliases.Booklet, "Azerbaijan-Pakistan Relations");
        booklet.SetValue(P.Booklet.Manuscript, manuscript, ContentFactory.English);
        return booklet;
    }

    private List<Guid> Writes(string verb) =>
        [.. _site.Log.Where(l => l.StartsWith(verb + " ", StringComparison.Ordinal)).Select(l => Guid.Parse(l.Split(' ')[1]))];

    [Fact]
    public async Task Saving_a_booklet_with_a_manuscript_creates_its_parts_as_drafts_and_fills_only_empty_fields()
    {
        var booklet = Booklet(Path1);
        booklet.SetValue(P.Booklet.Subtitle, "Typed by the editor", ContentFactory.English);

        var messages = await SaveAsync(booklet);

        var created = Writes("create");
        Assert.Equal(1 + 8 + 7, created.Count);
        Assert.All(created, key => Assert.Equal(booklet.Key, _site.Parents[key]));
        Assert.Empty(Writes("publish"));
        Assert.Equal("Typed by the editor", booklet.GetValue<string>(P.Booklet.Subtitle, ContentFactory.English));
        Assert.Equal("The silver jubilee of relations between Pakistan and Azerbaijan", booklet.GetValue<string>(P.Booklet.Occasion, ContentFactory.English));
        Assert.Equal("[\"Azerbaijan\",\"Pakistan\"]", booklet.GetValue<string>(P.Bilateral.Countries));
        var message = Assert.Single(messages.GetAll());
        Assert.Contains("16 created, 0 updated", message.Message);
        Assert.Contains("Created: Azerbaijan-Pakistan Relations, ", message.Message);
        Assert.Contains("Booklet fields filled: publishers, occasion, introduction, countries, topics", message.Message);
        Assert.Contains("An author of \"Azerbaijan-Pakistan Relations\" is not in Umbraco yet", message.Message);
        Assert.StartsWith(Path1 + "|sha256:", _keyValues[ManuscriptImportHandler.MarkerKey(booklet.Key, ContentFactory.English)], StringComparison.Ordinal);

        // Keys derived from the booklet, so a later upload finds the same parts.
        var draft = new ManuscriptReader(new ImportingOptions()).ReadFile(ImportingPaths.FirstBooklet);
        draft.ExplicitSlug = ManuscriptImportHandler.SlugOf(booklet.Key);
        Assert.Equal(BookletContentMapper.Booklet(draft).Children.Select(c => c.Key), created);

        // Written as the editor who saved, never published, with the values the editors take (one conversion: the installer's).
        _site.Editing.Verify(e => e.CreateAsync(It.IsAny<ContentCreateModel>(), EditorKey), Times.Exactly(16));
        // Two passes: the parts, then the article's fact boxes once they exist (Umbraco refuses picks of missing items).
        Assert.Equal(2, _site.CompletedScopes);
        var article = _site.CreateModels.Values.Single(m => m.ContentTypeKey == DocumentTypeKeys.Article);
        Assert.Equal(("en-US", "Azerbaijan-Pakistan Relations"), (article.Variants.Single().Culture, article.Variants.Single().Name));
        Assert.Equal(["Azerbaijan", "Pakistan"], Assert.IsType<string[]>(article.Properties.Single(p => p.Alias == P.Bilateral.Countries).Value));
        Assert.DoesNotContain(article.Properties, p => p.Alias == P.Article.FactBoxes);
        var articleUpdate = Assert.Single(_site.UpdateModels).Model;
        var factBoxes = Assert.IsType<JsonArray>(articleUpdate.Properties.Single(p => p.Alias == P.Article.FactBoxes).Value);
        Assert.Equal("document", factBoxes[0]!["type"]!.GetValue<string>());
        Assert.Contains(Guid.Parse(factBoxes[0]!["unique"]!.GetValue<string>()), created);
        var body = Assert.IsType<JsonObject>(article.Properties.Single(p => p.Alias == P.Article.Body && p.Culture == "en-US").Value);
        Assert.StartsWith("<p>", body["markup"]!.GetValue<string>());
        Assert.DoesNotContain(article.Properties, p => p.Alias == P.Publishing.Authors);
    }

    [Fact]
    public async Task Authors_that_exist_are_linked()
    {
        var author = _site.AddExisting(BookletContentMapper.AuthorKey("muhammad-asif-noor"), DocumentTypeAliases.Author, "Muhammad Asif Noor");
        var booklet = Booklet(Path1);

        var messages = await SaveAsync(booklet);

        var article = _site.CreateModels.Values.Single(m => m.ContentTypeKey == DocumentTypeKeys.Article);
        var authors = Assert.IsType<JsonArray>(article.Properties.Single(p => p.Alias == P.Publishing.Authors).Value);
        Assert.Equal(author.Key, Guid.Parse(Assert.Single(authors)!["unique"]!.GetValue<string>()));
        Assert.DoesNotContain("not in Umbraco yet", Assert.Single(messages.GetAll()).Message);
    }

    [Fact]
    public async Task The_same_file_saved_again_does_nothing()
    {
        var booklet = Booklet(Path1);
        await SaveAsync(booklet);
        var writes = _site.Log.Count;

        var messages = await SaveAsync(booklet);

        Assert.Equal(writes, _site.Log.Count);
        Assert.Empty(messages.GetAll());
    }

    [Fact]
    public async Task A_new_upload_updates_the_parts_from_the_manuscript_and_never_touches_hand_made_ones()
    {
        var booklet = Booklet(Path1);
        await SaveAsync(booklet);
        var handMade = _site.AddExisting(Guid.NewGuid(), DocumentTypeAliases.FactBox, "Added by hand", (P.FactBox.Headline, "By hand", ContentFactory.English));
        _site.Parents[handMade.Key] = booklet.Key;
        var article = _site.Store.Values.Single(i => i.ContentType.Alias == DocumentTypeAliases.Article);
        article.SetValue(P.Article.HeroImage, "umb://media/0123456789abcdef0123456789abcdef");
        article.SetValue(P.Article.Standfirst, "Changed by the editor", ContentFactory.English);
        var created = Writes("create");
        var firstImportUpdates = Writes("update").Count; // the article's fact boxes, set once they existed
        var firstImportModels = _site.UpdateModels.Count;

        booklet.SetValue(P.Booklet.Manuscript, Path2, ContentFactory.English);
        var messages = await SaveAsync(booklet);

        Assert.Equal(created, Writes("create"));
        // The same text uploaded again: only the article, whose standfirst the editor changed, is written (back to
        // the manuscript's); the parts that already hold what the manuscript says are left alone.
        Assert.Equal([article.Key], Writes("update").Skip(firstImportUpdates));
        Assert.DoesNotContain(handMade.Key, _site.UpdateModels.Select(u => u.Key));
        Assert.Equal("By hand", handMade.GetValue<string>(P.FactBox.Headline, ContentFactory.English));
        Assert.Equal("umb://media/0123456789abcdef0123456789abcdef", article.GetValue<string>(P.Article.HeroImage));
        Assert.StartsWith("Political, diplomatic", article.GetValue<string>(P.Article.Standfirst, ContentFactory.English));
        var sent = _site.UpdateModels.Skip(firstImportModels).Single(u => u.Key == article.Key).Model;
        Assert.Single(sent.Properties, p => p.Alias == P.Article.Standfirst);
        Assert.Equal("umb://media/0123456789abcdef0123456789abcdef", sent.Properties.Single(p => p.Alias == P.Article.HeroImage).Value);
        Assert.Empty(Writes("publish"));
        var message = Assert.Single(messages.GetAll()).Message;
        Assert.Contains("0 created, 1 updated", message);
        Assert.Contains("Updated: Azerbaijan-Pakistan Relations", message);
        Assert.StartsWith(Path2 + "|sha256:", _keyValues[ManuscriptImportHandler.MarkerKey(booklet.Key, ContentFactory.English)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(4)]
    public async Task A_failure_part_way_changes_nothing_below_the_booklet_and_says_which_booklet_fields_were_kept(int batchSize)
    {
        _site.Options.BatchSize = batchSize;
        var booklet = Booklet(Path1);
        var draft = new ManuscriptReader(new ImportingOptions()).ReadFile(ImportingPaths.FirstBooklet);
        draft.ExplicitSlug = ManuscriptImportHandler.SlugOf(booklet.Key);
        var sixth = BookletContentMapper.Booklet(draft).Children[5];
        _site.FailingCreates[sixth.Key] = ContentEditingOperationStatus.PropertyValidationError;

        var messages = await SaveAsync(booklet);

        Assert.Equal(5, Writes("create").Count);
        Assert.Equal([booklet.Key], _site.Store.Keys);
        // Batches of 4: the first committed, the second rolled back, then the first's 4 items deleted, one scope each
        // (every rollback step takes the write lock first). One batch of 25: rolled back, nothing to delete.
        Assert.Equal((batchSize == 25 ? 0 : 1 + 4, 1), (_site.CompletedScopes, _site.RolledBackScopes));
        var message = Assert.Single(messages.GetAll());
        Assert.Equal(EventMessageType.Error, message.MessageType);
        // The booklet's empty fields were filled as it saved, so the message must not claim that nothing changed.
        Assert.DoesNotContain("nothing was changed", message.Message);
        Assert.Contains("nothing below the booklet was changed", message.Message);
        Assert.Contains($"saved with the booklet: {P.Booklet.Subtitle}", message.Message);
        Assert.Contains($"'{sixth.Names["en-US"]}'", message.Message);
        Assert.Contains("PropertyValidationError", message.Message);
        Assert.Empty(_keyValues);
    }

    [Fact]
    public async Task A_rollback_that_leaves_something_behind_says_what_instead_of_nothing_was_changed()
    {
        _site.Options.BatchSize = 4;
        var booklet = Booklet(Path1);
        var draft = new ManuscriptReader(new ImportingOptions()).ReadFile(ImportingPaths.FirstBooklet);
        draft.ExplicitSlug = ManuscriptImportHandler.SlugOf(booklet.Key);
        var children = BookletContentMapper.Booklet(draft).Children;
        _site.FailingCreates[children[5].Key] = ContentEditingOperationStatus.PropertyValidationError;
        _site.Editing.Setup(e => e.DeleteAsync(children[1].Key, It.IsAny<Guid>()))
            .ReturnsAsync(global::Umbraco.Cms.Core.Attempt.FailWithStatus<IContent?, ContentEditingOperationStatus>(ContentEditingOperationStatus.CannotDeleteWhenReferenced, null));

        var messages = await SaveAsync(booklet);

        var message = Assert.Single(messages.GetAll());
        Assert.Equal(EventMessageType.Error, message.MessageType);
        Assert.DoesNotContain("nothing was changed", message.Message);
        Assert.Contains("left something behind", message.Message);
        Assert.Contains($"delete {children[1].Key}: CannotDeleteWhenReferenced", message.Message);
        Assert.Empty(_keyValues);
    }

    [Fact]
    public async Task A_manuscript_with_errors_imports_nothing_and_lists_the_problems_with_lines()
    {
        _files["/media/bad/booklet.md"] = Encoding.UTF8.GetBytes("---\ntitle: T\ncountries: [Atlantis]\n---\n# A\n\nB.\n");
        var booklet = Booklet("/media/bad/booklet.md");

        var messages = await SaveAsync(booklet);

        Assert.Equal([booklet.Key], _site.Store.Keys);
        Assert.Empty(_site.Log);
        var message = Assert.Single(messages.GetAll());
        Assert.Equal(EventMessageType.Error, message.MessageType);
        Assert.Contains("booklet.md(3): error: unknown country \"Atlantis\"", message.Message);
        Assert.Null(booklet.GetValue(P.Booklet.Occasion, ContentFactory.English));
    }

    [Theory]
    [InlineData("/media/x/a.md", "/media/x/a.md")]
    [InlineData("{\"src\":\"/media/x/a.docx\",\"temporaryFileId\":null}", "/media/x/a.docx")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_upload_path_is_read_from_either_stored_form(string? stored, string? path)
    {
        Assert.Equal(path, ManuscriptFiles.PathOf(stored));
    }
}
