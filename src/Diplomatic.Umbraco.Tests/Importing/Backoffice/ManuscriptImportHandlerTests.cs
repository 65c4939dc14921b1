using System.Text;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Importing.Backoffice;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.Tests.Importing.Backoffice;

public class ManuscriptImportHandlerTests
{
    private const string Path1 = "/media/a1b2c3/azerbaijan-pakistan-relations.md";
    private const string Path2 = "/media/d4e5f6/azerbaijan-pakistan-relations.md";

    private readonly Dictionary<string, string> _keyValues = [];
    private readonly Dictionary<string, byte[]> _files = new()
    {
        [Path1] = System.IO.File.ReadAllBytes(ImportingPaths.FirstBooklet),
        [Path2] = System.IO.File.ReadAllBytes(ImportingPaths.FirstBooklet),
    };

    private readonly InMemoryStore _store = new();

    private ManuscriptImportHandler Handler()
    {
        var keyValues = new Mock<IKeyValueService>();
        keyValues.Setup(k => k.GetValue(It.IsAny<string>())).Returns((string key) => _keyValues.GetValueOrDefault(key));
        keyValues.Setup(k => k.SetValue(It.IsAny<string>(), It.IsAny<string>())).Callback((string key, string value) => _keyValues[key] = value);
        var files = new Mock<IManuscriptFiles>();
        files.Setup(f => f.Open(It.IsAny<string>())).Returns((string path) => _files.TryGetValue(path, out var bytes) ? new MemoryStream(bytes) : null);
        var options = new ImportingOptions();
        return new ManuscriptImportHandler(files.Object, _store, keyValues.Object, new ManuscriptReader(options), Mock.Of<IOptionsMonitor<ImportingOptions>>(m => m.CurrentValue == options), NullLogger<ManuscriptImportHandler>.Instance);
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

    private static IContent Booklet(string manuscript)
    {
        var booklet = ContentFactory.Content(DocumentTypeAliases.Booklet, "Azerbaijan-Pakistan Relations");
        booklet.SetValue(P.Booklet.Manuscript, manuscript, ContentFactory.English);
        return booklet;
    }

    [Fact]
    public async Task Saving_a_booklet_with_a_manuscript_creates_its_parts_as_drafts_and_fills_only_empty_fields()
    {
        var booklet = Booklet(Path1);
        booklet.SetValue(P.Booklet.Subtitle, "Typed by the editor", ContentFactory.English);

        var messages = await SaveAsync(booklet);

        Assert.Equal(1 + 8 + 7, _store.Created.Count);
        Assert.All(_store.Items.Values, item => Assert.Equal(booklet.Key, _store.Parents[item.Key]));
        Assert.Empty(_store.Published);
        Assert.Equal("Typed by the editor", booklet.GetValue<string>(P.Booklet.Subtitle, ContentFactory.English));
        Assert.Equal("The silver jubilee of relations between Pakistan and Azerbaijan", booklet.GetValue<string>(P.Booklet.Occasion, ContentFactory.English));
        Assert.Equal("[\"Azerbaijan\",\"Pakistan\"]", booklet.GetValue<string>(P.Bilateral.Countries));
        var message = Assert.Single(messages.GetAll());
        Assert.Contains("16 created, 0 updated", message.Message);
        Assert.Contains("Booklet fields filled: publishers, occasion, introduction, countries, topics", message.Message);
        Assert.Contains("An author of \"Azerbaijan-Pakistan Relations\" is not in Umbraco yet", message.Message);
        Assert.Equal(Path1, _keyValues[ManuscriptImportHandler.MarkerKey(booklet.Key, ContentFactory.English)]);
    }

    [Fact]
    public async Task The_same_file_saved_again_does_nothing()
    {
        var booklet = Booklet(Path1);
        await SaveAsync(booklet);
        _store.Created.Clear();

        var messages = await SaveAsync(booklet);

        Assert.Empty(_store.Created);
        Assert.Empty(_store.Updated);
        Assert.Empty(messages.GetAll());
    }

    [Fact]
    public async Task A_new_upload_updates_the_parts_from_the_manuscript_and_never_touches_hand_made_ones()
    {
        var booklet = Booklet(Path1);
        await SaveAsync(booklet);
        var handMade = ContentFactory.Content(DocumentTypeAliases.FactBox, "Added by hand");
        _store.Items[handMade.Key] = handMade;
        _store.Parents[handMade.Key] = booklet.Key;
        var article = _store.Items.Values.Single(i => i.ContentType.Alias == DocumentTypeAliases.Article);
        article.SetValue(P.Article.HeroImage, "umb://media/0123456789abcdef0123456789abcdef");
        _store.Created.Clear();

        booklet.SetValue(P.Booklet.Manuscript, Path2, ContentFactory.English);
        var messages = await SaveAsync(booklet);

        Assert.Empty(_store.Created);
        Assert.Equal(16, _store.Updated.Count);
        Assert.DoesNotContain(handMade.Key, _store.Updated);
        Assert.Equal("umb://media/0123456789abcdef0123456789abcdef", article.GetValue<string>(P.Article.HeroImage));
        Assert.Contains("0 created, 16 updated", Assert.Single(messages.GetAll()).Message);
    }

    [Fact]
    public async Task A_failure_part_way_changes_nothing_and_says_so()
    {
        _store.FailOnCreate = 5;
        var booklet = Booklet(Path1);

        var messages = await SaveAsync(booklet);

        Assert.Empty(_store.Items);
        var message = Assert.Single(messages.GetAll());
        Assert.Equal(EventMessageType.Error, message.MessageType);
        Assert.Contains("nothing was changed", message.Message);
        Assert.Empty(_keyValues);
    }

    [Fact]
    public async Task A_manuscript_with_errors_imports_nothing_and_lists_the_problems_with_lines()
    {
        _files["/media/bad/booklet.md"] = Encoding.UTF8.GetBytes("---\ntitle: T\ncountries: [Atlantis]\n---\n# A\n\nB.\n");
        var booklet = Booklet("/media/bad/booklet.md");

        var messages = await SaveAsync(booklet);

        Assert.Empty(_store.Items);
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

    /// <summary>A content store holding real IContent items, with transactions that roll back.</summary>
    private sealed class InMemoryStore : IManuscriptContentStore
    {
        public Dictionary<Guid, IContent> Items { get; } = [];

        public Dictionary<Guid, Guid> Parents { get; } = [];

        public List<Guid> Created { get; } = [];

        public List<Guid> Updated { get; } = [];

        public List<Guid> Published { get; } = [];

        public int FailOnCreate { get; set; } = -1;

        public async Task<bool> InTransactionAsync(Func<Task<bool>> work)
        {
            var items = new Dictionary<Guid, IContent>(Items);
            var parents = new Dictionary<Guid, Guid>(Parents);
            if (await work())
            {
                return true;
            }

            Items.Clear();
            Parents.Clear();
            foreach (var (key, value) in items)
            {
                Items[key] = value;
            }

            foreach (var (key, value) in parents)
            {
                Parents[key] = value;
            }

            return false;
        }

        public Task<IContent?> GetAsync(Guid key) => Task.FromResult(Items.GetValueOrDefault(key));

        public Task<string?> CreateDraftAsync(Guid parentKey, ContentNode node)
        {
            if (Created.Count == FailOnCreate)
            {
                return Task.FromResult<string?>("could not create: PropertyValidationError");
            }

            var content = ContentFactory.Content(node.ContentTypeAlias, node.Names.Values.First());
            content.Key = node.Key;
            Set(content, node);
            Items[node.Key] = content;
            Parents[node.Key] = parentKey;
            Created.Add(node.Key);
            return Task.FromResult<string?>(null);
        }

        public Task<string?> UpdateDraftAsync(IContent existing, ContentNode node)
        {
            Set(existing, node);
            Updated.Add(existing.Key);
            return Task.FromResult<string?>(null);
        }

        private static void Set(IContent content, ContentNode node)
        {
            foreach (var value in node.Values)
            {
                content.SetValue(value.Alias, value.Value, value.Culture);
            }
        }
    }
}
