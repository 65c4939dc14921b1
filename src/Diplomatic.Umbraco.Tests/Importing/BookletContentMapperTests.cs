using System.Text.Json;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Installation;

namespace Diplomatic.Umbraco.Tests.Importing;

public class BookletContentMapperTests
{
    private static BookletDraft Read() => new ManuscriptReader(new ImportingOptions()).ReadFile(ImportingPaths.FirstBooklet);

    private static IEnumerable<ContentNode> All(ContentNode node) => node.Children.SelectMany(All).Prepend(node);

    [Fact]
    public void Uuid5_matches_the_rfc_test_vector()
    {
        // RFC 9562, appendix A.4: the DNS namespace and "www.example.com".
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), Slugs.Uuid5(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
    }

    [Fact]
    public void Reading_the_same_manuscript_twice_gives_the_same_keys_and_all_keys_differ()
    {
        var first = All(BookletContentMapper.ToTree(Read())).Select(n => n.Key).ToList();
        var second = All(BookletContentMapper.ToTree(Read())).Select(n => n.Key).ToList();
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Equal(1 + 1 + 1 + 1 + 1 + 8 + 7, first.Count);
    }

    [Fact]
    public void A_renamed_booklet_slug_gives_other_keys_but_the_same_authors()
    {
        var draft = Read();
        var original = BookletContentMapper.Booklet(draft);
        draft.ExplicitSlug = "another-booklet";
        var renamed = BookletContentMapper.Booklet(draft);
        Assert.NotEqual(original.Key, renamed.Key);
        Assert.Empty(original.Children.Select(c => c.Key).Intersect(renamed.Children.Select(c => c.Key)));
        Assert.Equal(original.Values.Single(v => v.Alias == PropertyAliases.Publishing.Authors).Value, renamed.Values.Single(v => v.Alias == PropertyAliases.Publishing.Authors).Value);
    }

    [Fact]
    public void The_tree_is_magazine_authors_and_booklet_with_articles_then_fact_boxes_then_events()
    {
        var root = BookletContentMapper.ToTree(Read());
        Assert.Equal(DocumentTypeAliases.Magazine, root.ContentTypeAlias);
        Assert.Equal("The Diplomatic Insight", root.Names["en-US"]);
        Assert.Equal([DocumentTypeAliases.Authors, DocumentTypeAliases.Booklet], root.Children.Select(c => c.ContentTypeAlias));
        Assert.Equal("Muhammad Asif Noor", Assert.Single(root.Children[0].Children).Names["en-US"]);
        var kinds = root.Children[1].Children.Select(c => c.ContentTypeAlias).ToList();
        Assert.Equal(kinds.OrderBy(k => k == DocumentTypeAliases.Article ? 0 : k == DocumentTypeAliases.FactBox ? 1 : 2), kinds);
        foreach (var node in All(root))
        {
            var parentType = All(root).FirstOrDefault(p => p.Children.Contains(node))?.ContentTypeAlias;
            if (parentType is not null)
            {
                Assert.Contains(node.ContentTypeAlias, DiplomaticContentModel.DocumentType(parentType).AllowedChildren);
            }
        }
    }

    [Fact]
    public void Stored_values_have_the_shapes_umbraco_stores()
    {
        var nodes = All(BookletContentMapper.ToTree(Read())).ToList();
        foreach (var node in nodes)
        {
            var properties = DiplomaticContentModel.AllProperties(DiplomaticContentModel.DocumentType(node.ContentTypeAlias)).ToDictionary(p => p.Alias);
            foreach (var value in node.Values)
            {
                var property = properties[value.Alias];
                Assert.Equal(property.VariesByCulture, value.Culture is not null);
                switch (property.DataType.EditorAlias)
                {
                    case "Umbraco.RichText":
                        using (var json = JsonDocument.Parse(value.Value))
                        {
                            Assert.StartsWith("<", json.RootElement.GetProperty("markup").GetString());
                            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("blocks").ValueKind);
                        }

                        break;
                    case "Umbraco.DropDown.Flexible" or "Umbraco.Tags":
                        var items = JsonSerializer.Deserialize<string[]>(value.Value)!;
                        Assert.NotEmpty(items);
                        if (property.DataType.Configuration.TryGetValue("items", out var allowed))
                        {
                            Assert.All(items, i => Assert.Contains(i, (string[])allowed!));
                        }

                        break;
                    case "Umbraco.DateTime":
                        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00:00$", value.Value);
                        break;
                    case "Umbraco.MultiNodeTreePicker":
                        Assert.Matches(@"^umb://document/[0-9a-f]{32}(,umb://document/[0-9a-f]{32})*$", value.Value);
                        var keys = value.Value.Split(',').Select(u => Guid.ParseExact(u["umb://document/".Length..], "N"));
                        Assert.All(keys, k => Assert.Contains(nodes, n => n.Key == k));
                        break;
                    case "Umbraco.RadioButtonList":
                        Assert.Contains(value.Value, (string[])property.DataType.Configuration["items"]!);
                        break;
                    case "Umbraco.Decimal" or "Umbraco.Label":
                        Assert.Matches(@"^\d+(\.\d+)?$", value.Value);
                        break;
                }
            }
        }
    }

    [Fact]
    public void The_article_reading_time_is_computed_from_its_body()
    {
        var article = All(BookletContentMapper.ToTree(Read())).Single(n => n.ContentTypeAlias == DocumentTypeAliases.Article);
        var body = JsonDocument.Parse(article.Values.Single(v => v.Alias == PropertyAliases.Article.Body).Value).RootElement.GetProperty("markup").GetString()!;
        var words = Regex.Matches(Regex.Replace(body, "<[^>]+>", " "), @"[\p{L}\p{N}][^\s—–/]*").Count;
        Assert.InRange(words, 1300, 1500);
        Assert.Equal(((words + 237) / 238).ToString(), article.Values.Single(v => v.Alias == PropertyAliases.Article.ReadingTime).Value);
    }
}
