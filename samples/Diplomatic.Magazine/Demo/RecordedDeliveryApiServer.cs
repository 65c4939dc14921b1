using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Diplomatic.Magazine.Demo;

/// <summary>
/// The demo's fake Delivery API: a Kestrel server on 127.0.0.1 (a free port) that answers from the recorded
/// responses in <c>Recorded/</c> (recorded from a real Umbraco 17 site with the plugin). It answers a request only when its
/// path AND decoded query string equal an entry of <c>manifest.json</c>; an unknown item path is a 404 and any other
/// query a 400 with problem details, as Umbraco answers them. It never serves anything but those files.
/// </summary>
public sealed class RecordedDeliveryApiServer : IAsyncDisposable
{
    private const string ItemPrefix = "/umbraco/delivery/api/v2/content/item/";
    private readonly WebApplication _app;
    private readonly IReadOnlyList<Entry> _entries;

    private RecordedDeliveryApiServer(WebApplication app, IReadOnlyList<Entry> entries)
    {
        _app = app;
        _entries = entries;
    }

    /// <summary>The folder the sample ships the recorded responses in (copied next to the app).</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Recorded");

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the server on 127.0.0.1 and a free port.</summary>
    /// <param name="folder">The folder holding <c>manifest.json</c> and the responses.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<RecordedDeliveryApiServer> StartAsync(string folder, CancellationToken cancellationToken = default)
    {
        var entries = LoadManifest(folder);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new RecordedDeliveryApiServer(app, entries);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The query in order, each name and value decoded (repeated names kept).</summary>
    internal static List<KeyValuePair<string, string>> ParseQuery(string? query) =>
        string.IsNullOrEmpty(query)
            ? []
            : [.. query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2))
                .Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty))];

    private static List<Entry> LoadManifest(string folder)
    {
        var manifest = Path.Combine(folder, "manifest.json");
        if (!File.Exists(manifest))
        {
            throw new FileNotFoundException($"The demo's recorded responses are missing: no {manifest}.", manifest);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        var entries = new List<Entry>();
        foreach (var response in json.RootElement.GetProperty("responses").EnumerateArray())
        {
            var file = response.GetProperty("file").GetString()!;
            if (file != Path.GetFileName(file) || !file.EndsWith(".json", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{manifest}: '{file}' must be a .json file name in the same folder.");
            }

            entries.Add(new Entry(
                response.GetProperty("path").GetString()!,
                [.. response.GetProperty("query").EnumerateArray().Select(q => new KeyValuePair<string, string>(q[0].GetString()!, q[1].GetString()!))],
                File.ReadAllBytes(Path.Combine(folder, file))));
        }

        return entries;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var query = ParseQuery(context.Request.QueryString.Value);
        var match = _entries.FirstOrDefault(e => e.Path == path && e.Query.SequenceEqual(query));
        if (match is not null && HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(match.Body, context.RequestAborted);
            return;
        }

        // The events page asks for whatever range the reader picks; the demo answers any range from the recorded
        // timeline, filtered here, instead of refusing every range it was not recorded with.
        if (HttpMethods.IsGet(context.Request.Method) && _entries.FirstOrDefault(e => e.Path == path && Range(e.Query, query) is not null) is { } timeline)
        {
            var (from, to) = Range(timeline.Query, query)!.Value;
            var recorded = System.Text.Json.Nodes.JsonNode.Parse(timeline.Body)!;
            var items = recorded["items"]!.AsArray()
                .Where(i => DateOnly.TryParse(i!["properties"]?["startDate"]?.GetValue<string>()?[..10], System.Globalization.CultureInfo.InvariantCulture, out var d) && d >= from && d <= to)
                .Select(i => i!.DeepClone())
                .ToArray();
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(new System.Text.Json.Nodes.JsonObject { ["total"] = items.Length, ["items"] = new System.Text.Json.Nodes.JsonArray(items) }.ToJsonString(), context.RequestAborted);
            return;
        }

        if (path.StartsWith(ItemPrefix, StringComparison.Ordinal) && !_entries.Any(e => e.Path == path))
        {
            await ProblemAsync(context, 404, "Not Found", "The demo has no such item; it serves the first booklet only.");
            return;
        }

        await ProblemAsync(context, path.StartsWith("/umbraco/delivery/", StringComparison.Ordinal) ? 400 : 404, "Not recorded", "The demo answers only the requests the sample magazine makes.");
    }

    /// <summary>
    /// The range asked for when <paramref name="asked"/> is the recorded timeline query but for its event dates (and the
    /// recorded one has them); otherwise null.
    /// </summary>
    private static (DateOnly From, DateOnly To)? Range(IReadOnlyList<KeyValuePair<string, string>> recorded, IReadOnlyList<KeyValuePair<string, string>> asked)
    {
        const string After = "eventDate>:", Before = "eventDate<:";
        if (recorded.Count != asked.Count || !recorded.Any(q => q.Value.StartsWith(After, StringComparison.Ordinal)))
        {
            return null;
        }

        DateOnly? from = null, to = null;
        for (var i = 0; i < recorded.Count; i++)
        {
            var (key, value) = (asked[i].Key, asked[i].Value);
            if (key != recorded[i].Key)
            {
                return null;
            }

            var prefix = recorded[i].Value.StartsWith(After, StringComparison.Ordinal) ? After : recorded[i].Value.StartsWith(Before, StringComparison.Ordinal) ? Before : null;
            if (prefix is null)
            {
                if (value != recorded[i].Value)
                {
                    return null;
                }

                continue;
            }

            if (!value.StartsWith(prefix, StringComparison.Ordinal)
                || !DateOnly.TryParseExact(value[prefix.Length..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                return null;
            }

            if (prefix == After)
            {
                from = date;
            }
            else
            {
                to = date;
            }
        }

        return from is { } f && to is { } t ? (f, t) : null;
    }

    private static Task ProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object> { ["title"] = title, ["status"] = status, ["detail"] = detail }));
    }

    private sealed record Entry(string Path, IReadOnlyList<KeyValuePair<string, string>> Query, byte[] Body);
}
