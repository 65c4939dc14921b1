using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing.ReadingTime;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.IntegrationTests.Importing;

/// <summary>An article's reading time on the real site: computed on every save, per culture, from that culture's body.</summary>
[Collection(RebootedSiteCollection.Name)]
public sealed class ReadingTimeTests
{
    private readonly RebootedSite _site;

    public ReadingTimeTests(RebootedSite site) => _site = site;

    [Fact]
    public async Task Each_culture_gets_the_reading_time_of_its_own_body_after_each_save()
    {
        await _site.EnsureUrduAsync();

        var booklet = await ManuscriptUploads.CreateBookletAsync(_site, "Reading time booklet");
        var key = Guid.NewGuid();
        var editing = _site.Get<IContentEditingService>();
        var saved = await editing.CreateAsync(
            new ContentCreateModel
            {
                Key = key,
                ContentTypeKey = DiplomaticContentModel.Article.Key,
                ParentKey = booklet,
                Variants = [new VariantModel { Culture = "en-US", Name = "A long read" }, new VariantModel { Culture = "ur-PK", Name = "ایک مختصر مضمون" }],
                Properties = [Body("en-US", 1200), Body("ur-PK", 100)],
            },
            Constants.Security.SuperUserKey);
        Assert.Equal(ContentEditingOperationStatus.Success, saved.Status);
        AssertReadingTimes(key, 1200, 100);

        var updated = await editing.UpdateAsync(
            key,
            new ContentUpdateModel
            {
                Variants = [new VariantModel { Culture = "en-US", Name = "A long read" }, new VariantModel { Culture = "ur-PK", Name = "ایک مختصر مضمون" }],
                Properties = [Body("en-US", 300), Body("ur-PK", 700)],
            },
            Constants.Security.SuperUserKey);
        Assert.Equal(ContentEditingOperationStatus.Success, updated.Status);
        AssertReadingTimes(key, 300, 700);
    }

    private void AssertReadingTimes(Guid key, int englishWords, int urduWords)
    {
        var article = _site.Get<IContentService>().GetById(key)!;
        foreach (var (culture, words) in new[] { ("en-US", englishWords), ("ur-PK", urduWords) })
        {
            var body = article.GetValue<string>(P.Article.Body, culture)!;
            Assert.Equal(ReadingTimeCalculator.Minutes(body), article.GetValue<int>(P.Article.ReadingTime, culture));
            Assert.Equal((int)Math.Ceiling(words / (double)ReadingTimeCalculator.DefaultWordsPerMinute), article.GetValue<int>(P.Article.ReadingTime, culture));
        }
    }

    private static PropertyValueModel Body(string culture, int words) => new()
    {
        Alias = P.Article.Body,
        Culture = culture,
        Value = new JsonObject { ["markup"] = "<p>" + string.Join(" ", Enumerable.Repeat(culture == "ur-PK" ? "لفظ" : "word", words)) + "</p>", ["blocks"] = null },
    };
}
