using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.DeliveryApi;

/// <summary>Adds the Delivery API feature with its defaults. A site that calls <c>AddDiplomaticDeliveryApi</c> itself keeps its own settings.</summary>
public sealed class DeliveryApiComposer : IComposer
{
    /// <inheritdoc />
    public void Compose(IUmbracoBuilder builder) => builder.AddDiplomaticDeliveryApi();
}
