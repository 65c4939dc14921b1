using System.Net;
using System.Net.Sockets;
using System.Text;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;

namespace Diplomatic.Umbraco.Tests.Importing;

public class WebPageManuscriptReaderTests
{
    private const string Body =
        "<p>ISLAMABAD: Pakistan and Azerbaijan on Monday signed agreements to expand cooperation in energy, transport and trade, officials said after the talks in the capital.</p>"
        + "<p>The two countries aim to raise bilateral trade to two billion dollars within five years, the foreign office said in a statement issued after the meeting.</p>"
        + "<h2>A road map for Baku</h2>"
        + "<p>Officials said a joint working group would meet in Baku next month to prepare the road map, with the first projects in gas and rail expected next year.</p>"
        + "<p>Both sides also agreed to open a direct flight between Lahore and Baku and to ease visas for business travellers, students and tourists.</p>";

    // A page as the browser saves it: menus, breadcrumbs, a share bar, a sidebar, related links and a footer around the article.
    private static string Page(string body = Body, string extraHead = "") => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Pakistan and Azerbaijan agree to expand trade | The Daily Example</title>
        <meta name="author" content="Ayesha Khan">
        <meta property="article:published_time" content="2024-03-04T09:00:00+05:00">
        {{extraHead}}
        </head><body>
        <header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>
        <div class="breadcrumb"><a href="/">Home</a> » <a href="/world">World</a> » Asia</div>
        <main><article class="post">
        <h1 class="entry-title">Pakistan and Azerbaijan agree to expand trade</h1>
        <div class="byline">By <a rel="author" href="/author/ayesha">Ayesha Khan</a> <time datetime="2024-03-04">March 4, 2024</time></div>
        <div class="share"><ul><li><a href="https://facebook.com/share">Share</a></li><li><a href="https://twitter.com/intent">Tweet</a></li></ul></div>
        <div class="entry-content">{{body}}</div>
        </article>
        <aside class="sidebar"><h3>Most Popular</h3><ul><li><a href="/a">Floods hit northern districts</a></li><li><a href="/b">Cricket board names new captain</a></li></ul></aside>
        </main>
        <footer><p>© 2024 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    private static BookletDraft Read(string html, string file = "page.html") =>
        new ManuscriptReader(new ImportingOptions()).Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), file);

    [Fact]
    public void Title_byline_date_and_main_content_come_from_the_page_structure_and_the_chrome_goes()
    {
        var draft = Read(Page());

        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.Equal("Pakistan and Azerbaijan agree to expand trade", draft.Title);
        var article = Assert.Single(draft.Articles);
        Assert.Equal(["Ayesha Khan"], article.Authors);
        Assert.Equal(new DateTime(2024, 3, 4), draft.PublishDate);
        Assert.StartsWith("<p>ISLAMABAD: Pakistan and Azerbaijan", article.BodyHtml);
        Assert.Contains("<h2>A road map for Baku</h2>", article.BodyHtml);
        Assert.EndsWith("students and tourists.</p>", article.BodyHtml);
        foreach (var chrome in new[] { "Most Popular", "Floods", "Privacy", "Tweet", "Business", "All rights reserved", "entry-title", "<div", "class=" })
        {
            Assert.DoesNotContain(chrome, article.BodyHtml);
        }

        Assert.Equal(["Azerbaijan", "Pakistan"], draft.Countries.Order());
    }

    [Fact]
    public void Nothing_is_ever_fetched_not_images_scripts_styles_frames_nor_the_page_itself()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var origin = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var page = Page(
            Body + $"<p><img src=\"{origin}/photo.jpg\" alt=\"photo\"> <iframe src=\"{origin}/video\"></iframe></p>",
            $"<link rel=\"stylesheet\" href=\"{origin}/site.css\"><script src=\"{origin}/app.js\"></script><meta property=\"og:image\" content=\"{origin}/og.jpg\"><link rel=\"amphtml\" href=\"{origin}/amp\">");

        var draft = Read(page);

        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.False(listener.Pending(), "the reader connected to the page's server");
        Assert.DoesNotContain("127.0.0.1", draft.Articles[0].BodyHtml);
        Assert.Contains(draft.Problems, p => p.Message.Contains("image(s), video(s), embed(s) or form control(s) of the page", StringComparison.Ordinal));
    }

    [Fact]
    public void Event_handlers_in_the_article_are_refused_like_in_every_manuscript_and_script_links_never_survive()
    {
        var draft = Read(Page(Body + "<p>Read <a href=\"javascript:alert(1)\">the statement</a> and <img src=x onerror=alert(1)> the photos of the signing ceremony.</p>"));

        Assert.Contains(draft.Problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains("<img> element with onerror=", StringComparison.Ordinal));
        Assert.DoesNotContain("javascript:", draft.Articles[0].BodyHtml); // Readability turns script links into their text
    }

    [Fact]
    public void A_page_without_an_article_is_one_clear_error()
    {
        var draft = Read("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>", "menu.htm");
        Assert.Equal("menu.htm: error: no article was found in this web page (too little text in one place); save the article's own page, or paste its text into a .txt file", Assert.Single(draft.Problems, p => p.Severity == ProblemSeverity.Error).ToString());
    }

    [Fact]
    public void The_backoffice_upload_and_the_reader_accept_html_and_htm()
    {
        Assert.Contains("html", DiplomaticDataTypes.ManuscriptExtensions);
        Assert.Contains("htm", DiplomaticDataTypes.ManuscriptExtensions);
        Assert.All(DiplomaticDataTypes.ManuscriptExtensions, e => Assert.Contains("." + e, ManuscriptReader.Extensions));
    }
}
