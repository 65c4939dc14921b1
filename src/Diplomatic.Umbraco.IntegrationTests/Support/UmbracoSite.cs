using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.Delivery.Client;
using Diplomatic.Umbraco.Installation.Migrations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Infrastructure.Examine;
using TestSiteProgram = Diplomatic.Umbraco.TestSite.Program;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>
/// A real Umbraco 17 site with the plugin, booted in-process on a fresh SQLite database in a temp folder, with its
/// own index, temp and log folders. The server role is left as a default site has it (never forced to Single).
/// Umbraco keeps process-wide state, so sites boot one after another (the assembly runs collections serially).
/// The real-site benchmark boots its site with this file too (linked, without xunit: the fixture interface is
/// declared in UmbracoSite.Lifetime.cs, which only the tests compile).
/// </summary>
public partial class UmbracoSite
{
    /// <summary>The Delivery API key of every test site (drafts need it).</summary>
    public const string ApiKey = "integration-test-delivery-key";

    /// <summary>The magazine every test site's preview links point to.</summary>
    public const string MagazineUrl = "https://magazine.example.test/";

    /// <summary>The secret every test site signs preview links with.</summary>
    public const string PreviewSecret = "integration-test-preview-secret-0123456789";

    private static readonly TimeSpan BootLimit = TimeSpan.FromSeconds(180);
    private readonly string _password = "It-" + Guid.NewGuid().ToString("N");
    private readonly string _siteId = Guid.NewGuid().ToString();
    private WebApplicationFactory<TestSiteProgram>? _factory;

    /// <summary>The site's folder (database, indexes, temp files, logs); deleted at the end.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "diplomatic-it-" + Guid.NewGuid().ToString("N"));

    /// <summary>The site's SQLite database file.</summary>
    public string DatabaseFile => Path.Combine(Folder, "Umbraco.sqlite.db");

    /// <summary>An anonymous client of the site.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The site's services.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The site is not booted.");

    /// <summary>Boots the site (a test collection's fixture calls this once).</summary>
    public virtual async Task InitializeAsync() => await BootAsync();

    /// <summary>Stops the site and deletes its folder.</summary>
    public virtual async Task DisposeAsync()
    {
        await StopAsync();
        TryDelete(Folder);
    }

    /// <summary>Boots the site on its folder (a second call after <see cref="StopAsync"/> boots the same database again).</summary>
    public async Task BootAsync()
    {
        Directory.CreateDirectory(Folder);
        _factory = new WebApplicationFactory<TestSiteProgram>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            foreach (var (key, value) in Settings())
            {
                // Host settings, not later configuration: Umbraco reads some while it registers its services.
                host.UseSetting(key, value);
            }

            host.ConfigureServices(ConfigureServices);
        });
        Client = CreateClient(new Uri("http://localhost"));
        await WaitUntilRunningAsync();
    }

    /// <summary>Stops the site, keeping its folder.</summary>
    public async Task StopAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }

        // Pooled connections keep the file open; the next boot (or a snapshot) must see it as the site left it.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// The project's .NET Delivery API client, talking to this site in-process; dispose the provider when done.
    /// </summary>
    public ServiceProvider DeliveryClient(out IDiplomaticDeliveryClient client, Action<DiplomaticDeliveryClientOptions>? configure = null)
    {
        var server = _factory?.Server ?? throw new InvalidOperationException("The site is not booted.");
        var services = new ServiceCollection();
        services.AddDiplomaticDeliveryClient(options =>
        {
            options.BaseAddress = server.BaseAddress;
            configure?.Invoke(options);
        });
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(CreateHandler));
        var provider = services.BuildServiceProvider();
        client = provider.GetRequiredService<IDiplomaticDeliveryClient>();
        return provider;
    }

    /// <summary>A client of the site over HTTPS (as the backoffice's token endpoint requires).</summary>
    public HttpClient CreateHttpsClient() => CreateClient(new Uri("https://localhost"));

    // As CreateClient with AllowAutoRedirect off (cookies kept), each request finished before the caller goes on.
    private HttpClient CreateClient(Uri baseAddress) =>
        (_factory ?? throw new InvalidOperationException("The site is not booted.")).CreateDefaultClient(baseAddress, new RequestCompletedFirstHandler(), new CookieContainerHandler());

    /// <summary>A handler that sends requests into the site in-process (for another app's HTTP client).</summary>
    public HttpMessageHandler CreateHandler() =>
        new RequestCompletedFirstHandler { InnerHandler = (_factory?.Server ?? throw new InvalidOperationException("The site is not booted.")).CreateHandler() };

    /// <summary>The site's base address, as its in-process handler answers it.</summary>
    public Uri BaseAddress => (_factory?.Server ?? throw new InvalidOperationException("The site is not booted.")).BaseAddress;

    /// <summary>A service of the site.</summary>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A GET of the Delivery API, optionally for drafts (with the key and <c>Preview: true</c>).</summary>
    public Task<HttpResponseMessage> DeliveryAsync(string pathAndQuery, bool preview = false) =>
        DeliveryAsync(pathAndQuery, preview ? ApiKey : null, preview);

    /// <summary>A GET of the Delivery API with exactly the given <c>Api-Key</c> and <c>Preview</c> headers (null: not sent).</summary>
    public async Task<HttpResponseMessage> DeliveryAsync(string pathAndQuery, string? apiKey, bool preview)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/umbraco/delivery/api/v2/" + pathAndQuery.TrimStart('/'));
        if (apiKey is not null)
        {
            request.Headers.Add("Api-Key", apiKey);
        }

        if (preview)
        {
            request.Headers.Add("Preview", "true");
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await Client.SendAsync(request);
    }

    /// <summary>Polls a Delivery API query until it reports the total, within a bound (take=0 always reports 0).</summary>
    public async Task WaitForAsync(string query, int total, bool preview = false)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        int? last = null;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await DeliveryAsync(query, preview);
            if (response.IsSuccessStatusCode)
            {
                last = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["total"]!.GetValue<int>();
                if (last == total)
                {
                    return;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{query} did not reach {total} items within 30 s (last: {last?.ToString() ?? "no answer"}).");
    }

    /// <summary>Changes the site's services after Umbraco has registered them (the test sites change nothing).</summary>
    /// <param name="services">The site's services.</param>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>The SQLite cache mode of the connection string: <c>Shared</c>, as Umbraco's installer writes it, or <c>Private</c>.</summary>
    protected virtual string SqliteCache => "Shared";

    /// <summary>
    /// The site's own Delivery API settings, as a site that serves a magazine sets them: on, public, HTML rich text.
    /// (The plugin never switches the Delivery API on: a site that leaves these out has it off.)
    /// </summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> DeliveryApiSettings() => new Dictionary<string, string?>
    {
        ["Umbraco:CMS:DeliveryApi:Enabled"] = "true",
        ["Umbraco:CMS:DeliveryApi:PublicAccess"] = "true",
        ["Umbraco:CMS:DeliveryApi:RichTextOutputAsJson"] = "false",
    };

    private IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        return DeliveryApiSettings().Concat(new Dictionary<string, string?>
        {
            ["ConnectionStrings:umbracoDbDSN"] = $"Data Source={DatabaseFile};Cache={SqliteCache};Foreign Keys=True;Pooling=True",
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite",
            ["Umbraco:CMS:Unattended:UnattendedUserPassword"] = _password,
            ["Umbraco:CMS:Hosting:SiteName"] = Path.GetFileName(Folder),
            ["Umbraco:CMS:Hosting:TemporaryFileUploadLocation"] = Path.Combine(Folder, "uploads"),
            ["Umbraco:CMS:Hosting:LocalTempStorageLocation"] = "EnvironmentTemp",
            ["Umbraco:CMS:Examine:LuceneDirectoryFactory"] = "TempFileSystemDirectoryFactory",
            ["Umbraco:CMS:Logging:Directory"] = Path.Combine(Folder, "logs"),
            ["Umbraco:CMS:DeliveryApi:ApiKey"] = ApiKey,
            ["Diplomatic:Preview:MagazineUrl"] = MagazineUrl,
            ["Diplomatic:Preview:SigningSecret"] = PreviewSecret,
            ["Umbraco:CMS:Global:Id"] = _siteId,

            // One in-process server has no other servers' cache instructions to process, and on SQLite Umbraco
            // 17.5.2's InstructionProcessJob, writing umbracoLastSynced in a deferred transaction, waits in Umbraco's
            // retry loop for minutes when a burst of saves commits meanwhile (docs/install.md, "SQLite and bulk writes").
            ["Umbraco:CMS:Global:DatabaseServerMessenger:TimeBetweenSyncOperations"] = "00:10:00",
        });
    }

    private async Task WaitUntilRunningAsync()
    {
        // CreateClient returns once the host has started; package migrations run after that in the background.
        var runtime = Get<IRuntimeState>();
        var keyValues = Get<IKeyValueService>();
        var deadline = DateTime.UtcNow + BootLimit;
        while (DateTime.UtcNow < deadline)
        {
            if (runtime.Level == RuntimeLevel.BootFailed)
            {
                throw new InvalidOperationException("Umbraco failed to boot: " + runtime.BootFailedException);
            }

            if (runtime.Level == RuntimeLevel.Run
                && keyValues.GetValue(Constants.Conventions.Migrations.KeyValuePrefix + DiplomaticPackageMigrationPlan.PlanName) is not null
                && !await Get<IIndexRebuilder>().IsRebuildingAsync(Constants.UmbracoIndexes.DeliveryApiContentIndexName))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Umbraco was not running within {BootLimit.TotalSeconds} s (level {runtime.Level}).");
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
