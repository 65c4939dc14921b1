using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Packaging;
using Umbraco.Cms.Core.Routing;

namespace Diplomatic.Umbraco.Tests.Support;

/// <summary>An <see cref="IUmbracoBuilder"/> over a plain service collection, for registration tests.</summary>
public static class TestUmbracoBuilder
{
    /// <summary>A builder whose services, configuration, package-migration plans and URL providers are the given ones.</summary>
    public static IUmbracoBuilder Of(
        IServiceCollection services,
        IConfiguration configuration,
        PackageMigrationPlanCollectionBuilder? plans = null,
        UrlProviderCollectionBuilder? urlProviders = null)
    {
        var builder = new Mock<IUmbracoBuilder>();
        builder.Setup(b => b.Services).Returns(services);
        builder.Setup(b => b.Config).Returns(configuration);
        builder.Setup(b => b.WithCollectionBuilder<PackageMigrationPlanCollectionBuilder>()).Returns(plans ?? new PackageMigrationPlanCollectionBuilder());
        builder.Setup(b => b.WithCollectionBuilder<UrlProviderCollectionBuilder>()).Returns(urlProviders ?? new UrlProviderCollectionBuilder());
        return builder.Object;
    }
}
