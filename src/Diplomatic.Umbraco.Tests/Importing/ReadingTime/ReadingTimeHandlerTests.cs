using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Importing.ReadingTime;
using Diplomatic.Umbraco.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.Tests.Importing.ReadingTime;

public class ReadingTimeHandlerTests
{
    private const string Urdu = "ur-PK";

    private static string Words(int count) => string.Join(' ', Enumerable.Repeat("word", count));

    private static string Body(int words) => StoredValues.RichText($"<p>{Words(words)}</p>")!;

    private static ReadingTimeHandler Handler(ImportingOptions options) => new(Mock.Of<IOptionsMonitor<ImportingOptions>>(m => m.CurrentValue == options));

    [Fact]
    public void Saving_an_article_sets_the_reading_time_in_each_culture_from_that_cultures_body()
    {
        var article = ContentFactory.Content(DocumentTypeAliases.Article, "Relations", null, ContentFactory.English, Urdu);
        article.SetValue(PropertyAliases.Article.Body, Body(1000), ContentFactory.English);
        article.SetValue(PropertyAliases.Article.Body, Body(239), Urdu);

        Handler(new ImportingOptions()).Handle(new ContentSavingNotification(article, new EventMessages()));

        Assert.Equal(5, article.GetValue<int>(PropertyAliases.Article.ReadingTime, ContentFactory.English));
        Assert.Equal(2, article.GetValue<int>(PropertyAliases.Article.ReadingTime, Urdu));
    }

    [Fact]
    public void An_empty_body_reads_in_zero_minutes_and_the_speed_comes_from_the_options()
    {
        var article = ContentFactory.Content(DocumentTypeAliases.Article, "Empty");
        Handler(new ImportingOptions()).Handle(new ContentSavingNotification(article, new EventMessages()));
        Assert.Equal(0, article.GetValue<int>(PropertyAliases.Article.ReadingTime, ContentFactory.English));

        article.SetValue(PropertyAliases.Article.Body, Body(1000), ContentFactory.English);
        Handler(new ImportingOptions { WordsPerMinute = 100 }).Handle(new ContentSavingNotification(article, new EventMessages()));
        Assert.Equal(10, article.GetValue<int>(PropertyAliases.Article.ReadingTime, ContentFactory.English));
    }

    [Fact]
    public void Other_types_and_a_switched_off_option_are_left_alone()
    {
        var article = ContentFactory.Content(DocumentTypeAliases.Article, "Off");
        article.SetValue(PropertyAliases.Article.Body, Body(1000), ContentFactory.English);
        var factBox = ContentFactory.Content(DocumentTypeAliases.FactBox, "Fact");
        Handler(new ImportingOptions { ComputeReadingTime = false }).Handle(new ContentSavingNotification([article, factBox], new EventMessages()));
        Assert.Null(article.GetValue(PropertyAliases.Article.ReadingTime, ContentFactory.English));
        Handler(new ImportingOptions()).Handle(new ContentSavingNotification([factBox], new EventMessages()));
        Assert.False(factBox.HasProperty(PropertyAliases.Article.ReadingTime));
    }

    [Theory]
    [InlineData("<p>One two three.</p>", 3)]
    [InlineData("<p>Pakistan&nbsp;and Azerbaijan &amp; friends</p><ul><li>a</li><li>b</li></ul>", 6)]
    [InlineData("<p dir=\"rtl\">پاکستان اور آذربائیجان</p>", 3)]
    [InlineData("<p>2015—2016 USD 7.3 million</p>", 5)]
    [InlineData("", 0)]
    public void Words_are_counted_in_the_text_not_the_markup(string html, int words)
    {
        Assert.Equal(words, ReadingTimeCalculator.CountWords(html));
    }

    [Fact]
    public void Adding_the_importer_twice_registers_it_once_and_binds_the_options()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Diplomatic:Importing:WordsPerMinute"] = "300" }).Build();
        var builder = TestUmbracoBuilder.Of(services, configuration);

        builder.AddDiplomaticImporting().AddDiplomaticImporting(o => o.MaxFileBytes = 5);

        Assert.Single(services, s => s.ImplementationType == typeof(ReadingTimeHandler));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(300, provider.GetRequiredService<IOptions<ImportingOptions>>().Value.WordsPerMinute);
        Assert.Equal(5, provider.GetRequiredService<IOptions<ImportingOptions>>().Value.MaxFileBytes); // a later call's configure is never dropped
    }
}
