using Diplomatic.Umbraco.DeliveryApi;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Preview;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.Tests.Configuration;

/// <summary>Every feature's <c>AddDiplomatic…(configure)</c> follows the same option rule, tested the same way.</summary>
public sealed class FeatureOptionRuleTests
{
    public static TheoryData<string> Features() => [.. Cases.Keys];

    // For each feature: one option, a value in appsettings, another in code, and a setting start-up must refuse.
    private static readonly Dictionary<string, Feature> Cases = new()
    {
        ["Installation"] = Feature.Of<DiplomaticInstallationOptions>(
            (b, c) => b.AddDiplomaticInstallation(c), "Diplomatic:Installation:BatchSize", "40", o => o.BatchSize = 60, o => o.BatchSize, ("Diplomatic:Installation:BatchSize", "0")),
        ["DeliveryApi"] = Feature.Of<DiplomaticDeliveryApiOptions>(
            (b, c) => b.AddDiplomaticDeliveryApi(c), "Diplomatic:DeliveryApi:EvictRelatedResponses", "false", o => o.EvictRelatedResponses = true, o => o.EvictRelatedResponses, ("Diplomatic:DeliveryApi:EvictRelatedResponses", "maybe")),
        ["Importing"] = Feature.Of<ImportingOptions>(
            (b, c) => b.AddDiplomaticImporting(c), "Diplomatic:Importing:WordsPerMinute", "300", o => o.WordsPerMinute = 250, o => o.WordsPerMinute, ("Diplomatic:Importing:WordsPerMinute", "10")),
        ["Preview"] = Feature.Of<DiplomaticPreviewOptions>(
            (b, c) => b.AddDiplomaticPreview(c), "Diplomatic:Preview:TokenLifetime", "00:10:00", o => o.TokenLifetime = TimeSpan.FromMinutes(20), o => o.TokenLifetime, ("Diplomatic:Preview:MagazineUrl", "https://magazine.example.test/")),
    };

    [Theory]
    [MemberData(nameof(Features))]
    public void Options_bind_from_the_features_section(string feature)
    {
        var (services, builder) = Builder(Cases[feature].Key, Cases[feature].ConfigValue);

        Cases[feature].Add(builder, false);

        Assert.Equal(Cases[feature].FromConfig, Cases[feature].Read(services));
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Code_wins_over_appsettings_when_program_cs_calls_first(string feature)
    {
        var (services, builder) = Builder(Cases[feature].Key, Cases[feature].ConfigValue);

        Cases[feature].Add(builder, true); // Program.cs
        Cases[feature].Add(builder, false); // then the composer

        Assert.Equal(Cases[feature].FromCode, Cases[feature].Read(services));
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Code_wins_over_appsettings_when_the_composer_ran_first_and_is_never_dropped(string feature)
    {
        var (services, builder) = Builder(Cases[feature].Key, Cases[feature].ConfigValue);

        Cases[feature].Add(builder, false); // the composer
        Cases[feature].Add(builder, true); // then Program.cs

        Assert.Equal(Cases[feature].FromCode, Cases[feature].Read(services));
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Calling_twice_binds_and_registers_once(string feature)
    {
        var (once, first) = Builder(Cases[feature].Key, Cases[feature].ConfigValue);
        var (twice, second) = Builder(Cases[feature].Key, Cases[feature].ConfigValue);

        Cases[feature].Add(first, false);
        Cases[feature].Add(second, false);
        Cases[feature].Add(second, false);

        Assert.Equal(once.Select(d => d.ServiceType), twice.Select(d => d.ServiceType));
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void A_bad_setting_is_refused_at_start_up(string feature)
    {
        var (key, value) = Cases[feature].Invalid;
        var (services, builder) = Builder(key, value);
        Cases[feature].Add(builder, false);
        using var provider = services.BuildServiceProvider();

        var validator = provider.GetRequiredService<IStartupValidator>();

        Assert.ThrowsAny<Exception>(validator.Validate);
    }

    private static (IServiceCollection Services, IUmbracoBuilder Builder) Builder(string key, string value)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        return (services, TestUmbracoBuilder.Of(services, configuration));
    }

    private sealed record Feature(
        Action<IUmbracoBuilder, bool> Add,
        string Key,
        string ConfigValue,
        object FromConfig,
        object FromCode,
        Func<IServiceCollection, object> Read,
        (string Key, string Value) Invalid)
    {
        public static Feature Of<TOptions>(
            Func<IUmbracoBuilder, Action<TOptions>?, IUmbracoBuilder> add,
            string key,
            string configValue,
            Action<TOptions> code,
            Func<TOptions, object> read,
            (string, string) invalid)
            where TOptions : class, new()
        {
            var fromCode = new TOptions();
            code(fromCode);
            object Read(IServiceCollection services)
            {
                using var provider = services.BuildServiceProvider();
                return read(provider.GetRequiredService<IOptions<TOptions>>().Value);
            }

            var fromConfig = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = configValue }).Build()
                .GetSection(key[..key.LastIndexOf(':')]).Get<TOptions>()!;
            return new Feature((b, withCode) => add(b, withCode ? code : null), key, configValue, read(fromConfig), read(fromCode), Read, invalid);
        }
    }
}
