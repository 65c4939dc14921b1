using System.ComponentModel;

namespace Diplomatic.Umbraco.DeliveryApi;

/// <summary>
/// Options of the Delivery API feature, bound from <c>Diplomatic:DeliveryApi</c>. The plugin never switches the
/// Delivery API on or changes its output: set <c>Umbraco:CMS:DeliveryApi</c> yourself (see docs/delivery-api.md); the health
/// check says what is missing.
/// </summary>
/// <remarks>
/// The output cache is not here either: Umbraco decides whether to cache, and for how long, from the configuration
/// itself when the host calls <c>AddDeliveryApi()</c>, before any package code runs. Set
/// <c>Umbraco:CMS:DeliveryApi:OutputCache</c> in appsettings (see docs/delivery-api.md).
/// </remarks>
public sealed class DiplomaticDeliveryApiOptions
{
    /// <summary>
    /// Whether to add the magazine's document types to <c>AllowedContentTypeAliases</c> when the site uses an
    /// allow-list (a site without one serves every type anyway). Default true.
    /// </summary>
    [DefaultValue(true)]
    public bool AddContentTypesToAllowList { get; set; } = true;

    /// <summary>
    /// Whether a change to a fact box, event, author or article also evicts the cached responses of the articles
    /// and booklets that show it. Default true.
    /// </summary>
    [DefaultValue(true)]
    public bool EvictRelatedResponses { get; set; } = true;
}
