using Diplomatic.Umbraco.ContentModel.Preview;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.Routing;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.Preview;

/// <summary>
/// The URL behind "Preview on the magazine" (the backoffice's <c>previewOption</c> bound to <see cref="ProviderAlias"/>):
/// the magazine's preview route for a booklet, article, fact box or event, carrying a short-lived token signed with
/// the secret the magazine shares, never the Delivery API key (the magazine fetches the draft with its own key). It
/// gives no published URLs: Umbraco's own providers do that.
/// </summary>
public sealed class MagazinePreviewUrlProvider : IUrlProvider
{
    /// <summary>The alias the backoffice manifest's preview option names.</summary>
    public const string ProviderAlias = "DiplomaticMagazinePreview";

    private static readonly HashSet<string> PreviewedTypes = new(StringComparer.OrdinalIgnoreCase) { T.Booklet, T.Article, T.FactBox, T.Event };

    private readonly IOptionsMonitor<DiplomaticPreviewOptions> _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates the provider.</summary>
    public MagazinePreviewUrlProvider(IOptionsMonitor<DiplomaticPreviewOptions> options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
    }

    /// <inheritdoc />
    public string Alias => ProviderAlias;

    /// <inheritdoc />
    public UrlInfo? GetUrl(IPublishedContent content, UrlMode mode, string? culture, Uri current) => null;

    /// <inheritdoc />
    public IEnumerable<UrlInfo> GetOtherUrls(int id, Uri current) => [];

    /// <inheritdoc />
    public Task<UrlInfo?> GetPreviewUrlAsync(IContent content, string? culture, string? segment)
    {
        ArgumentNullException.ThrowIfNull(content);
        // A message rather than null: Umbraco logs a null as an error and the editor gets a bare 400.
        var options = _options.CurrentValue;
        if (options.MagazineUrl is null || options.SigningSecret is null)
        {
            return Message("Preview on the magazine is not set up: set Diplomatic:Preview:MagazineUrl and Diplomatic:Preview:SigningSecret.", culture);
        }

        if (!PreviewedTypes.Contains(content.ContentType.Alias))
        {
            return Message($"A {content.ContentType.Alias} has no page of its own on the magazine: preview a booklet, article, fact box or event.", culture);
        }

        // Culture-variant content is previewed per culture; the token names the culture, so a link cannot be reused for another.
        var itemCulture = content.ContentType.Variations.HasFlag(ContentVariation.Culture) ? culture : null;
        var token = PreviewToken.Create(options.SigningSecret, content.Key, itemCulture, _clock.GetUtcNow() + options.TokenLifetime);
        var route = options.RouteTemplate
            .Replace("{key}", content.Key.ToString("D"), StringComparison.Ordinal)
            .Replace("{culture}", Uri.EscapeDataString(itemCulture ?? string.Empty), StringComparison.Ordinal);
        route += (route.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "token=" + Uri.EscapeDataString(token);
        var url = new Uri(EnsureTrailingSlash(options.MagazineUrl), route.TrimStart('/'));
        return Task.FromResult<UrlInfo?>(UrlInfo.FromUri(url, ProviderAlias, culture, isExternal: true));
    }

    private static Task<UrlInfo?> Message(string message, string? culture) => Task.FromResult<UrlInfo?>(UrlInfo.AsMessage(message, ProviderAlias, culture));

    private static Uri EnsureTrailingSlash(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
