using Diplomatic.Umbraco.Tests.Support;
using Diplomatic.Umbraco.DeliveryApi;
using Diplomatic.Umbraco.DeliveryApi.Caching;
using Diplomatic.Umbraco.DeliveryApi.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Services;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.Tests.DeliveryApi;

/// <summary>Installing the plugin changes nothing in the Delivery API's settings but the magazine's types on a site's own allow-list.</summary>
public class AllowListTests
{
    private static readonly string[] OurTypes = ["magazine", "booklet", "article", "factBox", "event", "author", "authors"];

    [Fact]
    public void A_site_without_delivery_api_settings_keeps_Umbracos_defaults_so_the_api_stays_off()
    {
        var settings = Settings(new Dictionary<string, string?>());

        var umbraco = new DeliveryApiSettings();
        Assert.False(settings.Enabled);
        Assert.Equal(umbraco.Enabled, settings.Enabled);
        Assert.Equal(umbraco.RichTextOutputAsJson, settings.RichTextOutputAsJson);
        Assert.Equal(umbraco.PublicAccess, settings.PublicAccess);
        Assert.Null(settings.ApiKey);
        Assert.Empty(settings.AllowedContentTypeAliases);
    }

    [Fact]
    public void A_site_with_an_allow_list_gets_the_magazine_types_added_to_it()
    {
        var settings = Settings(new Dictionary<string, string?>
        {
            ["Umbraco:CMS:DeliveryApi:AllowedContentTypeAliases:0"] = "homePage",
            ["Umbraco:CMS:DeliveryApi:AllowedContentTypeAliases:1"] = "article",
        });

        Assert.Equal(OurTypes.Append("homePage").Order(), settings.AllowedContentTypeAliases.Order());
        Assert.All(OurTypes, alias => Assert.True(settings.IsAllowedContentType(alias)));
    }

    [Fact]
    public void A_site_with_only_a_disallow_list_keeps_it_and_gets_no_allow_list()
    {
        var settings = Settings(new Dictionary<string, string?>
        {
            ["Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases:0"] = "settingsPage",
        });

        Assert.Empty(settings.AllowedContentTypeAliases);
        Assert.Equal(["settingsPage"], settings.DisallowedContentTypeAliases);
    }

    [Fact]
    public void The_sites_own_choices_stand()
    {
        var settings = Settings(new Dictionary<string, string?>
        {
            ["Umbraco:CMS:DeliveryApi:Enabled"] = "false",
            ["Umbraco:CMS:DeliveryApi:PublicAccess"] = "false",
            ["Umbraco:CMS:DeliveryApi:ApiKey"] = "site-secret",
            ["Umbraco:CMS:DeliveryApi:RichTextOutputAsJson"] = "false",
            ["Umbraco:CMS:DeliveryApi:OutputCache:Enabled"] = "false",
            ["Umbraco:CMS:DeliveryApi:OutputCache:ContentDuration"] = "00:00:10",
            ["Umbraco:CMS:DeliveryApi:OutputCache:MediaDuration"] = "00:30:00",
        });

        Assert.False(settings.Enabled);
        Assert.False(settings.PublicAccess);
        Assert.Equal("site-secret", settings.ApiKey);
        Assert.False(settings.RichTextOutputAsJson);
        Assert.False(settings.OutputCache.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.OutputCache.ContentDuration);
        Assert.Equal(TimeSpan.FromMinutes(30), settings.OutputCache.MediaDuration);
    }

    [Fact]
    public void The_output_cache_is_left_to_the_sites_configuration()
    {
        var umbraco = new DeliveryApiSettings().OutputCache;

        var settings = Settings(new Dictionary<string, string?>()).OutputCache;

        Assert.Equal(umbraco.Enabled, settings.Enabled);
        Assert.Equal(umbraco.ContentDuration, settings.ContentDuration);
        Assert.Equal(umbraco.MediaDuration, settings.MediaDuration);
    }

    [Fact]
    public void Adding_to_the_allow_list_can_be_switched_off()
    {
        var settings = Settings(new Dictionary<string, string?>
        {
            ["Diplomatic:DeliveryApi:AddContentTypesToAllowList"] = "false",
            ["Umbraco:CMS:DeliveryApi:AllowedContentTypeAliases:0"] = "homePage",
        });

        Assert.Equal(["homePage"], settings.AllowedContentTypeAliases);
    }

    [Fact]
    public void Code_wins_over_configuration_and_a_second_call_adds_only_its_changes()
    {
        var (services, builder) = Builder(new Dictionary<string, string?>
        {
            ["Diplomatic:DeliveryApi:AddContentTypesToAllowList"] = "true",
            ["Umbraco:CMS:DeliveryApi:AllowedContentTypeAliases:0"] = "homePage",
        });

        builder.AddDiplomaticDeliveryApi();
        builder.AddDiplomaticDeliveryApi(o => o.AddContentTypesToAllowList = false);
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ImplementationType == typeof(DeliveryApiAllowList));
        Assert.Single(provider.GetServices<IDeliveryApiOutputCacheEvictionProvider>().OfType<DiplomaticOutputCacheEvictionProvider>());
        Assert.Equal(["homePage"], provider.GetRequiredService<IOptions<DeliveryApiSettings>>().Value.AllowedContentTypeAliases);
    }

    [Fact]
    public void The_composer_registers_the_feature()
    {
        var (services, builder) = Builder(new Dictionary<string, string?>());

        new DeliveryApiComposer().Compose(builder);

        Assert.Contains(services, d => d.ImplementationType == typeof(DeliveryApiAllowList));
    }

    private static DeliveryApiSettings Settings(Dictionary<string, string?> values)
    {
        var (services, builder) = Builder(values);
        builder.AddDiplomaticDeliveryApi();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DeliveryApiSettings>>().Value;
    }

    /// <summary>A service collection bound the way Umbraco binds its settings, before composers run.</summary>
    private static (ServiceCollection Services, IUmbracoBuilder Builder) Builder(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(Mock.Of<IEntityService>());
        services.AddSingleton(Mock.Of<IRelationService>());
        services.AddOptions<DeliveryApiSettings>().Bind(configuration.GetSection(Constants.Configuration.ConfigDeliveryApi));
        return (services, TestUmbracoBuilder.Of(services, configuration));
    }
}
