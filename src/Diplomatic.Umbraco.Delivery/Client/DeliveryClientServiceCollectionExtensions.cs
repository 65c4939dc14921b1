using Diplomatic.Umbraco.Delivery.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Diplomatic Delivery API client.</summary>
public static class DeliveryClientServiceCollectionExtensions
{
    /// <summary>The name of the client's resilience pipeline (timeouts and retries).</summary>
    public const string ResiliencePipelineName = "diplomatic-delivery";

    /// <summary>
    /// Registers <see cref="IDiplomaticDeliveryClient"/> over a typed <see cref="HttpClient"/> with a total timeout,
    /// retries with exponential back-off on transient failures and a per-attempt timeout. Options bind from
    /// <see cref="DiplomaticDeliveryClientOptions.SectionName"/> when an <see cref="IConfiguration"/> is registered,
    /// then <paramref name="configure"/> runs; they are validated on first use. Safe to call twice.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets options in code.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddDiplomaticDeliveryClient(this IServiceCollection services, Action<DiplomaticDeliveryClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DiplomaticDeliveryClientOptions>();
        if (services.Any(d => d.ServiceType == typeof(DeliveryClientMarker)))
        {
            if (configure is not null)
            {
                options.Configure(configure);
            }

            return services;
        }

        services.AddSingleton<DeliveryClientMarker>();
        options
            .Configure<IServiceProvider>((o, provider) => provider.GetService<IConfiguration>()?.GetSection(DiplomaticDeliveryClientOptions.SectionName).Bind(o))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services
            .AddHttpClient<IDiplomaticDeliveryClient, DiplomaticDeliveryClient>((provider, http) =>
            {
                var o = provider.GetRequiredService<IOptions<DiplomaticDeliveryClientOptions>>().Value;
                var baseAddress = o.BaseAddress!.AbsoluteUri;
                http.BaseAddress = new Uri(baseAddress.EndsWith('/') ? baseAddress : baseAddress + "/");
                http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's timeouts rule
                http.MaxResponseContentBufferSize = o.MaxResponseBytes;
            })
            .AddResilienceHandler(ResiliencePipelineName, static (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<DiplomaticDeliveryClientOptions>>().Value;
                pipeline.AddTimeout(o.Timeout);
                if (o.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = o.MaxRetries,
                        Delay = o.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                }

                pipeline.AddTimeout(o.AttemptTimeout);
            });
        return services;
    }

    private sealed class DeliveryClientMarker;
}
