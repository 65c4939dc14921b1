using System.Text;
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

    [Theory]
    [InlineData(false, "\n")]
    [InlineData(true, "\r\n")]
    public void A_file_read_article_by_article_from_its_stream_is_the_draft_of_its_whole_text(bool byteOrderMark, string newline)
    {
        // Articles long enough to cross the decoder's 32 KB chunks, and a front matter the second decoding skips.
        var paragraph = string.Concat(Enumerable.Repeat("Pakistan و آذربائیجان have made headway. ", 60));
        var text = "---\ntitle: T\nintroduction: Intro.\n---\nBefore the first article.\n\n" + string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"# Article {i}\nAuthor: Jane Doe\n\n{string.Concat(Enumerable.Repeat(paragraph + "\n\n", i * 3))}```factbox\nheadline: Fact {i}\nstatement: S.\n```\n\n"));
        var bytes = (byteOrderMark ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text.Replace("\n", newline, StringComparison.Ordinal))).ToArray();
        Assert.True(bytes.Length > 4 * 32 * 1024);

        var fromStream = new ManuscriptReader(new ImportingOptions()).Read(new MemoryStream(bytes), "m.md");
        var fromText = Read(text);

        Assert.Equal(12, fromStream.Articles.Count);
        Assert.Equal(fromText.Articles.Select(a => (a.Title, a.Line, a.BodyHtml, string.Join(",", a.Authors), string.Join(",", a.FactBoxSlugs))), fromStream.Articles.Select(a => (a.Title, a.Line, a.BodyHtml, string.Join(",", a.Authors), string.Join(",", a.FactBoxSlugs))));
        Assert.Equal((fromText.Title, fromText.IntroductionHtml), (fromStream.Title, fromStream.IntroductionHtml));
        Assert.Equal(fromText.FactBoxes.Select(f => f.Headline), fromStream.FactBoxes.Select(f => f.Headline));
        Assert.Equal(fromText.Problems.Select(p => p.Message), fromStream.Problems.Select(p => p.Message));
    }
}
