using System.Data;
using Diplomatic.Umbraco.Installation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Scoping;
using Constants = Umbraco.Cms.Core.Constants;

namespace Diplomatic.Umbraco.Tests.Installation;

/// <summary>
/// The wrapper of Umbraco's relations handler: on SQLite the handler runs in a scope whose first step is the write
/// lock; elsewhere it runs as it is. (The stall it avoids is shown on a real site by <c>WriteLockFirstTests</c>.)
/// </summary>
public class RelationsUpdateWriteLockFirstTests
{
    [Fact]
    public void On_SQLite_the_handler_runs_inside_a_completed_scope_that_took_the_write_lock_first()
    {
        var steps = new List<string>();
        var handler = Wrapper("Microsoft.Data.Sqlite", steps, out var scopes);

        handler.Handle([Notification()]);

        Assert.Equal(["create scope", $"write lock {Constants.Locks.ContentTree}", "handle", "complete", "dispose"], steps);
        scopes.VerifyAll();
    }

    [Fact]
    public void On_SQL_Server_the_handler_runs_as_it_is()
    {
        var steps = new List<string>();
        var handler = Wrapper("Microsoft.Data.SqlClient", steps, out _);

        handler.Handle(Notification());

        Assert.Equal(["handle"], steps);
    }

    [Fact]
    public void A_failing_handler_leaves_the_scope_uncompleted()
    {
        var steps = new List<string>();
        var handler = Wrapper("Microsoft.Data.Sqlite", steps, out _, fail: true);

        Assert.Throws<InvalidOperationException>(() => handler.Handle(Notification()));
        Assert.DoesNotContain("complete", steps);
        Assert.Equal("dispose", steps[^1]);
    }

    [Fact]
    public void Decorate_replaces_Umbraco_s_handler_in_place_and_leaves_the_others()
    {
        var services = new ServiceCollection();
        services.AddTransient<INotificationHandler<ContentSavedNotification>, OtherHandler>();
        services.AddTransient<INotificationHandler<ContentSavedNotification>, global::Umbraco.Cms.Infrastructure.Persistence.Relations.ContentRelationsUpdate>();
        services.AddTransient<INotificationHandler<ContentPublishedNotification>, global::Umbraco.Cms.Infrastructure.Persistence.Relations.ContentRelationsUpdate>();
        services.AddSingleton(Mock.Of<ICoreScopeProvider>());
        services.AddSingleton(Monitor("Microsoft.Data.Sqlite"));

        Assert.Equal(2, RelationsUpdateWriteLockFirst.Decorate(services));

        using var provider = services.BuildServiceProvider();
        var saved = provider.GetServices<INotificationHandler<ContentSavedNotification>>().ToList();
        Assert.IsType<OtherHandler>(saved[0]);
        Assert.IsType<RelationsUpdateWriteLockFirst<ContentSavedNotification>>(saved[1]);
        Assert.IsType<RelationsUpdateWriteLockFirst<ContentPublishedNotification>>(Assert.Single(provider.GetServices<INotificationHandler<ContentPublishedNotification>>()));
        Assert.Equal(0, RelationsUpdateWriteLockFirst.Decorate(services));
    }

    private static RelationsUpdateWriteLockFirst<ContentSavedNotification> Wrapper(string provider, List<string> steps, out Mock<ICoreScopeProvider> scopes, bool fail = false)
    {
        var scope = new Mock<ICoreScope>();
        scope.Setup(s => s.EagerWriteLock(It.IsAny<int[]>())).Callback<int[]>(ids => steps.Add("write lock " + string.Join(",", ids)));
        scope.Setup(s => s.Complete()).Returns(() => { steps.Add("complete"); return true; });
        scope.Setup(s => s.Dispose()).Callback(() => steps.Add("dispose"));
        scopes = new Mock<ICoreScopeProvider>();
        scopes.Setup(s => s.CreateCoreScope(
                It.IsAny<IsolationLevel>(), It.IsAny<RepositoryCacheMode>(), It.IsAny<IEventDispatcher?>(),
                It.IsAny<IScopedNotificationPublisher?>(), It.IsAny<bool?>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns(() => { steps.Add("create scope"); return scope.Object; });
        var inner = new Mock<INotificationHandler<ContentSavedNotification>>();
        inner.Setup(h => h.Handle(It.IsAny<ContentSavedNotification>())).Callback(() => Handle(steps, fail));
        inner.Setup(h => h.Handle(It.IsAny<IEnumerable<ContentSavedNotification>>())).Callback(() => Handle(steps, fail));
        return new RelationsUpdateWriteLockFirst<ContentSavedNotification>(inner.Object, scopes.Object, Monitor(provider));
    }

    private static void Handle(List<string> steps, bool fail)
    {
        steps.Add("handle");
        if (fail)
        {
            throw new InvalidOperationException("the handler failed");
        }
    }

    private static IOptionsMonitor<ConnectionStrings> Monitor(string provider) =>
        Mock.Of<IOptionsMonitor<ConnectionStrings>>(m => m.CurrentValue == new ConnectionStrings { ConnectionString = "Data Source=x", ProviderName = provider });

    private static ContentSavedNotification Notification() => new([], new EventMessages());

    private sealed class OtherHandler : INotificationHandler<ContentSavedNotification>
    {
        public void Handle(ContentSavedNotification notification)
        {
        }
    }
}
