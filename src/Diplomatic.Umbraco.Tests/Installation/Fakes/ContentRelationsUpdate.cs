using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

// Umbraco's relations handler is internal: this stands in for it by its full name, the one thing Decorate looks at.
namespace Umbraco.Cms.Infrastructure.Persistence.Relations;

/// <summary>A stand-in with the full name of Umbraco's internal relations handler.</summary>
public sealed class ContentRelationsUpdate : INotificationHandler<ContentSavedNotification>, INotificationHandler<ContentPublishedNotification>
{
    /// <inheritdoc />
    public void Handle(ContentSavedNotification notification)
    {
    }

    /// <inheritdoc />
    public void Handle(ContentPublishedNotification notification)
    {
    }
}
