using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;

namespace Diplomatic.Umbraco.Tests.Importing;

public class WordManuscriptReaderTests
{
    private static BookletDraft Read(byte[] bytes, string name = "booklet.docx") =>
        new ManuscriptReader(new ImportingOptions()).Read(new MemoryStream(bytes), name);

    private static DocxFactory Sample() => new DocxFactory { CoreCreator = "Muhammad Asif Noor" }
        .Paragraph("Title", "Azerbaijan-Pakistan Relations")
        .Paragraph("Subtitle", "Twenty-five years")
        .Paragraph("Heading1", "Friends in need")
        .Text("Standfirst: A short lead.")
        .Text("Pakistan recognised Azerbaijan in ", DocxFactory.Run("1992", bold: true), " after ", DocxFactory.Run("Turkey", italic: true), ".")
        .Paragraph("Heading2", "Trade")
        .Text("See ", DocxFactory.Link("the ministry", "https://mfa.gov.az/en"), ".")
        .ListItem("Energy")
        .ListItem("Education")
        .Table(["Fact box"], ["Headline", "Bilateral trade"], ["Statement", "Trade is about USD 7.3 million."], ["Figure", "7.3"], ["Unit", "USD million"])
        .Text("Fact box")
        .Text("Headline: Urdu in Baku")
        .Text("Statement: Baku State University teaches Urdu.")
        .Text("After the block.")
        .Table(["Timeline"], ["Date", "Title", "Type", "Host"], ["1992", "Recognition", "Other", ""], ["2016-05", "Visit to Baku", "State visit", "Azerbaijan"]);

    [Fact]
    public void Styles_runs_links_lists_tables_and_blocks_become_the_draft()
    {
        var draft = Read(Sample().Build());
        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.Equal("Azerbaijan-Pakistan Relations", draft.Title);
        Assert.Equal("Twenty-five years", draft.Subtitle);
        var article = Assert.Single(draft.Articles);
        Assert.Equal("Friends in need", article.Title);
        Assert.Equal("A short lead.", article.Standfirst);
        Assert.Equal(["Muhammad Asif Noor"], article.Authors);
        Assert.Contains("<p>Pakistan recognised Azerbaijan in <strong>1992</strong> after <em>Turkey</em>.</p>", article.BodyHtml);
        Assert.Contains("<h2>Trade</h2>", article.BodyHtml);
        Assert.Contains("<a href=\"https://mfa.gov.az/en\">the ministry</a>", article.BodyHtml);
        Assert.Contains("<ul><li>Energy</li><li>Education</li></ul>", article.BodyHtml);
        Assert.Contains("<p>After the block.</p>", article.BodyHtml);
        Assert.Equal(["Bilateral trade", "Urdu in Baku"], draft.FactBoxes.Select(f => f.Headline));
        Assert.Equal(7.3m, draft.FactBoxes[0].Figure);
        Assert.Equal(["bilateral-trade", "urdu-in-baku"], article.FactBoxSlugs);
        Assert.Equal(2, draft.Events.Count);
        Assert.Equal(DatePrecision.Year, draft.Events[0].Precision);
        Assert.Equal((new DateTime(2016, 5, 1), DatePrecision.Month, EventType.StateVisit, "Azerbaijan"), (draft.Events[1].Start, draft.Events[1].Precision, draft.Events[1].Type!.Value, draft.Events[1].HostCountry));
    }

    [Fact]
    public void Content_controls_are_read_through_and_the_body_goes_on_after_them()
    {
        var draft = Read(new DocxFactory().Paragraph("Title", "T").Paragraph("Heading1", "A").ContentControls(2).Text("After.").Build());
        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.Equal("<p>Level 1</p><p>Level 2</p><p>After.</p>", draft.Articles[0].BodyHtml);
    }

    [Fact]
    public void Content_controls_nested_past_sixteen_levels_are_not_followed_deeper()
    {
        var draft = Read(new DocxFactory().Paragraph("Title", "T").Paragraph("Heading1", "A").ContentControls(20).Text("After.").Build());
        var expected = string.Concat(Enumerable.Range(1, 16).Select(level => $"<p>Level {level}</p>")) + "<p>After.</p>";
        Assert.Equal(expected, draft.Articles[0].BodyHtml);
    }

    [Fact]
    public void Numbered_lists_become_ordered_lists()
    {
        var draft = Read(new DocxFactory().Paragraph("Title", "T").Paragraph("Heading1", "A").ListItem("First", numbered: true).ListItem("Second", numbered: true).Text("Between.").ListItem("Bullet").Build());
        Assert.Equal("<ol><li>First</li><li>Second</li></ol><p>Between.</p><ul><li>Bullet</li></ul>", draft.Articles[0].BodyHtml);
    }

    [Fact]
    public void Core_properties_give_the_title_when_the_text_has_none()
    {
        var draft = Read(new DocxFactory { CoreTitle = "From the properties", CoreCreator = "Jane Doe" }.Paragraph("Heading1", "Article").Text("Body.").Build());
        Assert.Equal("From the properties", draft.Title);
        Assert.Equal(["Jane Doe"], draft.Articles[0].Authors);
    }

    [Fact]
    public void An_author_line_in_the_text_wins_over_the_core_creator()
    {
        var draft = Read(new DocxFactory { CoreCreator = "Someone Else" }.Paragraph("Title", "T").Paragraph("Heading1", "Article").Text("By Jane Doe and John Roe").Text("Body.").Build());
        Assert.Equal(["Jane Doe", "John Roe"], draft.Articles[0].Authors);
    }

    [Fact]
    public void Urdu_paragraphs_are_kept_exactly_and_right_to_left()
    {
        const string urdu = "اردو زبان باکو اسٹیٹ یونیورسٹی میں";
        var draft = Read(new DocxFactory().Paragraph("Title", "T").Paragraph("Heading1", "Urdu").Text(urdu).Text("Bakı Dövlət Universiteti").Build());
        Assert.Equal($"<p dir=\"rtl\">{urdu}</p><p>Bakı Dövlət Universiteti</p>", draft.Articles[0].BodyHtml);
    }
}
