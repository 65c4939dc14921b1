using System.Text;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Importing.PlainText;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Importing;

public class PlainTextManuscriptReaderTests
{
    private static BookletDraft Seed() => new ManuscriptReader(new ImportingOptions()).ReadFile(RepositoryPaths.SeedBooklet);

    [SkippableFact]
    public void The_seed_reads_as_one_article_with_title_author_and_no_chrome()
    {
        SharedCorpus.Require(RepositoryPaths.Seed);
        var draft = Seed();
        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.Equal("Azerbaijan-Pakistan Relations", draft.Title);
        var article = Assert.Single(draft.Articles);
        Assert.Equal("Azerbaijan-Pakistan Relations", article.Title);
        Assert.Equal(["Muhammad Asif Noor"], article.Authors);
        Assert.StartsWith("<p>While glancing over the relationships", article.BodyHtml);
        Assert.EndsWith("endorsing justice at the international level.</p>", article.BodyHtml);
        Assert.DoesNotContain("HomeNews", article.BodyHtml);
        Assert.DoesNotContain("Follow us", article.BodyHtml);
        Assert.DoesNotContain("Most Popular", article.BodyHtml);
        Assert.DoesNotContain("digital and print magazine", article.BodyHtml);
        Assert.Equal(25, article.BodyHtml.Split("<p>").Length - 1);
    }

    [SkippableFact]
    public void Dropping_the_boilerplate_is_said_with_its_line_and_the_countries_come_from_the_title()
    {
        SharedCorpus.Require(RepositoryPaths.Seed);
        var draft = Seed();
        var lines = File.ReadAllLines(RepositoryPaths.SeedBooklet);
        var boilerplate = Array.FindIndex(lines, l => l.StartsWith("The Diplomatic Insight is a", StringComparison.Ordinal)) + 1;
        Assert.Contains(draft.Problems, p => p.Severity == ProblemSeverity.Warning && p.Line == boilerplate && p.Message.Contains("magazine's description"));
        Assert.Equal(["Azerbaijan", "Pakistan"], draft.Countries);
    }

    [Fact]
    public void The_rules_are_data_and_a_new_rule_changes_what_is_dropped()
    {
        var rules = PlainTextManuscriptReader.ParseRules(new MemoryStream(Encoding.UTF8.GetBytes(
            """{"rules":[{"action":"drop","name":"advert","pattern":"^Advertisement$"},{"action":"stop","name":"comments","pattern":"^Comments$"}]}""")));
        var text = "A Title\n\nJane Doe\n\nFirst paragraph.\n\nAdvertisement\n\nSecond paragraph.\n\nComments\n\nSpam.";
        var draft = new PlainTextManuscriptReader(rules).Read(text, "page.txt");
        Assert.Equal("<p>First paragraph.</p><p>Second paragraph.</p>", draft.Articles[0].BodyHtml);
        Assert.Equal(["Jane Doe"], draft.Articles[0].Authors);
        Assert.Contains(PlainTextManuscriptReader.BuiltInRules, r => r.Name == "breadcrumb");
    }

    [Fact]
    public void Urdu_lines_are_kept_exactly_and_marked_right_to_left()
    {
        const string urdu = "پاکستان اور آذربائیجان کے درمیان دوستی";
        var draft = new PlainTextManuscriptReader().Read($"Friendship\n\nBy Jane Doe\n\n{urdu}\n\nAzərbaycan və Pakistan dostluğu.", "urdu.txt");
        Assert.Equal($"<p dir=\"rtl\">{urdu}</p><p>Azərbaycan və Pakistan dostluğu.</p>", draft.Articles[0].BodyHtml);
    }
}
