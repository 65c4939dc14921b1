using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Infrastructure.Examine;

namespace Diplomatic.Umbraco.Installation.Migrations;

/// <summary>
/// Rebuilds the Delivery API index once Umbraco runs, after the plugin's migration wrote to this site: the plugin's
/// index fields exist only after a rebuild, and Umbraco indexes nothing while it is still upgrading (seen on a real
/// site: "Runtime state is not Run, no indexing will occur", and 9 of the first booklet's 16 parts missing from
/// every query). Umbraco publishes <see cref="UmbracoApplicationStartedNotification"/> after its background
/// migrations, at the run level.
/// </summary>
internal sealed class DeliveryApiIndexRebuild : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    private readonly IServiceProvider _services;
    private readonly IRuntimeState _runtime;
    private readonly DeliveryApiIndexRebuildRequest _request;
    private readonly ILogger<DeliveryApiIndexRebuild> _logger;

    /// <summary>Creates the handler (Umbraco creates notification handlers per notification).</summary>
    public DeliveryApiIndexRebuild(IServiceProvider services, IRuntimeState runtime, DeliveryApiIndexRebuildRequest request, ILogger<DeliveryApiIndexRebuild> logger)
    {
        _services = services;
        _runtime = runtime;
        _request = request;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        if (_runtime.Level != RuntimeLevel.Run || !_request.TryTake())
        {
            return;
        }

        const string index = Constants.UmbracoIndexes.DeliveryApiContentIndexName;
        var rebuilder = _services.GetService<IIndexRebuilder>();
        if (rebuilder is null || !rebuilder.CanRebuild(index))
        {
            _logger.LogWarning("Diplomatic: rebuild the {Index} (Settings > Examine Management) so the magazine's filters find the content", index);
            return;
        }

        await rebuilder.RebuildIndexAsync(index);
        _logger.LogInformation("Diplomatic: {Index} rebuild started for the plugin's fields and the installed content", index);
    }
}

/// <summary>The migration's request for a rebuild, kept until the site runs (a singleton).</summary>
internal sealed class DeliveryApiIndexRebuildRequest
{
    private int _requested;

    /// <summary>Asks for a rebuild.</summary>
    public void Request() => Interlocked.Exchange(ref _requested, 1);

    /// <summary>Whether a rebuild was asked for; clears the request.</summary>
    /// <returns>True once per request.</returns>
    public bool TryTake() => Interlocked.Exchange(ref _requested, 0) == 1;
}
