using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Diplomatic.Umbraco.Tests.Delivery;

/// <summary>One request the fake Delivery API received.</summary>
public sealed record ReceivedRequest(string Path, IReadOnlyList<KeyValuePair<string, string>> Query, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => Path + "?" + string.Join("&", Query.Select(q => q.Key + "=" + q.Value));
}

/// <summary>
/// A Delivery API on a loopback Kestrel server (127.0.0.1, a free port). It answers from the recorded responses in
/// <c>Delivery/Recorded</c> when the path AND the query string match <c>manifest.json</c> exactly, and otherwise
/// answers 400 and remembers the request in <see cref="Unexpected"/>; a test can also take over with <see cref="Handler"/>.
/// </summary>
public sealed class RecordedDeliveryApi : IAsyncDisposable
{
    public const string ApiKey = "test-key-7f3a";

    private readonly WebApplication _app;
    private readonly IReadOnlyList<(string Path, IReadOnlyList<KeyValuePair<string, string>> Query, string File)> _responses;
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly ConcurrentQueue<ReceivedRequest> _unexpected = new();

    private RecordedDeliveryApi(WebApplication app, IReadOnlyList<(string, IReadOnlyList<KeyValuePair<string, string>>, string)> responses)
    {
        _app = app;
        _responses = responses;
    }

    public static string RecordedFolder => RecordedResponses.Folder;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Answers instead of the recorded responses when set; return false to fall through to them.</summary>
    public Func<HttpContext, ReceivedRequest, Task<bool>>? Handler { get; set; }

    /// <summary>Rewrites a recorded body before it is sent when set (a test's draft of a published item).</summary>
    public Func<ReceivedRequest, string, string>? Rewrite { get; set; }

    /// <summary>When true, requests with a Preview header must carry <see cref="ApiKey"/> or get a 401.</summary>
    public bool RequireApiKeyForPreview { get; set; } = true;

    public IReadOnlyList<ReceivedRequest> Requests => _requests.ToArray();

    public IReadOnlyList<ReceivedRequest> Unexpected => _unexpected.ToArray();

    public static string ReadRecorded(string file) => File.ReadAllText(Path.Combine(RecordedFolder, file));

    public static async Task<RecordedDeliveryApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var api = new RecordedDeliveryApi(app, LoadManifest());
        app.Run(api.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        api.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return api;
    }

    public void ClearRequests()
    {
        _requests.Clear();
        _unexpected.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static List<(string, IReadOnlyList<KeyValuePair<string, string>>, string)> LoadManifest()
    {
        using var manifest = JsonDocument.Parse(ReadRecorded("manifest.json"));
        return manifest.RootElement.GetProperty("responses").EnumerateArray()
            .Select(r => (
                r.GetProperty("path").GetString()!,
                (IReadOnlyList<KeyValuePair<string, string>>)r.GetProperty("query").EnumerateArray()
                    .Select(q => new KeyValuePair<string, string>(q[0].GetString()!, q[1].GetString()!)).ToList(),
                r.GetProperty("file").GetString()!))
            .ToList();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = new ReceivedRequest(
            context.Request.Path.Value ?? string.Empty,
            ParseQuery(context.Request.QueryString.Value),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        _requests.Enqueue(request);

        if (request.Path.StartsWith("/media/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404; // images the magazine links to: not part of the API under test
            return;
        }

        if (RequireApiKeyForPreview && request.Header("Preview") == "true" && request.Header("Api-Key") != ApiKey)
        {
            await ProblemAsync(context, 401, "Unauthorized", "Preview needs a valid API key.");
            return;
        }

        if (Handler is not null && await Handler(context, request))
        {
            return;
        }

        var match = _responses.FirstOrDefault(r => r.Path == request.Path && r.Query.SequenceEqual(request.Query));
        if (match.File is null)
        {
            _unexpected.Enqueue(request);
            await ProblemAsync(context, 400, "Unexpected request", $"No recorded response for {request}.");
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        var body = ReadRecorded(match.File);
        await context.Response.WriteAsync(Rewrite is null ? body : Rewrite(request, body));
    }

    /// <summary>The query in order, each name and value decoded (repeated names kept).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ParseQuery(string? query) =>
        string.IsNullOrEmpty(query)
            ? []
            : query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2))
                .Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty))
                .ToList();

    public static Task ProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5." + (status == 400 ? "1" : status == 401 ? "2" : "5"),
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        }));
    }
}
