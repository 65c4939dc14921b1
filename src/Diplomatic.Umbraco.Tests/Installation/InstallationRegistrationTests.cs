using Diplomatic.Umbraco.Installation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.Tests.Installation;

public class InstallationRegistrationTests
{
    [Fact]
    public void Registers_once_binds_the_options_and_lets_a_later_call_configure_them()
    {
        var (builder, services) = Builder(new() { ["Diplomatic:Installation:BatchSize"] = "10", ["Diplomatic:Installation:PublishSeedContent"] = "false" });

        new InstallationComposer().Compose(builder);
        builder.AddDiplomaticInstallation(o => o.InstallSeedContent = false);

        Assert.Single(services, d => d.ServiceType == typeof(SchemaInstaller));
        Assert.Single(services, d => d.ServiceType == typeof(IContentInstaller));
        Assert.Single(services, d => d.ServiceType == typeof(INotificationAsyncHandler<UmbracoApplicationStartedNotification>)
                                     && d.ImplementationType == typeof(InstallationStartupHandler));
        var options = services.BuildServiceProvider().GetRequiredService<IOptions<DiplomaticInstallationOptions>>().Value;
        Assert.Equal((10, false, false, true), (options.BatchSize, options.PublishSeedContent, options.InstallSeedContent, options.Enabled));
    }

    [Fact]
    public void Out_of_range_options_are_refused()
    {
        var (builder, services) = Builder(new() { ["Diplomatic:Installation:BatchSize"] = "0" });
        builder.AddDiplomaticInstallation();

        var error = Assert.Throws<OptionsValidationException>(() =>
            services.BuildServiceProvider().GetRequiredService<IOptions<DiplomaticInstallationOptions>>().Value);
        Assert.Contains(nameof(DiplomaticInstallationOptions.BatchSize), error.Message);
    }

    [Fact]
    public void Seeds_are_registered_as_seeds()
    {
        var (builder, services) = Builder([]);
        var seed = new ContentSeed("sample", []);

        builder.AddDiplomaticContentSeed(seed);

        Assert.Same(seed, Assert.Single(services.BuildServiceProvider().GetServices<IContentSeed>()));
    }

    private static (IUmbracoBuilder Builder, ServiceCollection Services) Builder(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        var builder = new Mock<IUmbracoBuilder>();
        builder.Setup(b => b.Services).Returns(services);
        builder.Setup(b => b.Config).Returns(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return (builder.Object, services);
    }
}
