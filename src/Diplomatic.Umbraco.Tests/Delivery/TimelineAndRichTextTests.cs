using System.Globalization;
using System.Text.Json;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery.Json;
using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Delivery.Pages;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Delivery;

public sealed class TimelineAndRichTextTests
{
    [Theory]
    [InlineData(DatePrecision.Year, "1992-01-01", "1992")]
    [InlineData(DatePrecision.Month, "2016-05-01", "May 2016")]
    [InlineData(DatePrecision.Day, "2016-05-14", "14 May 2016")]
    public void Dates_are_shown_at_their_precision(DatePrecision precision, string date, string expected) =>
        Assert.Equal(expected, EventDates.Format(DateOnly.Parse(date, CultureInfo.InvariantCulture), precision, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("Year", DatePrecision.Year)]
    [InlineData("month", DatePrecision.Month)]
    [InlineData("Day", DatePrecision.Day)]
    [InlineData("", DatePrecision.Day)]
    [InlineData(null, DatePrecision.Day)]
    public void Stored_precision_labels_are_read_and_empty_means_day(string? label, DatePrecision expected) =>
        Assert.Equal(expected, EventVocabulary.ParsePrecision(label));

    [Fact]
    public void The_timeline_orders_the_recorded_events_by_date_not_by_their_place_in_the_booklet()
    {
        var children = JsonSerializer.Deserialize(RecordedDeliveryApi.ReadRecorded("booklet-children.json"), DeliveryJsonContext.Default.PagedResultDeliveryContent)!;
        var events = children.Items.OfType<Event>().ToList();
        var timeline = TimelineEntry.Build(events);

        Assert.NotEqual(events.Select(e => e.Id), timeline.Select(t => t.Event.Id));
        Assert.Equal(FirstBooklet.EventsByDate.Select(FirstBooklet.Name), timeline.Select(t => t.Event.Name));
        Assert.Equal(["1992", "2005", "2012", "2015", "2016", "2016", "2017"], timeline.Select(t => t.FormatDate(CultureInfo.InvariantCulture)));
        Assert.Equal(EventType.StateVisit, timeline[3].Type);
    }

    [SkippableFact]
    public void Rich_text_in_the_json_form_renders_as_encoded_html_without_blocks()
    {
        SharedCorpus.Require(RepositoryPaths.DeliveryApiFixtures);
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.DeliveryApiFixtures, "04-rte-json-output-fragment.json"));
        var text = JsonSerializer.Deserialize(json, DeliveryJsonContext.Default.RichText);

        Assert.NotNull(text);
        Assert.True(text.IsJson);
        var html = text.ToHtml();
        Assert.StartsWith("<h2>What to expect from here on out</h2>", html);
        Assert.Contains("<a href=\"https://highlightjs.org/\">highlight.js</a>", html);
        Assert.Contains("I&#x27;ve written", html);
        Assert.DoesNotContain("umb-rte-block", html);
        Assert.StartsWith("What to expect from here on out", text.ToPlainText());
        Assert.Contains("highlight.js", text.ToPlainText());
    }

    [Fact]
    public void Rich_text_json_drops_scripts_event_handlers_and_javascript_links_and_renders_routes()
    {
        const string json = """
            {"tag":"#root","attributes":{},"blocks":[],"elements":[
              {"tag":"p","attributes":{"onclick":"steal()","class":"lead"},"elements":[{"tag":"#text","text":"<b>not markup</b>"}]},
              {"tag":"script","attributes":{},"elements":[{"tag":"#text","text":"alert(1)"}]},
              {"tag":"a","attributes":{"href":"javascript:alert(1)"},"elements":[{"tag":"#text","text":"bad"}]},
              {"tag":"a","attributes":{"route":{"path":"/azerbaijan-pakistan-relations/","startItem":{"id":"a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601","path":"the-diplomatic-insight"}}},"elements":[{"tag":"#text","text":"booklet"}]}
            ]}
            """;
        var text = JsonSerializer.Deserialize(json, DeliveryJsonContext.Default.RichText)!;

        Assert.Equal(
            "<p class=\"lead\">&lt;b&gt;not markup&lt;/b&gt;</p><a>bad</a><a href=\"/azerbaijan-pakistan-relations/\">booklet</a>",
            text.ToHtml());
    }

    [Fact]
    public void Rich_text_in_the_html_form_is_passed_through_as_the_cms_sanitised_it()
    {
        var article = (Article)JsonSerializer.Deserialize(RecordedDeliveryApi.ReadRecorded("article.json"), DeliveryJsonContext.Default.DeliveryContent)!;
        Assert.False(article.Properties.Body!.IsJson);
        Assert.Same(article.Properties.Body.Markup, article.Properties.Body.ToHtml());
        Assert.StartsWith("<p>While glancing over the relationships", article.Properties.Body.Markup);
    }

    [Fact]
    public void Reading_time_comes_from_the_cms_or_from_the_body_at_200_words_a_minute()
    {
        var article = (Article)JsonSerializer.Deserialize(RecordedDeliveryApi.ReadRecorded("article.json"), DeliveryJsonContext.Default.DeliveryContent)!;
        var words = article.Properties.Body!.ToPlainText().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.InRange(words, 1300, 1500);
        Assert.Equal(FirstBooklet.ReadingTime, new ArticlePage(article, [], []).ReadingTimeMinutes);

        var withoutValue = (Article)JsonSerializer.Deserialize(
            RecordedDeliveryApi.ReadRecorded("article.json").Replace($"\"readingTime\": {FirstBooklet.ReadingTime}", "\"readingTime\": null", StringComparison.Ordinal),
            DeliveryJsonContext.Default.DeliveryContent)!;
        Assert.Null(withoutValue.Properties.ReadingTime);
        Assert.Equal((int)Math.Ceiling(words / 200.0), new ArticlePage(withoutValue, [], []).ReadingTimeMinutes);
    }
}
