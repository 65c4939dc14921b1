using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Diplomatic.Magazine.Demo;

/// <summary>
/// <c>dotnet run --project samples/Diplomatic.Magazine -- --demo</c>: the magazine against the built-in fake
/// Delivery API (<see cref="RecordedDeliveryApiServer"/>), with no CMS. Both servers listen on 127.0.0.1 only: the
/// magazine on the port of the configured <c>Urls</c> (5180 by default; 0 picks a free one), whatever host they name.
/// </summary>
public sealed class DemoMode : IAsyncDisposable
{
    /// <summary>The switch that turns the demo on.</summary>
    public const string Switch = "--demo";

    private readonly RecordedDeliveryApiServer _api;
    private readonly WebApplication _app;

    private DemoMode(RecordedDeliveryApiServer api, WebApplication app, Uri address)
    {
        _api = api;
        _app = app;
        BaseAddress = address;
    }

    /// <summary>The magazine's address, e.g. <c>http://127.0.0.1:5180/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The fake Delivery API's address.</summary>
    public Uri ApiAddress => _api.BaseAddress;

    /// <summary>The page to open first.</summary>
    public Uri BookletPage => new(BaseAddress, "booklets/azerbaijan-pakistan-relations");

    /// <summary>Whether the command line asks for the demo.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>True with <c>--demo</c>.</returns>
    public static bool IsRequested(IEnumerable<string> args) => args.Contains(Switch, StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts the fake API, then the magazine pointed at it, and prints where to look.</summary>
    /// <param name="args">The command line (with or without <c>--demo</c>).</param>
    /// <param name="output">Where the URL is printed.</param>
    /// <param name="configure">Extra set-up (tests silence logging).</param>
    /// <param name="recordedFolder">The recorded responses (default: shipped next to the app).</param>
    /// <returns>The running demo.</returns>
    public static async Task<DemoMode> StartAsync(string[] args, TextWriter output, Action<WebApplicationBuilder>? configure = null, string? recordedFolder = null)
    {
        var api = await RecordedDeliveryApiServer.StartAsync(recordedFolder ?? RecordedDeliveryApiServer.DefaultFolder);
        try
        {
            var app = MagazineApp.Create([.. args.Where(a => !string.Equals(a, Switch, StringComparison.OrdinalIgnoreCase))], builder =>
            {
                var port = LoopbackPort(builder.Configuration["Urls"] ?? builder.Configuration["urls"]);
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Diplomatic:DeliveryClient:BaseAddress"] = api.BaseAddress.ToString(),
                    ["Diplomatic:DeliveryClient:StartItem"] = "the-diplomatic-insight",
                    ["Diplomatic:DeliveryClient:ApiKey"] = null,
                    ["Diplomatic:DeliveryClient:Preview"] = "false",
                    ["Magazine:Preview:SigningSecret"] = null, // no drafts without a CMS (and no API key to fetch them)
                });
                builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
                configure?.Invoke(builder);
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            var demo = new DemoMode(api, app, new Uri(address.TrimEnd('/') + "/"));
            await output.WriteLineAsync($"Demo mode: The Diplomatic Insight without a CMS, from the recorded Delivery API responses (fake API on {api.BaseAddress}).");
            await output.WriteLineAsync($"Open {demo.BookletPage}");
            await output.WriteLineAsync("Press Ctrl+C to stop.");
            return demo;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs until Ctrl+C.</summary>
    /// <returns>A task that completes at shutdown.</returns>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _api.DisposeAsync();
    }

    /// <summary>The port of the first configured URL (5180 when none); the host is always replaced by 127.0.0.1.</summary>
    internal static int LoopbackPort(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return 5180;
        }

        var colon = first.LastIndexOf(':');
        var port = colon < 0 ? string.Empty : first[(colon + 1)..].TrimEnd('/');
        return int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= IPEndPoint.MaxPort
            ? value
            : throw new ArgumentException($"Demo mode: cannot read a port from the URL '{first}'.", nameof(urls));
    }
}
