using Diplomatic.Umbraco.Tests.Support;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Installation.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Packaging;
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
        Assert.Single(services, d => d.ServiceType == typeof(DiplomaticInstaller));
        Assert.Contains(typeof(DiplomaticPackageMigrationPlan), _plans.GetTypes());
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

    private readonly PackageMigrationPlanCollectionBuilder _plans = new();

    private (IUmbracoBuilder Builder, ServiceCollection Services) Builder(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        return (TestUmbracoBuilder.Of(services, new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), _plans), services);
    }

    [Fact]
    public void The_plans_state_changes_with_each_input_and_only_then()
    {
        var options = new DiplomaticInstallationOptions();
        var migrations = new PackageMigrationSettings();
        var state = DiplomaticPackageMigrationPlan.StateOf("v1", ["b", "a"], options, migrations);

        Assert.Equal(state, DiplomaticPackageMigrationPlan.StateOf("v1", ["a", "b"], new DiplomaticInstallationOptions(), migrations));
        Assert.NotEqual(state, DiplomaticPackageMigrationPlan.StateOf("v2", ["a", "b"], options, migrations));
        Assert.NotEqual(state, DiplomaticPackageMigrationPlan.StateOf("v1", ["a"], options, migrations));
        Assert.NotEqual(state, DiplomaticPackageMigrationPlan.StateOf("v1", ["a", "b"], new DiplomaticInstallationOptions { Enabled = false }, migrations));
        Assert.NotEqual(state, DiplomaticPackageMigrationPlan.StateOf("v1", ["a", "b"], new DiplomaticInstallationOptions { InstallSeedContent = false }, migrations));
        Assert.NotEqual(state, DiplomaticPackageMigrationPlan.StateOf("v1", ["a", "b"], options, new() { RunSchemaAndContentMigrations = false }));
    }
}
