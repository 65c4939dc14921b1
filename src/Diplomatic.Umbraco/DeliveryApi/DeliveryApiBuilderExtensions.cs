using Diplomatic.Umbraco.Configuration;
using Diplomatic.Umbraco.DeliveryApi;
using Diplomatic.Umbraco.DeliveryApi.Caching;
using Diplomatic.Umbraco.DeliveryApi.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.DependencyInjection;

namespace Umbraco.Extensions;

/// <summary>Registers the Diplomatic Delivery API feature.</summary>
public static class DiplomaticDeliveryApiBuilderExtensions
{
    /// <summary>
    /// Adds the Delivery API feature: options from <c>Diplomatic:DeliveryApi</c>, the magazine's types on a site's
    /// own allow-list and the output-cache eviction provider (it never switches the Delivery API on). The filters, sorts, selector, index
    /// handler and health check are found by Umbraco's type scanning and need no registration. Safe to call twice:
    /// the second call only applies its <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <param name="configure">Changes to the options after they are bound from configuration.</param>
    /// <returns>The builder.</returns>
    public static IUmbracoBuilder AddDiplomaticDeliveryApi(this IUmbracoBuilder builder, Action<DiplomaticDeliveryApiOptions>? configure = null)
    {
        DiplomaticFeature.Add(builder, DiplomaticConfiguration.DeliveryApiSection, configure, static builder =>
        {
            builder.Services.AddSingleton<IConfigureOptions<DeliveryApiSettings>, DeliveryApiAllowList>();
            builder.Services.TryAddEnumerable(
                ServiceDescriptor.Singleton<IDeliveryApiOutputCacheEvictionProvider, DiplomaticOutputCacheEvictionProvider>());
        });
        return builder;
    }
}
