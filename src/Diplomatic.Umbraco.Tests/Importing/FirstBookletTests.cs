using System.Text.RegularExpressions;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Importing;

/// <summary>The first booklet, written by hand from the seed text, reads cleanly and every fact and event traces back to the seed.</summary>
public class FirstBookletTests
{
    private static readonly Lazy<BookletDraft> Draft = new(() => new ManuscriptReader(new ImportingOptions()).ReadFile(ImportingPaths.FirstBooklet));

    private static string Seed => Normalise(File.ReadAllText(RepositoryPaths.SeedBooklet));

    [Fact]
    public void It_reads_with_no_problems()
    {
        Assert.Empty(Draft.Value.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_booklet_fields_are_the_ones_the_issue_asks_for()
    {
        var draft = Draft.Value;
        Assert.Equal("Azerbaijan-Pakistan Relations", draft.Title);
        Assert.Equal(["Azerbaijan", "Pakistan"], draft.Countries);
        Assert.Equal(["The Diplomatic Insight", "Institute of Peace and Diplomatic Studies"], draft.Publishers);
        Assert.Contains("silver jubilee", draft.Occasion, StringComparison.OrdinalIgnoreCase);
        var article = Assert.Single(draft.Articles);
        Assert.Equal(["Muhammad Asif Noor"], article.Authors);
        Assert.True(draft.FactBoxes.Count >= 5, $"{draft.FactBoxes.Count} fact boxes");
        Assert.True(draft.Events.Count >= 6, $"{draft.Events.Count} events");
    }

    [SkippableFact]
    public void The_article_is_the_seed_text_faithfully()
    {
        SharedCorpus.Require(RepositoryPaths.Seed);
        var body = Normalise(Regex.Replace(System.Net.WebUtility.HtmlDecode(Draft.Value.Articles[0].BodyHtml), "<[^>]+>", " "));
        var seedParagraphs = File.ReadAllLines(RepositoryPaths.SeedBooklet)
            .Select(Normalise)
            .Where(p => p.Split(' ').Length > 12 && !p.StartsWith("The Diplomatic Insight is a", StringComparison.Ordinal))
            .ToList();
        Assert.True(seedParagraphs.Count >= 25);
        foreach (var paragraph in seedParagraphs)
        {
            Assert.Contains(paragraph, body);
        }
    }

    public static TheoryData<string, string> Facts()
    {
        var data = new TheoryData<string, string>();
        foreach (var factBox in Draft.Value.FactBoxes)
        {
            data.Add(factBox.Headline, factBox.Quote ?? string.Empty);
        }

        foreach (var item in Draft.Value.Events)
        {
            data.Add(item.Title, item.Quote ?? string.Empty);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Facts))]
    public void Every_fact_box_and_event_quotes_a_sentence_of_the_seed(string item, string quote)
    {
        SharedCorpus.Require(RepositoryPaths.Seed);
        Assert.False(string.IsNullOrWhiteSpace(quote), $"'{item}' has no quote");
        Assert.True(Seed.Contains(Normalise(quote), StringComparison.Ordinal), $"'{item}': the quote is not in the seed: {quote}");
    }

    [Theory]
    [InlineData("Pakistan recognises the independence of Azerbaijan", 1992, DatePrecision.Year)]
    [InlineData("Azerbaijan stands by Pakistan after the 2005 earthquake", 2005, DatePrecision.Year)]
    [InlineData("Heydar Aliyev Foundation begins its work in Pakistan", 2012, DatePrecision.Year)]
    [InlineData("President Mamnoon Hussain visits Azerbaijan", 2015, DatePrecision.Year)]
    [InlineData("Prime Minister Nawaz Sharif visits Baku", 2016, DatePrecision.Year)]
    public void The_key_events_have_their_year_and_precision(string title, int year, DatePrecision precision)
    {
        var item = Assert.Single(Draft.Value.Events, e => e.Title == title);
        Assert.Equal(new DateTime(year, 1, 1), item.Start);
        Assert.Equal(precision, item.Precision);
    }

    [Theory]
    [InlineData("Bilateral trade of about USD 7.3 million", "7.3", "USD million")]
    [InlineData("A USD 500 million trade goal", "500", "USD million")]
    [InlineData("A school for 500 pupils in Muzaffarabad", "500", "pupils")]
    public void The_figures_are_numbers_with_units(string headline, string figure, string unit)
    {
        var factBox = Assert.Single(Draft.Value.FactBoxes, f => f.Headline == headline);
        Assert.Equal(decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture), factBox.Figure);
        Assert.Equal(unit, factBox.Unit);
        Assert.Equal("azerbaijan-pakistan-relations", factBox.ArticleSlug);
    }

    [Fact]
    public void The_urdu_department_and_the_foundation_are_fact_boxes()
    {
        Assert.Contains(Draft.Value.FactBoxes, f => f.Headline.Contains("Urdu at Baku State University", StringComparison.Ordinal));
        Assert.Contains(Draft.Value.FactBoxes, f => f.Headline.Contains("Heydar Aliyev Foundation", StringComparison.Ordinal) && f.AsOf == new DateTime(2012, 1, 1));
    }

    private static string Normalise(string text) => Regex.Replace(text.Replace('\u00A0', ' '), @"\s+", " ").Trim();
}
