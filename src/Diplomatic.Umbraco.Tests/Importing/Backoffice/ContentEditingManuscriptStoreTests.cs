using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Importing.Backoffice;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Tests.Support;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Security;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.Tests.Importing.Backoffice;

public class ContentEditingManuscriptStoreTests
{
    private readonly Mock<IContentEditingService> _editing = new();
    private readonly Mock<ICoreScope> _scope = new();

    private ContentEditingManuscriptStore Store()
    {
        var scopes = new Mock<ICoreScopeProvider>();
        scopes.Setup(s => s.CreateCoreScope(It.IsAny<System.Data.IsolationLevel>(), It.IsAny<RepositoryCacheMode>(), It.IsAny<global::Umbraco.Cms.Core.Events.IEventDispatcher?>(), It.IsAny<global::Umbraco.Cms.Core.Events.IScopedNotificationPublisher?>(), It.IsAny<bool?>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns(_scope.Object);
        return new ContentEditingManuscriptStore(_editing.Object, scopes.Object, Mock.Of<IBackOfficeSecurityAccessor>());
    }

    private static ContentNode Article()
    {
        var draft = new ManuscriptReader(new ImportingOptions()).ReadFile(ImportingPaths.FirstBooklet);
        return BookletContentMapper.Booklet(draft).Children.Single(c => c.ContentTypeAlias == DocumentTypeAliases.Article);
    }

    [Fact]
    public async Task Create_makes_a_draft_under_the_parent_with_the_key_type_names_and_editor_values()
    {
        ContentCreateModel? sent = null;
        _editing.Setup(e => e.CreateAsync(It.IsAny<ContentCreateModel>(), It.IsAny<Guid>()))
            .Callback((ContentCreateModel m, Guid _) => sent = m)
            .ReturnsAsync(Attempt.SucceedWithStatus(ContentEditingOperationStatus.Success, new ContentCreateResult()));
        var parent = Guid.NewGuid();
        var article = Article();

        Assert.Null(await Store().CreateDraftAsync(parent, article));

        Assert.NotNull(sent);
        Assert.Equal((article.Key, parent, DocumentTypeKeys.Article), (sent!.Key!.Value, sent.ParentKey!.Value, sent.ContentTypeKey));
        Assert.Equal(("en-US", "Azerbaijan-Pakistan Relations"), (sent.Variants.Single().Culture, sent.Variants.Single().Name));
        var countries = sent.Properties.Single(p => p.Alias == P.Bilateral.Countries);
        Assert.Equal(["Azerbaijan", "Pakistan"], Assert.IsType<string[]>(countries.Value));
        var factBoxes = (string)sent.Properties.Single(p => p.Alias == P.Article.FactBoxes).Value!;
        Assert.StartsWith("[{\"type\":\"document\",\"unique\":\"", factBoxes);
        Assert.StartsWith("{\"markup\":\"<p>", (string)sent.Properties.Single(p => p.Alias == P.Article.Body && p.Culture == "en-US").Value!);
        _editing.Verify(e => e.CreateAndPublishAsync(It.IsAny<ContentCreateModel>(), It.IsAny<string[]>(), It.IsAny<Guid>()), Times.Never);
        _editing.Verify(e => e.CreateAsync(It.IsAny<ContentCreateModel>(), Constants.Security.SuperUserKey), Times.Once);
    }

    [Fact]
    public async Task Update_keeps_the_values_it_does_not_set_and_replaces_the_ones_it_does()
    {
        ContentUpdateModel? sent = null;
        _editing.Setup(e => e.UpdateAsync(It.IsAny<Guid>(), It.IsAny<ContentUpdateModel>(), It.IsAny<Guid>()))
            .Callback((Guid _, ContentUpdateModel m, Guid _) => sent = m)
            .ReturnsAsync(Attempt.SucceedWithStatus(ContentEditingOperationStatus.Success, new ContentUpdateResult()));
        var existing = ContentFactory.Content(DocumentTypeAliases.Article, "Old title");
        existing.SetValue(P.Article.HeroImage, "hero");
        existing.SetValue(P.Article.Standfirst, "old standfirst", ContentFactory.English);

        Assert.Null(await Store().UpdateDraftAsync(existing, Article()));

        Assert.Equal("hero", sent!.Properties.Single(p => p.Alias == P.Article.HeroImage).Value);
        Assert.StartsWith("Political, diplomatic", (string)sent.Properties.Single(p => p.Alias == P.Article.Standfirst).Value!);
        Assert.Single(sent.Properties, p => p.Alias == P.Article.Standfirst);
    }

    [Fact]
    public async Task A_transaction_completes_only_when_the_work_succeeds_and_failures_are_reported()
    {
        _editing.Setup(e => e.CreateAsync(It.IsAny<ContentCreateModel>(), It.IsAny<Guid>()))
            .ReturnsAsync(Attempt.FailWithStatus(ContentEditingOperationStatus.PropertyValidationError, new ContentCreateResult()));
        var store = Store();

        string? error = null;
        var done = await store.InTransactionAsync(async () => (error = await store.CreateDraftAsync(Guid.NewGuid(), Article())) is null);

        Assert.False(done);
        Assert.Contains("PropertyValidationError", error);
        _scope.Verify(s => s.Complete(), Times.Never);
        _scope.Verify(s => s.Dispose(), Times.Once);

        Assert.True(await store.InTransactionAsync(() => Task.FromResult(true)));
        _scope.Verify(s => s.Complete(), Times.Once);
    }
}
