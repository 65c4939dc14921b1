using Diplomatic.Umbraco.Tests.Delivery;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Diplomatic.Umbraco.Tests.Magazine;

/// <summary>What the magazine logs at the levels its shipped <c>appsettings.json</c> sets.</summary>
public sealed class MagazineLoggingTests : IAsyncLifetime
{
    private RecordedDeliveryApi _api = null!;

    public async Task InitializeAsync() => _api = await RecordedDeliveryApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Reading_pages_and_a_missing_one_logs_nothing_per_request_at_the_shipped_levels()
    {
        var logs = new CollectingLoggerProvider();
        var shipped = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "samples", "Diplomatic.Magazine", "appsettings.json"))
            .Build()
            .GetSection("Logging")
            .AsEnumerable(makePathsRelative: false)
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Value);
        await using var magazine = await MagazineHost.StartAsync(_api.BaseAddress, shipped, builder => builder.Logging.AddProvider(logs));
        var atStart = logs.Messages.Count;

        (await magazine.Http.GetAsync("")).EnsureSuccessStatusCode();
        (await magazine.Http.GetAsync("booklets/azerbaijan-pakistan-relations")).EnsureSuccessStatusCode();
        _api.Handler = (context, request) =>
        {
            // As a real site answers an item that does not exist.
            context.Response.StatusCode = 404;
            return Task.FromResult(request.Path.Contains("no-such", StringComparison.Ordinal));
        };
        using var missing = await magazine.Http.GetAsync("booklets/no-such-booklet");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode); // an answer, not an unhandled exception

        Assert.True(logs.Messages.Count == atStart, string.Join("\n", logs.Messages.Skip(atStart)));
    }
}
