namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>
/// Lets an in-process request finish before the caller goes on. The test server completes a response on the
/// server's own thread, and the caller's continuation then runs inline on it, before that request has ended and
/// disposed its Umbraco scope: a write the caller makes next (seeding, an import) waits for a SQLite lock the
/// suspended request still holds, on the same thread, for as long as Umbraco's retries last. Seen in the real-site
/// benchmark's thread dumps as minutes-long stalls that looked like dead-locks with Umbraco's background jobs.
/// </summary>
public sealed class RequestCompletedFirstHandler : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);

        // Hands the rest of the caller to the thread pool and returns this thread to the server's request.
        await Task.Yield();
        return response;
    }
}
