using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.Delivery.Models;
using Diplomatic.Umbraco.Delivery.Pages;
using Diplomatic.Umbraco.Print;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Print;

/// <summary>The print view's HTML from models (no browser): what is encoded, linked and turned.</summary>
public sealed class BookletPrintViewTests
{
    [Fact]
    public void Text_from_the_api_is_encoded_and_only_web_links_are_kept()
    {
        var factBox = new FactBox { Id = Guid.NewGuid(), Name = "f", Properties = new FactBoxProperties { Headline = "<b>bold</b>", Source = "S", SourceLink = [new DeliveryLink { Url = "javascript:alert(1)", LinkType = "External" }] } };
        var article = new Article { Id = Guid.NewGuid(), Name = "</title><script>x()</script>", Properties = new ArticleProperties { FactBoxes = [factBox] } };
        var booklet = new Booklet { Name = "A & B \"<i>\"", Properties = new BookletProperties { Publishers = ["P<1>"] } };

        var html = BookletPrintView.Render(new BookletPage(booklet, [article], [factBox], []), new PrintEdition("en-US"));

        Assert.Contains("<title>A &amp; B &quot;&lt;i&gt;&quot;</title>", html);
        Assert.DoesNotContain("<script>x()", html);
        Assert.DoesNotContain("<b>bold</b>", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("<p class=\"source\">Source: S</p>", html);
        Assert.Contains($"href=\"#{BookletPrintView.ArticleAnchor(article)}\"", html);
        Assert.Contains($"<article id=\"{BookletPrintView.ArticleAnchor(article)}\"", html);
        Assert.DoesNotContain("id=\"facts\"", html); // the only fact box is with its article
        Assert.DoesNotContain("id=\"timeline\"", html); // no events, no timeline chapter
    }

    [Fact]
    public void The_cover_image_is_loaded_from_the_cms_and_the_imprint_has_the_isbn_and_the_publish_date()
    {
        var booklet = new Booklet
        {
            Name = "B",
            CreateDate = new DateTime(2017, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            Properties = new BookletProperties
            {
                CoverImage = [new DeliveryMedia { Name = "Cover", Url = "/media/abc/cover.jpg", Width = 1200, Height = 1700 }],
                Isbn = "978-969-0000-00-0",
                PublishDate = new DateTime(2017, 5, 14),
                Publishers = ["A", "B"],
            },
        };

        var html = BookletPrintView.Render(new BookletPage(booklet, [], [], []), new PrintEdition("en-US", MediaBase: new Uri("https://cms.example.org/")));

        Assert.Contains("<img class=\"cover-image\" src=\"https://cms.example.org/media/abc/cover.jpg\" alt=\"Cover\" width=\"1200\" height=\"1700\">", html);
        Assert.Contains("<p class=\"isbn\">ISBN 978-969-0000-00-0</p>", html);
        Assert.Contains("<p>Published <time datetime=\"2017-05-14\">14 May 2017</time></p>", html);
        Assert.Contains("<p class=\"copyright\">&#xA9; 2017 A and B. All rights reserved.</p>", html);
    }

    [Fact]
    public void A_fact_box_no_article_picks_gets_a_facts_chapter_listed_in_the_contents()
    {
        var loose = new FactBox { Id = Guid.NewGuid(), Name = "Loose", Properties = new FactBoxProperties { Headline = "Loose fact" } };
        var html = BookletPrintView.Render(new BookletPage(new Booklet { Name = "B" }, [], [loose], []), new PrintEdition("en-US", PaperSize.Letter));

        Assert.Contains("<a class=\"contents-entry\" href=\"#facts\"><span class=\"contents-title\">Facts</span></a>", html);
        Assert.Matches("<section id=\"facts\" class=\"chapter facts\"><h2 class=\"chapter-title\">Facts</h2><aside class=\"fact-box\" role=\"note\"><h3 class=\"fact-headline\">Loose fact</h3>", html);
        Assert.Contains("@page{size:letter;", html);
    }

    [Theory]
    [InlineData("ur-PK", "rtl")]
    [InlineData("en-US", "ltr")]
    [InlineData("ar", "rtl")]
    public void The_direction_follows_the_editions_language(string culture, string direction)
    {
        var html = BookletPrintView.Render(new BookletPage(new Booklet { Name = "B" }, [], [], []), new PrintEdition(culture));

        Assert.StartsWith($"<!DOCTYPE html><html lang=\"{culture}\" dir=\"{direction}\">", html);
        Assert.Equal(direction == "rtl", html.Contains(".pagedjs_pages{direction:ltr}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_vendored_paged_js_is_the_file_its_readme_names()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Diplomatic.Umbraco.Print", "PagedJs", "README.md"));
        var pinned = Regex.Match(readme, "SHA-256 of the file: `([0-9a-f]{64})`").Groups[1].Value;

        Assert.Equal(pinned, Convert.ToHexStringLower(SHA256.HashData(PagedJs.Script.Span)));
        Assert.StartsWith($"/**\n * @license Paged.js v{PagedJs.Version} | MIT", System.Text.Encoding.UTF8.GetString(PagedJs.Script.Span[..60]));
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "src", "Diplomatic.Umbraco.Print", "PagedJs", "LICENSE.md")));
    }
}
