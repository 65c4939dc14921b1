using Diplomatic.Magazine;
using Diplomatic.Umbraco.Delivery.Models;
using Microsoft.AspNetCore.Http;

namespace Diplomatic.Umbraco.Tests.Magazine;

/// <summary>The page head carries what editors wrote on the SEO tab, encoded, for any type with the SEO composition.</summary>
public sealed class MagazineHeadTests
{
    private static readonly PageContext View = new(new MagazineOptions(), new DefaultHttpContext().Request, new Uri("https://cms.example.org/"));

    public static TheoryData<ISeoProperties> SeoTypes() =>
    [
        new MagazineProperties(),
        new BookletProperties(),
        new ArticleProperties(),
    ];

    [Theory]
    [MemberData(nameof(SeoTypes))]
    public void The_seo_tab_sets_title_description_robots_and_social_card(ISeoProperties seo)
    {
        seo.MetaTitle = "Pakistan & Azerbaijan: 25 years";
        seo.MetaDescription = "Trade, \"energy\" and <education>";
        seo.NoIndex = true;
        seo.SocialImage = [new DeliveryMedia { Name = "card", Url = "/media/card.jpg" }];

        var html = Html.Layout(View, "Azerbaijan-Pakistan Relations", "<p>body</p>", seo);

        Assert.Contains("<title>Pakistan &amp; Azerbaijan: 25 years</title>", html);
        Assert.Contains("<meta name=\"description\" content=\"Trade, &quot;energy&quot; and &lt;education&gt;\">", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.Contains("<meta property=\"og:image\" content=\"https://cms.example.org/media/card.jpg\">", html);
    }

    [Fact]
    public void An_empty_seo_tab_falls_back_to_the_page_name_and_says_nothing_else()
    {
        var html = Html.Layout(View, "Azerbaijan-Pakistan Relations", "<p>body</p>", new ArticleProperties());

        Assert.Contains("<title>Azerbaijan-Pakistan Relations | The Diplomatic Insight</title>", html);
        Assert.DoesNotContain("name=\"description\"", html);
        Assert.DoesNotContain("name=\"robots\"", html);
        Assert.DoesNotContain("og:image", html);
    }
}
