using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Infrastructure.Scoping;
using Constants = Umbraco.Cms.Core.Constants;
using IScope = Umbraco.Cms.Infrastructure.Scoping.IScope;
using IScopeProvider = Umbraco.Cms.Infrastructure.Scoping.IScopeProvider;

namespace Diplomatic.Umbraco.IntegrationTests.Installation;

/// <summary>
/// On SQLite (<c>Cache=Shared</c>, as Umbraco writes it), a transaction that has read a table and another that holds
/// the write lock and writes that table wait for each other until the provider's retries give up, minutes later. The
/// installer's scopes and Umbraco's relations handler take the write lock before they read, so they cannot.
/// </summary>
[Collection(InstalledSiteCollection.Name)]
public sealed class WriteLockFirstTests
{
    /// <summary>Far longer than a write waits for another's commit; far shorter than the stall.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly InstalledSite _site;

    public WriteLockFirstTests(InstalledSite site) => _site = site;

    [Fact]
    public async Task A_writing_scope_that_has_read_is_not_stalled_by_a_writer_of_what_it_read()
    {
        var scopes = _site.Get<IScopeProvider>();
        Task other;
        using (var scope = _site.Get<ICoreScopeProvider>().CreateWritingScope())
        {
            var database = ((IScope)scope).Database;
            Assert.True(database.ExecuteScalar<int>("SELECT COUNT(*) FROM umbracoNode") > 0);

            // Another writer (a background job's shape): takes the write lock, then writes the table read above.
            using (ExecutionContext.SuppressFlow())
            {
                other = Task.Run(() =>
                {
                    using var writer = scopes.CreateScope();
                    writer.EagerWriteLock(Constants.Locks.Servers);
                    writer.Database.Execute("UPDATE umbracoNode SET level = level WHERE id = -1");
                    writer.Complete();
                });
            }

            await Task.Delay(500);
            await Task.Run(() => database.Execute("UPDATE umbracoKeyValue SET updated = updated WHERE key = 'none'")).WaitAsync(Bound);
            scope.Complete();
        }

        await other.WaitAsync(Bound);
    }

    [Fact]
    public void Umbraco_s_relations_handler_is_registered_behind_the_write_lock()
    {
        using var services = _site.Services.CreateScope();
        var saved = services.ServiceProvider.GetServices<INotificationHandler<ContentSavedNotification>>().ToList();
        var published = services.ServiceProvider.GetServices<INotificationHandler<ContentPublishedNotification>>().ToList();

        Assert.Single(saved.OfType<RelationsUpdateWriteLockFirst<ContentSavedNotification>>());
        Assert.Single(published.OfType<RelationsUpdateWriteLockFirst<ContentPublishedNotification>>());
        Assert.DoesNotContain(saved.Concat<object>(published), h => h.GetType().FullName == RelationsUpdateWriteLockFirst.HandlerTypeName);
    }

    [Fact]
    public async Task An_installed_article_s_fact_box_pick_is_written_as_a_relation()
    {
        var booklet = Guid.NewGuid();
        var article = Guid.NewGuid();
        var factBox = Guid.NewGuid();
        var tree = TestContent.ArticlePickingFactBoxTree(booklet, article, factBox, factBoxFirst: true);

        var result = await _site.Get<IContentInstaller>().InstallAsync([tree], new ContentInstallRequest { ParentKey = TestContent.Magazine, Publish = true }).WaitAsync(TimeSpan.FromMinutes(5));

        Assert.True(result.Succeeded, result.Error);
        var content = _site.Get<IContentService>();
        var relations = _site.Get<IRelationService>().GetByParentId(content.GetById(article)!.Id)!.ToList();
        Assert.Contains(relations, r => r.ChildId == content.GetById(factBox)!.Id && r.RelationType.Alias == Constants.Conventions.RelationTypes.RelatedDocumentAlias);
    }
}
