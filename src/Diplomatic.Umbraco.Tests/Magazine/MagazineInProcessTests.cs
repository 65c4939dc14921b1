using System.Net;
using Diplomatic.Umbraco.Tests.Delivery;

namespace Diplomatic.Umbraco.Tests.Magazine;

/// <summary>
/// <c>MagazineApp.Create(args, configure, deliveryHandler)</c>: the Delivery client sends through the given primary
/// handler (a WebApplicationFactory's <c>Server.CreateHandler</c> in a test against a real in-process Umbraco).
/// </summary>
public sealed class MagazineInProcessTests : IAsyncLifetime
{
    private RecordedDeliveryApi _api = null!;

    public async Task InitializeAsync() => _api = await RecordedDeliveryApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_delivery_client_sends_through_the_given_handler_to_a_base_address_no_socket_reaches()
    {
        var made = 0;
        var seen = new List<Uri>();

        // cms.invalid never resolves (RFC 6761): only the handler, which forwards to the fake API, can answer.
        await using var magazine = await MagazineHost.StartAsync(
            _api.BaseAddress,
            new Dictionary<string, string?> { ["Diplomatic:DeliveryClient:BaseAddress"] = "http://cms.invalid/" },
            deliveryHandler: () =>
            {
                Interlocked.Increment(ref made);
                return new Forwarder(_api.BaseAddress, seen);
            });

        RecordedDrafts.Use(_api);

        var booklet = await magazine.Http.GetAsync("booklets/azerbaijan-pakistan-relations");
        var preview = await magazine.Http.GetAsync(MagazinePreviewTests.Link(FirstBooklet.Article.Key, "en-US"));

        Assert.Equal(HttpStatusCode.OK, booklet.StatusCode);
        Assert.Contains("<h1 class=\"booklet-title\">Azerbaijan-Pakistan Relations</h1>", await booklet.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode); // the draft too, with the key, through the same handler
        Assert.Contains($"{RecordedDrafts.Marker}{FirstBooklet.Name(FirstBooklet.Article)}", await preview.Content.ReadAsStringAsync());
        Assert.Equal(1, made);
        Assert.Equal(_api.Requests.Count, seen.Count);
        Assert.All(seen, u => Assert.Equal("cms.invalid", u.Host));
        Assert.Empty(_api.Unexpected);
    }

    /// <summary>Sends to the fake API whatever was addressed to the CMS, noting the address it was given.</summary>
    private sealed class Forwarder(Uri api, List<Uri> seen) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add(request.RequestUri!);
            }

            request.RequestUri = new Uri(api, request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
