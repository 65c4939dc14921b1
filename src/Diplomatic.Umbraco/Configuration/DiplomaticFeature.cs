using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.DependencyInjection;

namespace Diplomatic.Umbraco.Configuration;

/// <summary>
/// The one rule every <c>AddDiplomatic…(configure)</c> follows. The first call binds the feature's options from its
/// <c>Diplomatic:*</c> section, validates them at start-up (data annotations and <c>IValidatableObject</c>) and
/// registers the feature's services. Every call, the first or a later one, before or after the feature's composer,
/// applies its <c>configure</c> after that binding, so code in <c>Program.cs</c> always wins over appsettings and is
/// never dropped. Services read the options through <c>IOptionsMonitor</c> where a value may change at run time.
/// </summary>
internal static class DiplomaticFeature
{
    /// <summary>Adds a feature once and its configuration every time.</summary>
    /// <typeparam name="TOptions">The feature's options.</typeparam>
    /// <param name="builder">The Umbraco builder.</param>
    /// <param name="section">The section the options bind from, e.g. <see cref="DiplomaticConfiguration.PreviewSection"/>.</param>
    /// <param name="configure">Changes to the options after the binding, or null.</param>
    /// <param name="register">Registers the feature's services (run on the first call only).</param>
    /// <returns>The builder.</returns>
    public static IUmbracoBuilder Add<TOptions>(IUmbracoBuilder builder, string section, Action<TOptions>? configure, Action<IUmbracoBuilder> register)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!IsAdded<TOptions>(builder))
        {
            builder.Services.AddSingleton<Added<TOptions>>();
            builder.Services.AddOptions<TOptions>()
                .Bind(builder.Config.GetSection(section))
                .ValidateDataAnnotations()
                .ValidateOnStart();
            register(builder);
        }

        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        return builder;
    }

    /// <summary>Whether the feature of these options has been added.</summary>
    /// <typeparam name="TOptions">The feature's options.</typeparam>
    /// <param name="builder">The Umbraco builder.</param>
    /// <returns>Whether it has.</returns>
    public static bool IsAdded<TOptions>(IUmbracoBuilder builder)
        where TOptions : class => builder.Services.Any(d => d.ServiceType == typeof(Added<TOptions>));

    /// <summary>Marks a feature as added.</summary>
    /// <typeparam name="TOptions">The feature's options.</typeparam>
    private sealed class Added<TOptions>;
}
