using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Importing.Markdown;

namespace Diplomatic.Umbraco.Tests.Importing;

public class MarkdownManuscriptReaderTests
{
    private static BookletDraft Read(string text) => new MarkdownManuscriptReader().Read(text, "m.md");

    [Fact]
    public void Headings_start_articles_with_author_and_standfirst_lines_and_the_rest_is_rich_text()
    {
        var draft = Read("""
            ---
            title: T
            countries: [AZ, pak]
            publishers: The Diplomatic Insight; Institute of Peace and Diplomatic Studies
            publishDate: 2017-03-01
            ---
            Intro *text*.

            # One
            Author: Jane Doe, John Roe
            
            Standfirst: Lead.

            Body with [a link](https://example.org) and **bold**.

            ## Sub

            - a
            - b

            # Two
            By Jane Doe

            Second.
            """);
        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.Equal(["Azerbaijan", "Pakistan"], draft.Countries);
        Assert.Equal(["The Diplomatic Insight", "Institute of Peace and Diplomatic Studies"], draft.Publishers);
        Assert.Equal(new DateTime(2017, 3, 1), draft.PublishDate);
        Assert.Equal("<p>Intro <em>text</em>.</p>", draft.IntroductionHtml);
        Assert.Equal(["One", "Two"], draft.Articles.Select(a => a.Title));
        Assert.Equal(["Jane Doe", "John Roe"], draft.Articles[0].Authors);
        Assert.Equal("Lead.", draft.Articles[0].Standfirst);
        Assert.Equal("<p>Body with <a href=\"https://example.org\">a link</a> and <strong>bold</strong>.</p><h2>Sub</h2><ul>\n<li>a</li>\n<li>b</li>\n</ul>", draft.Articles[0].BodyHtml);
        Assert.Equal(2, draft.Authors.Count);
        Assert.Equal(9, draft.Articles[0].Line);
    }

    [Theory]
    [InlineData("2015", 2015, 1, 1, DatePrecision.Year)]
    [InlineData("2016-05", 2016, 5, 1, DatePrecision.Month)]
    [InlineData("2016-05-14", 2016, 5, 14, DatePrecision.Day)]
    [InlineData("2016-02-29", 2016, 2, 29, DatePrecision.Day)]
    public void The_date_form_sets_the_precision(string date, int year, int month, int day, DatePrecision precision)
    {
        var draft = Read($"---\ntitle: T\n---\n# A\n\n```event\ntitle: E\ndate: {date}\ntype: stateVisit\nhost: PK\nparticipants:\n  - A\n  - B\n```\n");
        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        var item = Assert.Single(draft.Events);
        Assert.Equal((new DateTime(year, month, day), precision), (item.Start, item.Precision));
        Assert.Equal(EventType.StateVisit, item.Type);
        Assert.Equal("Pakistan", item.HostCountry);
        Assert.Equal(["A", "B"], item.Participants);
        Assert.Equal("a", item.ArticleSlug);
    }

    [Fact]
    public void Urdu_and_azerbaijani_are_kept_exactly_and_urdu_is_right_to_left()
    {
        const string urdu = "پاکستان اور آذربائیجان کے تعلقات";
        const string azeri = "Azərbaycan Respublikası ilə Pakistan İslam Respublikası arasında münasibətlər";
        var draft = Read($"---\ntitle: {azeri}\n---\n# {urdu}\n\n{urdu}\n\n{azeri}\n");
        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.Equal(azeri, draft.Title);
        Assert.Equal(urdu, draft.Articles[0].Title);
        Assert.Equal($"<p dir=\"rtl\">{urdu}</p><p>{azeri}</p>", draft.Articles[0].BodyHtml);
        Assert.Equal("پاکستان-اور-آذربائیجان-کے-تعلقات", draft.Articles[0].Slug);
    }

    [Fact]
    public void Unknown_fields_are_warnings_with_their_line()
    {
        var draft = Read("---\ntitle: T\ncolour: blue\n---\n# A\n\n```factbox\nheadline: H\nstatement: S\nmood: happy\n```\n");
        Assert.False(draft.HasErrors);
        Assert.Contains(draft.Problems, p => p.Line == 3 && p.Message.Contains("'colour'"));
        Assert.Contains(draft.Problems, p => p.Line == 10 && p.Message.Contains("'mood'"));
    }

    [Fact]
    public void Sanitised_bodies_keep_urdu_azerbaijani_and_the_direction()
    {
        const string urdu = "پاکستان اور آذربائیجان";
        var draft = Read($"---\ntitle: T\npublishers: Institute of Peace, Diplomacy and Law\n---\n# A\n\n{urdu} [link](https://example.org/ə?a=1&b=2)\n\nAzərbaycan <em>ğ ş ı</em>\n");
        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.Equal(["Institute of Peace, Diplomacy and Law"], draft.Publishers);
        Assert.Contains($"<p dir=\"rtl\">{urdu} <a href=\"https://example.org/", draft.Articles[0].BodyHtml);
        Assert.Contains("<p>Azərbaycan <em>ğ ş ı</em></p>", draft.Articles[0].BodyHtml);
    }

    [Fact]
    public void Urdu_list_items_and_quotes_are_right_to_left_too()
    {
        var draft = Read("---\ntitle: T\n---\n# A\n\n- اردو زبان\n- English item\n\n> پاکستان زندہ باد\n");
        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.Equal("<ul>\n<li dir=\"rtl\">اردو زبان</li>\n<li>English item</li>\n</ul><blockquote>\n<p dir=\"rtl\">پاکستان زندہ باد</p>\n</blockquote>", draft.Articles[0].BodyHtml);
    }
}
