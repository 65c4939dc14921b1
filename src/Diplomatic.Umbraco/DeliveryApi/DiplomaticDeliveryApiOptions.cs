using System.ComponentModel;

namespace Diplomatic.Umbraco.DeliveryApi;

/// <summary>
/// Options of the Delivery API feature, bound from <c>Diplomatic:DeliveryApi</c>. The defaults below only fill the
/// gaps the site's own <c>Umbraco:CMS:DeliveryApi</c> settings leave: a value the site sets always stands.
/// </summary>
/// <remarks>
/// The output cache is not among them: Umbraco decides whether to cache, and for how long, from the configuration
/// itself when the host calls <c>AddDeliveryApi()</c>, before any package code runs. Set
/// <c>Umbraco:CMS:DeliveryApi:OutputCache</c> in appsettings (see the README).
/// </remarks>
public sealed class DiplomaticDeliveryApiOptions
{
    /// <summary>Whether to fill gaps in <c>Umbraco:CMS:DeliveryApi</c> with the defaults below. Default true.</summary>
    [DefaultValue(true)]
    public bool ApplyDeliveryApiDefaults { get; set; } = true;

    /// <summary>
    /// <c>Enabled</c> when the site does not set it. Default true. It still needs <c>.AddDeliveryApi()</c> in the
    /// host's <c>Program.cs</c>: the health check says when that is missing.
    /// </summary>
    [DefaultValue(true)]
    public bool EnableDeliveryApi { get; set; } = true;

    /// <summary><c>RichTextOutputAsJson</c> when the site does not set it. Default true (what JSON rich-text renderers need).</summary>
    [DefaultValue(true)]
    public bool RichTextOutputAsJson { get; set; } = true;

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
