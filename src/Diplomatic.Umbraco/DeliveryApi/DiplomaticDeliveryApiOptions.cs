using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Diplomatic.Umbraco.DeliveryApi;

/// <summary>
/// Options of the Delivery API feature, bound from <c>Diplomatic:DeliveryApi</c>. The defaults below only fill the
/// gaps the site's own <c>Umbraco:CMS:DeliveryApi</c> settings leave: a value the site sets always stands.
/// </summary>
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

    /// <summary><c>OutputCache:Enabled</c> when the site does not set it. Default true.</summary>
    [DefaultValue(true)]
    public bool EnableOutputCache { get; set; } = true;

    /// <summary><c>OutputCache:ContentDuration</c> when the site does not set it. Default one minute.</summary>
    [DefaultValue(typeof(TimeSpan), "00:01:00")]
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ContentCacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary><c>OutputCache:MediaDuration</c> when the site does not set it. Default five minutes.</summary>
    [DefaultValue(typeof(TimeSpan), "00:05:00")]
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MediaCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

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
