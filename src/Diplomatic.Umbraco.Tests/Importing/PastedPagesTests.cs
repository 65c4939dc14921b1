using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Importing.PlainText;

namespace Diplomatic.Umbraco.Tests.Importing;

/// <summary>Text as a reader copies it from real news pages (the shapes of the articles in issue 12), read by the lines' structure.</summary>
public class PastedPagesTests
{
    // A wire-style page: breadcrumb trail, category and date above the headline, headline repeated, byline with date, share bar, ad slot, article navigation, tags.
    private const string WirePage = """
        Home » World » Asia
        DIPLOMACY
        March 3, 2024
        Pakistan and Azerbaijan agree to expand trade in energy and transport
        Pakistan and Azerbaijan agree to expand trade in energy and transport
        By Ayesha Khan | March 4, 2024
        • Share
        • Tweet
        • WhatsApp
        ISLAMABAD: Pakistan and Azerbaijan on Monday signed agreements to expand cooperation in energy, transport and trade, officials said.
        The two countries aim to raise bilateral trade to two billion dollars within five years, the foreign office said in a statement.
        - Advertisement -
        Officials said a joint working group would meet in Baku next month to prepare the road map.
        Previous articleChina and Pakistan review corridor projects
        Next articleFloods hit northern districts
        Related Topics:
        Azerbaijan
        Pakistan
        """;

    // A local daily: glued breadcrumb ending in the headline, a subtitle, a name line then a date line, "read more" links, comment prompt.
    private const string DailyPage = """
        HomeNationalBaku and Islamabad mark thirty years of friendship
        Baku and Islamabad mark thirty years of friendship
        Ceremony in the capital recalls early recognition of independence
        Imran Qureshi
        Published 12 May 2022, 10:32 am
        Pakistan was among the first countries to recognise the independence of Azerbaijan in 1992, speakers recalled at the ceremony.
        The ambassador thanked the people of Pakistan for their steady support on the question of Karabakh.
        مزید پڑھیں…
        Continue Reading
        Click to comment
        Share on Facebook
        """;

    // A section page: the section's name sits in the breadcrumb and under the headline, not a person.
    private const string SectionPage = """
        HomeNewsDiplomatic NewsEnvoy presents credentials in Baku
        Envoy presents credentials in Baku
        Diplomatic News
        The new ambassador of Pakistan presented his credentials to the President of Azerbaijan on Tuesday, the embassy said.
        """;

    // A paper: its title, then an author line, then ABSTRACT.
    private const string Paper = """
        Energy Corridors of the South Caucasus and South Asia
        Author: Dr. Sana Malik
        ABSTRACT
        This paper looks at how pipelines and power lines could link the Caspian region with the markets of South Asia over the next decade.
        """;

    private static BookletDraft Read(string text) => new PlainTextManuscriptReader().Read(text.Replace("\r\n", "\n"), "page.txt");

    [Fact]
    public void The_headline_is_found_below_breadcrumb_category_and_date_and_the_byline_gives_author_and_date()
    {
        var draft = Read(WirePage);
        var article = Assert.Single(draft.Articles);

        Assert.Equal("Pakistan and Azerbaijan agree to expand trade in energy and transport", draft.Title);
        Assert.Equal(["Ayesha Khan"], article.Authors);
        Assert.Equal(new DateTime(2024, 3, 3), draft.PublishDate);
        Assert.StartsWith("<p>ISLAMABAD: Pakistan and Azerbaijan on Monday", article.BodyHtml);
        Assert.EndsWith("prepare the road map.</p>", article.BodyHtml);
        Assert.Equal(3, article.BodyHtml.Split("<p>").Length - 1);
        foreach (var chrome in new[] { "Advertisement", "Share", "Tweet", "Previous article", "Next article", "Related Topics", "DIPLOMACY", "Home »" })
        {
            Assert.DoesNotContain(chrome, article.BodyHtml);
        }

        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
    }

    [Fact]
    public void A_name_line_followed_by_a_date_line_is_the_byline_and_chrome_after_the_text_goes()
    {
        var draft = Read(DailyPage);
        var article = Assert.Single(draft.Articles);

        Assert.Equal("Baku and Islamabad mark thirty years of friendship", draft.Title);
        Assert.Equal(["Imran Qureshi"], article.Authors);
        Assert.Equal("Ceremony in the capital recalls early recognition of independence", article.Standfirst);
        Assert.Equal(new DateTime(2022, 5, 12), draft.PublishDate);
        Assert.Equal(2, article.BodyHtml.Split("<p>").Length - 1);
        Assert.DoesNotContain("مزید", article.BodyHtml);
        Assert.DoesNotContain("Continue Reading", article.BodyHtml);
        Assert.DoesNotContain("comment", article.BodyHtml);
    }

    [Fact]
    public void A_section_name_is_not_taken_for_the_author()
    {
        var draft = Read(SectionPage);
        Assert.Equal("Envoy presents credentials in Baku", draft.Title);
        Assert.Empty(draft.Articles[0].Authors);
        Assert.DoesNotContain("Diplomatic News", draft.Articles[0].BodyHtml);
    }

    [Fact]
    public void A_label_like_abstract_is_not_the_title()
    {
        var draft = Read(Paper);
        Assert.Equal("Energy Corridors of the South Caucasus and South Asia", draft.Title);
        Assert.Equal(["Dr. Sana Malik"], draft.Articles[0].Authors);
        Assert.StartsWith("<p>This paper looks at", draft.Articles[0].BodyHtml);
    }

    [Fact]
    public void A_place_after_the_byline_is_not_a_second_author_and_label_lines_after_the_text_go()
    {
        var draft = Read("""
            Menu
            Home
            Opinion
            Azerbaijan, Pakistan vow to deepen defence cooperation
            By Staff Reporter, Islamabad
            Published: Tuesday, 14 March 2023 | 09:15 PKT
            The defence ministers of Pakistan and Azerbaijan met on Tuesday and agreed to deepen cooperation in training and defence production.
            The ministers also reviewed regional security.
            Share this:
            Like this:
            Related
            Other story of the day
            """);

        Assert.Equal("Azerbaijan, Pakistan vow to deepen defence cooperation", draft.Title);
        Assert.Equal(["Staff Reporter"], draft.Articles[0].Authors);
        Assert.Equal(new DateTime(2023, 3, 14), draft.PublishDate);
        Assert.EndsWith("<p>The ministers also reviewed regional security.</p>", draft.Articles[0].BodyHtml);
        Assert.Equal(2, draft.Articles[0].BodyHtml.Split("<p>").Length - 1);
    }

    [Fact]
    public void Published_by_on_gives_author_and_date()
    {
        var draft = Read("Trade talks resume in Baku after a pause of two years\nPublished by Farid Aliyev on 5 March 2024\nThe talks resumed on Tuesday with a meeting of the joint commission, officials said.\n");
        Assert.Equal(["Farid Aliyev"], draft.Articles[0].Authors);
        Assert.Equal(new DateTime(2024, 3, 5), draft.PublishDate);
    }

    [Fact]
    public void Hint_lines_at_the_top_override_the_guesses()
    {
        var draft = Read("title: Thirty years of friendship\nauthor: Editorial Board\ndate: 2022-05-01\n" + DailyPage);
        Assert.Equal("Thirty years of friendship", draft.Title);
        Assert.Equal(["Editorial Board"], draft.Articles[0].Authors);
        Assert.Equal(new DateTime(2022, 5, 1), draft.PublishDate);
    }

    [Fact]
    public void A_hint_date_that_is_not_a_date_is_an_error_on_its_line()
    {
        var draft = Read("title: T\ndate: soon\nBody text of the article that is long enough to be a paragraph of it.\n");
        Assert.Contains(draft.Problems, p => p.ToString() == "page.txt(2): error: the date \"soon\" is not a date (write e.g. 2024-03-05 or 5 March 2024)");
    }

    [Fact]
    public void Check_prints_what_it_took_as_title_author_and_date()
    {
        var output = new StringWriter();
        Diplomatic.Umbraco.Cli.BookletConsole.Report(Read(WirePage), output);
        Assert.Contains("page.txt: took title \"Pakistan and Azerbaijan agree to expand trade in energy and transport\", author(s) Ayesha Khan, date 2024-03-03", output.ToString());
    }
}
