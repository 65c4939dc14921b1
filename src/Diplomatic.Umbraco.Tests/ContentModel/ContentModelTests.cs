using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.ContentModel;

public class ContentModelTests
{
    [Fact]
    public void The_model_satisfies_its_invariants()
    {
        Assert.Empty(ContentModelValidator.Validate());
    }

    [Fact]
    public void Every_document_type_varies_by_culture()
    {
        Assert.All(DiplomaticContentModel.DocumentTypes, t => Assert.True(t.VariesByCulture, t.Alias));
    }

    [Theory]
    [InlineData(DocumentTypeAliases.Magazine, new[] { DocumentTypeAliases.Booklet, DocumentTypeAliases.Article, DocumentTypeAliases.Event, DocumentTypeAliases.FactBox, DocumentTypeAliases.Authors })]
    [InlineData(DocumentTypeAliases.Booklet, new[] { DocumentTypeAliases.Article, DocumentTypeAliases.FactBox, DocumentTypeAliases.Event })]
    [InlineData(DocumentTypeAliases.Authors, new[] { DocumentTypeAliases.Author })]
    public void Structure_matches_the_magazine(string alias, string[] children)
    {
        Assert.Equal(children, DiplomaticContentModel.DocumentType(alias).AllowedChildren);
    }

    [Fact]
    public void Only_the_magazine_is_allowed_at_root()
    {
        Assert.Equal([DocumentTypeAliases.Magazine], DiplomaticContentModel.DocumentTypes.Where(t => t.AllowAtRoot).Select(t => t.Alias));
    }

    [Fact]
    public void Text_varies_by_culture_and_dates_numbers_pickers_countries_and_topics_do_not()
    {
        string[] textEditors = ["Umbraco.TextBox", "Umbraco.TextArea", "Umbraco.RichText", "Umbraco.MultipleTextstring"];
        foreach (var type in DiplomaticContentModel.DocumentTypes)
        {
            foreach (var property in type.Properties)
            {
                var isText = textEditors.Contains(property.DataType.EditorAlias);
                Assert.True(isText == property.VariesByCulture || property.Alias == PropertyAliases.Article.ReadingTime || property.Alias == PropertyAliases.Booklet.Manuscript,
                    $"{type.Alias}.{property.Alias} ({property.DataType.EditorAlias}) varies={property.VariesByCulture}");
            }
        }
    }

    [Fact]
    public void Fact_box_headline_and_statement_and_event_start_date_are_mandatory()
    {
        Assert.True(DiplomaticContentModel.FactBox.Property(PropertyAliases.FactBox.Headline).Mandatory);
        Assert.True(DiplomaticContentModel.FactBox.Property(PropertyAliases.FactBox.Statement).Mandatory);
        Assert.True(DiplomaticContentModel.Event.Property(PropertyAliases.Event.StartDate).Mandatory);
        Assert.False(DiplomaticContentModel.Event.Property(PropertyAliases.Event.EndDate).Mandatory);
    }

    [Fact]
    public void Pickers_point_at_the_model_types_they_name()
    {
        Assert.Equal(DocumentTypeKeys.FactBox.ToString(), DiplomaticDataTypes.FactBoxPicker.Configuration["filter"]);
        Assert.Equal(DocumentTypeKeys.Article.ToString(), DiplomaticDataTypes.ArticlePicker.Configuration["filter"]);
        Assert.Equal(DocumentTypeKeys.Author.ToString(), DiplomaticDataTypes.AuthorPicker.Configuration["filter"]);
    }

    [Fact]
    public void The_country_list_holds_all_249_iso_countries()
    {
        var items = (string[])DiplomaticDataTypes.Countries.Configuration["items"]!;
        Assert.Equal(249, items.Length);
        Assert.Contains("Azerbaijan", items);
        Assert.Contains("Pakistan", items);
        Assert.True(IsoCountries.TryFind("az", out var az) && az.Name == "Azerbaijan");
        Assert.True(IsoCountries.TryFind("PAKISTAN", out var pk) && pk.Alpha2 == "PK");
        Assert.False(IsoCountries.TryFind("Narnia", out _));
    }

    [Fact]
    public void Validator_reports_a_reserved_alias_a_duplicate_key_a_missing_tab_and_a_cycle()
    {
        var a = DiplomaticContentModel.Article;
        var broken = a with
        {
            Key = DocumentTypeKeys.Booklet,
            Compositions = [DocumentTypeAliases.Bilateral, "loopB"],
            Properties = [a.Properties[0] with { Alias = "sortOrder" }, a.Properties[1] with { ContainerAlias = "nowhere" }],
        };
        var loopB = DiplomaticContentModel.Seo with { Key = Guid.NewGuid(), Alias = "loopB", Compositions = ["loopC"], Containers = [], Properties = [] };
        var loopC = DiplomaticContentModel.Seo with { Key = Guid.NewGuid(), Alias = "loopC", Compositions = ["loopB"], Containers = [], Properties = [] };
        var types = DiplomaticContentModel.DocumentTypes.Where(t => t.Alias != a.Alias).Append(broken).Append(loopB).Append(loopC).ToList();

        var problems = ContentModelValidator.Validate(types);

        Assert.Contains(problems, p => p.Contains("reuses key") && p.Contains("booklet"));
        Assert.Contains(problems, p => p.Contains("article.sortOrder") && p.Contains("reserved"));
        Assert.Contains(problems, p => p.Contains("article.body") && p.Contains("'nowhere'"));
        Assert.Contains(problems, p => p.Contains("cyclic") && p.Contains("loopB -> loopC -> loopB"));
    }

    [Theory]
    [InlineData("978-0-306-40615-7", true)]
    [InlineData("0-306-40615-2", true)]
    [InlineData("ISBN 978-0-306-40615-7", true)]
    [InlineData("080442957X", true)]
    [InlineData("978-0-306-40615-8", false)]
    [InlineData("12345", false)]
    [InlineData("", false)]
    public void Isbn_checks_the_check_digit(string isbn, bool valid)
    {
        Assert.Equal(valid, Isbn.IsValid(isbn));
    }

    [Fact]
    public void Content_factory_builds_real_content_with_composition_properties()
    {
        var article = ContentFactory.Content(DocumentTypeAliases.Article, "Relations", null, "en-US", "az-Latn-AZ");
        article.SetValue(PropertyAliases.Article.Standfirst, "Lead", "az-Latn-AZ");
        article.SetValue(PropertyAliases.Bilateral.Countries, "[\"Azerbaijan\",\"Pakistan\"]");

        Assert.Equal("Lead", article.GetValue<string>(PropertyAliases.Article.Standfirst, "az-Latn-AZ"));
        Assert.Null(article.GetValue<string>(PropertyAliases.Article.Standfirst, "en-US"));
        Assert.Equal("[\"Azerbaijan\",\"Pakistan\"]", article.GetValue<string>(PropertyAliases.Bilateral.Countries));
        Assert.Equal(DiplomaticContentModel.AllProperties(DiplomaticContentModel.Article).Count(), article.Properties.Count);
    }

    [Fact]
    public void Every_tab_alias_is_what_Umbraco_derives_from_the_tab_name()
    {
        // Umbraco 14+ takes no tab alias when types are created through its services or the backoffice: it derives
        // one from the name, and uSync exports that. A different alias in the model would drift on every site.
        var helper = new global::Umbraco.Cms.Core.Strings.DefaultShortStringHelper(
            new global::Umbraco.Cms.Core.Strings.DefaultShortStringHelperConfig().WithDefault(new global::Umbraco.Cms.Core.Configuration.Models.RequestHandlerSettings()));
        foreach (var type in DiplomaticContentModel.DocumentTypes)
        {
            foreach (var tab in type.Containers)
            {
                Assert.Equal(global::Umbraco.Extensions.StringExtensions.ToSafeAlias(tab.Name, helper, true), tab.Alias);
            }
        }
    }
}
