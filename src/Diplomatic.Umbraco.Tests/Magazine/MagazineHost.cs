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

/// <summary>The sample magazine on 127.0.0.1 (a free port), reading from the recorded Delivery API on another.</summary>
public sealed class MagazineHost : IAsyncLifetime
{
    private WebApplication? _app;

    public RecordedDeliveryApi Api { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        Api = await RecordedDeliveryApi.StartAsync();
        _app = MagazineApp.Create([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Diplomatic:DeliveryClient:BaseAddress"] = Api.BaseAddress.ToString(),
                ["Diplomatic:DeliveryClient:StartItem"] = "the-diplomatic-insight",
                ["Diplomatic:DeliveryClient:Culture"] = "en-US",
                ["Diplomatic:DeliveryClient:RetryDelay"] = "00:00:00.010",
                ["Magazine:SiteName"] = "The Diplomatic Insight",
                ["Magazine:Cultures:0"] = "en-US",
                ["Magazine:Cultures:1"] = "ur-PK",
                ["Magazine:TimelineFrom"] = "1990-01-01",
                ["Magazine:TimelineTo"] = "2026-12-31",
            });
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address + "/");
        Http.BaseAddress = BaseAddress;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Api.DisposeAsync();
    }
}
