using Diplomatic.Magazine;
using Diplomatic.Umbraco.Tests.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Diplomatic.Umbraco.Tests.Magazine;

/// <summary>
/// The sample magazine on 127.0.0.1 (a free port), reading from the recorded Delivery API on another, with preview on:
/// the API key and the preview signing secret are set, as on a magazine the CMS sends editors to.
/// </summary>
public sealed class MagazineHost : IAsyncLifetime
{
    /// <summary>The secret the fixture's magazine checks preview links with.</summary>
    public const string PreviewSecret = "magazine-tests-preview-secret-0123456789";

    private StartedMagazine? _magazine;

    public RecordedDeliveryApi Api { get; private set; } = null!;

    public Uri BaseAddress => _magazine!.BaseAddress;

    public HttpClient Http => _magazine!.Http;

    /// <summary>The fixture's settings; <see cref="StartAsync"/> lays overrides over them.</summary>
    public static IReadOnlyDictionary<string, string?> Settings(Uri api) => new Dictionary<string, string?>
    {
        ["Diplomatic:DeliveryClient:BaseAddress"] = api.ToString(),
        ["Diplomatic:DeliveryClient:StartItem"] = "the-diplomatic-insight",
        ["Diplomatic:DeliveryClient:Culture"] = "en-US",
        ["Diplomatic:DeliveryClient:RetryDelay"] = "00:00:00.010",
        ["Diplomatic:DeliveryClient:ApiKey"] = RecordedDeliveryApi.ApiKey,
        ["Magazine:SiteName"] = "The Diplomatic Insight",
        ["Magazine:Cultures:0"] = "en-US",
        ["Magazine:Cultures:1"] = "ur-PK",
        ["Magazine:Cultures:2"] = "az-Latn-AZ",
        ["Magazine:TimelineFrom"] = "1990-01-01",
        ["Magazine:TimelineTo"] = "2026-12-31",
        ["Magazine:Preview:SigningSecret"] = PreviewSecret,
    };

    /// <summary>Starts a magazine on a free loopback port with <see cref="Settings"/> and the overrides (a null value unsets).</summary>
    public static async Task<StartedMagazine> StartAsync(
        Uri api,
        IReadOnlyDictionary<string, string?>? overrides = null,
        Action<WebApplicationBuilder>? configure = null,
        Func<HttpMessageHandler>? deliveryHandler = null)
    {
        var settings = new Dictionary<string, string?>(Settings(api));
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = MagazineApp.Create(
            [],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.ClearProviders();
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                configure?.Invoke(builder);
            },
            deliveryHandler);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StartedMagazine(app, new Uri(address + "/"));
    }

    public async Task InitializeAsync()
    {
        Api = await RecordedDeliveryApi.StartAsync();
        _magazine = await StartAsync(Api.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        if (_magazine is not null)
        {
            await _magazine.DisposeAsync();
        }

        await Api.DisposeAsync();
    }
}

/// <summary>A running magazine and a client for it.</summary>
public sealed class StartedMagazine(WebApplication app, Uri baseAddress) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public Uri BaseAddress { get; } = baseAddress;

    public HttpClient Http { get; } = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
