using Diplomatic.Umbraco.Configuration;
using Diplomatic.Umbraco.DeliveryApi;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.Extensions.Configuration;
using Umbraco.Cms.Core.Configuration.Models;

namespace Diplomatic.Umbraco.Tests.Installation;

/// <summary>
/// The sample site cannot be built here (no Umbraco.Cms package), so its <c>appsettings.json</c> is checked against
/// the settings classes Umbraco 17's Core binds those sections to: a misspelt key is silently ignored by Umbraco,
/// which on a real run means an unattended install that never happens or a Delivery API that stays off.
/// </summary>
public sealed class SampleSiteSettingsTests
{
    private static readonly IConfiguration Settings = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepositoryPaths.Root, "samples", "Diplomatic.Site", "appsettings.json"), optional: false)
        .Build();

    private static T Bind<T>(string section)
        where T : new()
    {
        var target = new T();
        Settings.GetSection(section).Bind(target, o => o.ErrorOnUnknownConfiguration = true);
        return target;
    }

    [Fact]
    public void Every_Umbraco_key_the_sample_sets_is_one_Umbraco_17_binds()
    {
        var unattended = Bind<UnattendedSettings>("Umbraco:CMS:Unattended");
        var migrations = Bind<PackageMigrationSettings>("Umbraco:CMS:PackageMigration");
        var deliveryApi = Bind<DeliveryApiSettings>("Umbraco:CMS:DeliveryApi");

        Assert.True(unattended.InstallUnattended);
        Assert.False(string.IsNullOrEmpty(unattended.UnattendedUserEmail));
        Assert.True(migrations.RunSchemaAndContentMigrations);
        Assert.True(deliveryApi.Enabled);
        Assert.True(deliveryApi.Media.Enabled);
    }

    [Fact]
    public void The_sample_never_commits_the_admin_password_and_binds_to_loopback_only()
    {
        Assert.Null(Settings["Umbraco:CMS:Unattended:UnattendedUserPassword"]);
        var url = new Uri(Settings["Kestrel:Endpoints:Http:Url"]!);
        Assert.True(url.IsLoopback, url.ToString());
    }

    [Fact]
    public void The_plugin_sections_bind_to_the_plugin_options()
    {
        var installation = Bind<DiplomaticInstallationOptions>(DiplomaticConfiguration.InstallationSection);
        var delivery = Bind<DiplomaticDeliveryApiOptions>(DiplomaticConfiguration.DeliveryApiSection);

        Assert.True(installation.Enabled && installation.InstallSeedContent && installation.PublishSeedContent);
        Assert.True(delivery.AddContentTypesToAllowList && delivery.EvictRelatedResponses);
    }

    [Fact]
    public void The_sample_switches_the_delivery_api_on_itself_since_the_plugin_never_does()
    {
        // The magazine's recorded responses and pages use the HTML form of rich text.
        Assert.Equal("true", Settings["Umbraco:CMS:DeliveryApi:Enabled"], ignoreCase: true);
        Assert.Equal("false", Settings["Umbraco:CMS:DeliveryApi:RichTextOutputAsJson"], ignoreCase: true);
    }
}
