using System.ComponentModel.DataAnnotations;
using System.Web;
using Diplomatic.Umbraco.ContentModel.Preview;
using Diplomatic.Umbraco.Preview;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Routing;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.Tests.Preview;

public class MagazinePreviewUrlProviderTests
{
    private const string Secret = "a-preview-secret-of-at-least-32-characters";
    private static readonly Guid Key = new("0b9b3a6e-5555-4c2d-9e7f-000000000001");
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("booklet")]
    [InlineData("article")]
    [InlineData("factBox")]
    [InlineData("event")]
    public async Task A_previewed_type_gets_the_magazine_route_with_a_token_for_its_key_and_culture(string type)
    {
        var info = await Provider(Options()).GetPreviewUrlAsync(Content(type, variesByCulture: true), "en-US", null);

        Assert.NotNull(info?.Url);
        Assert.True(info.IsExternal);
        Assert.Equal(MagazinePreviewUrlProvider.ProviderAlias, info.Provider);
        Assert.Equal($"https://magazine.example.org/preview/{Key:D}", info.Url.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(info.Url.Query);
        Assert.Equal("en-US", query["culture"]);
        Assert.Equal(PreviewTokenStatus.Valid, PreviewToken.Check(Secret, Key, "en-US", query["token"], Now.AddMinutes(29)));
        Assert.Equal(PreviewTokenStatus.Expired, PreviewToken.Check(Secret, Key, "en-US", query["token"], Now.AddMinutes(30)));
        Assert.DoesNotContain("api", info.Url.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Invariant_content_is_previewed_without_a_culture_and_the_template_and_lifetime_apply()
    {
        var options = Options(o => (o.RouteTemplate, o.TokenLifetime, o.MagazineUrl) = ("/drafts/{key}", TimeSpan.FromMinutes(5), new Uri("https://magazine.example.org/site")));

        var info = await Provider(options).GetPreviewUrlAsync(Content("article", variesByCulture: false), "en-US", null);

        Assert.Equal($"https://magazine.example.org/site/drafts/{Key:D}", info!.Url!.GetLeftPart(UriPartial.Path));
        var token = HttpUtility.ParseQueryString(info.Url.Query)["token"];
        Assert.Equal(PreviewTokenStatus.Valid, PreviewToken.Check(Secret, Key, null, token, Now.AddMinutes(4)));
        Assert.Equal(PreviewTokenStatus.Expired, PreviewToken.Check(Secret, Key, null, token, Now.AddMinutes(5)));
    }

    [Theory]
    [InlineData("author")]
    [InlineData("authors")]
    [InlineData("magazine")]
    public async Task Other_types_get_no_preview_url_but_a_message_saying_why(string type)
    {
        var info = await Provider(Options()).GetPreviewUrlAsync(Content(type, variesByCulture: true), "en-US", null);

        Assert.Null(info!.Url);
        Assert.Contains(type, info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_magazine_url_there_is_no_preview_url_and_published_urls_are_left_to_umbraco()
    {
        var provider = Provider(Options(o => o.MagazineUrl = null));

        var info = await provider.GetPreviewUrlAsync(Content("article", variesByCulture: true), "en-US", null);
        Assert.Null(info!.Url);
        Assert.Contains("Diplomatic:Preview:MagazineUrl", info.Message, StringComparison.Ordinal);
        Assert.Null(provider.GetUrl(Mock.Of<global::Umbraco.Cms.Core.Models.PublishedContent.IPublishedContent>(), global::Umbraco.Cms.Core.Models.PublishedContent.UrlMode.Absolute, null, new Uri("https://cms.example.org/")));
        Assert.Empty(provider.GetOtherUrls(1, new Uri("https://cms.example.org/")));
    }

    [Theory]
    [InlineData("MagazineUrl", "ftp://magazine.example.org/", "MagazineUrl")]
    [InlineData("SigningSecret", "too-short", "SigningSecret")]
    [InlineData("RouteTemplate", "preview/item", "RouteTemplate")]
    [InlineData("TokenLifetime", "2.00:00:00", "TokenLifetime")]
    public void Bad_options_are_refused_at_start_up_naming_the_setting(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Diplomatic:Preview:MagazineUrl"] = "https://magazine.example.org/",
            ["Diplomatic:Preview:SigningSecret"] = Secret,
            ["Diplomatic:Preview:" + key] = value,
        };
        using var provider = Registered(settings, out _);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiplomaticPreviewOptions>>().Value);
        Assert.Contains("Diplomatic:Preview:" + named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_without_preview_settings_starts_and_the_feature_registers_once_even_when_added_twice()
    {
        using var provider = Registered(new Dictionary<string, string?>(), out var urlProviders, twice: true);

        Assert.Null(provider.GetRequiredService<IOptions<DiplomaticPreviewOptions>>().Value.MagazineUrl);
        Assert.Single(urlProviders.GetTypes(), t => t == typeof(MagazinePreviewUrlProvider));
        Assert.Empty(Validate(new DiplomaticPreviewOptions()));
    }

    private static List<ValidationResult> Validate(DiplomaticPreviewOptions options) => options.Validate(new ValidationContext(options)).ToList();

    private static ServiceProvider Registered(Dictionary<string, string?> settings, out UrlProviderCollectionBuilder urlProviders, bool twice = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        urlProviders = new UrlProviderCollectionBuilder();
        var builder = TestUmbracoBuilder.Of(services, configuration, urlProviders: urlProviders);
        builder.AddDiplomaticPreview();
        if (twice)
        {
            new PreviewComposer().Compose(builder);
        }

        return services.BuildServiceProvider();
    }

    private static IOptionsMonitor<DiplomaticPreviewOptions> Options(Action<DiplomaticPreviewOptions>? change = null)
    {
        var options = new DiplomaticPreviewOptions { MagazineUrl = new Uri("https://magazine.example.org/"), SigningSecret = Secret };
        change?.Invoke(options);
        return Mock.Of<IOptionsMonitor<DiplomaticPreviewOptions>>(m => m.CurrentValue == options);
    }

    private static MagazinePreviewUrlProvider Provider(IOptionsMonitor<DiplomaticPreviewOptions> options) => new(options, new FakeTimeProvider(Now));

    private static IContent Content(string type, bool variesByCulture)
    {
        var contentType = Mock.Of<ISimpleContentType>(t => t.Alias == type && t.Variations == (variesByCulture ? ContentVariation.Culture : ContentVariation.Nothing));
        return Mock.Of<IContent>(c => c.Key == Key && c.ContentType == contentType);
    }
}

public class PreviewReadmeTests
{
    [Fact]
    public void The_install_page_documents_every_preview_option_with_its_default()
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Root, "docs", "install.md"));
        var table = readme[readme.IndexOf("| `Diplomatic:Preview` key |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        var options = new DiplomaticPreviewOptions();

        foreach (var property in typeof(DiplomaticPreviewOptions).GetProperties())
        {
            Assert.Contains($"| `{property.Name}` |", table, StringComparison.Ordinal);
        }

        Assert.Contains($"`{options.RouteTemplate}`", table, StringComparison.Ordinal);
        Assert.Contains($"`{options.TokenLifetime:hh\\:mm\\:ss}`", table, StringComparison.Ordinal);
    }
}
