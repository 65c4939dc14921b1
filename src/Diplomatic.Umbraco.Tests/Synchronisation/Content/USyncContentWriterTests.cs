using System.Text;
using System.Xml.Linq;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Synchronisation.Content;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Synchronisation.Content;

public class USyncContentWriterTests
{
    private static readonly Guid RootKey = new("11111111-2222-3333-4444-555555555555");
    private static readonly Guid ChildKey = new("66666666-7777-8888-9999-000000000000");
    private static readonly DateTime Created = new(2017, 1, 1);

    private static ContentNode Tree() => new()
    {
        Key = RootKey,
        ContentTypeAlias = DocumentTypeAliases.Magazine,
        Names = new Dictionary<string, string> { ["en-US"] = "The Diplomatic Insight", ["ur-PK"] = "ڈپلومیٹک انسائٹ" },
        Values = [new(PropertyAliases.Magazine.Tagline, "Diplomacy, defence, development", "en-US")],
        Children =
        [
            new ContentNode
            {
                Key = ChildKey,
                ContentTypeAlias = DocumentTypeAliases.Event,
                Names = new Dictionary<string, string> { ["en-US"] = "Strona Główna visit" },
                Values =
                [
                    new(PropertyAliases.Event.StartDate, "2016-05-14T00:00:00"),
                    new(PropertyAliases.Event.EventType, "[\"State visit\"]"),
                    new(PropertyAliases.Event.Summary, "A <b>visit</b> ]]> with CDATA end", "en-US"),
                ],
            },
        ],
    };

    private static XElement Load(USyncContentFile file) => USyncXml.Load(new MemoryStream(file.Bytes), file.FileName).Root!;

    [SkippableFact]
    public void The_info_block_has_the_same_elements_in_the_same_order_as_a_real_usync_17_content_file()
    {
        SharedCorpus.Require(RepositoryPaths.USyncFixtures);
        var fixture = USyncXml.Load(Path.Combine(RepositoryPaths.USyncFixtures, "SzymonBogunia__AutomotiveInfo", "uSync", "v17", "Content", "225bcefd-b793-4d2b-9b0e-e0f5db282293.config")).Root!;
        var ours = Load(USyncContentWriter.Write([Tree()], Created)[0]);

        Assert.Equal(fixture.Attributes().Select(a => a.Name.LocalName), ours.Attributes().Select(a => a.Name.LocalName));
        Assert.Equal(fixture.Elements().Select(e => e.Name.LocalName), ours.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(fixture.Element("Info")!.Elements().Select(e => e.Name.LocalName), ours.Element("Info")!.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("00000000-0000-0000-0000-000000000000", ours.Element("Info")!.Element("Parent")!.Attribute("Key")!.Value);
    }

    [Fact]
    public void Bytes_are_utf8_with_bom_declaration_lf_and_no_final_newline()
    {
        var bytes = USyncContentWriter.Write([Tree()], Created)[0].Bytes;
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Content Key=\"11111111-2222-3333-4444-555555555555\" Alias=\"The Diplomatic Insight\" Level=\"1\">\n  <Info>", text);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("</Content>", text);
    }

    [Fact]
    public void A_child_has_its_level_parent_path_and_sort_order()
    {
        var files = USyncContentWriter.Write([Tree()], Created);
        var child = Load(files[1]);
        Assert.Equal("2", child.Attribute("Level")!.Value);
        var info = child.Element("Info")!;
        Assert.Equal(RootKey.ToString("D"), info.Element("Parent")!.Attribute("Key")!.Value);
        Assert.Equal("The Diplomatic Insight", info.Element("Parent")!.Value);
        Assert.Equal("/TheDiplomaticInsight/StronaGlownaVisit", info.Element("Path")!.Value);
        Assert.Equal("event", info.Element("ContentType")!.Value);
        Assert.Equal("2017-01-01T00:00:00", info.Element("CreateDate")!.Value);
        Assert.Equal("0", info.Element("SortOrder")!.Value);
        Assert.Equal("strona-główna-visit.config", files[1].FileName);
    }

    [Fact]
    public void Cultures_are_named_and_published_in_order()
    {
        var info = Load(USyncContentWriter.Write([Tree()], Created)[0]).Element("Info")!;
        Assert.Equal("The Diplomatic Insight", info.Element("NodeName")!.Attribute("Default")!.Value);
        Assert.Equal(["en-US", "ur-PK"], info.Element("NodeName")!.Elements("Name").Select(n => n.Attribute("Culture")!.Value));
        Assert.Equal("ڈپلومیٹک انسائٹ", info.Element("NodeName")!.Elements("Name").Last().Value);
        Assert.Equal("true", info.Element("Published")!.Attribute("Default")!.Value);
        Assert.All(info.Element("Published")!.Elements("Published"), p => Assert.Equal("true", p.Value));
    }

    [Fact]
    public void Every_property_of_the_type_is_written_sorted_with_a_value_per_culture_when_it_varies()
    {
        var child = Load(USyncContentWriter.Write([Tree()], Created)[1]);
        var expected = DiplomaticContentModel.AllProperties(DiplomaticContentModel.Event).Select(p => p.Alias).OrderBy(a => a, StringComparer.InvariantCulture);
        var properties = child.Element("Properties")!.Elements().ToList();
        Assert.Equal(expected, properties.Select(p => p.Name.LocalName));
        Assert.Equal("2016-05-14T00:00:00", child.Element("Properties")!.Element("startDate")!.Element("Value")!.Value);
        Assert.Null(child.Element("Properties")!.Element("startDate")!.Element("Value")!.Attribute("Culture"));
        var summary = child.Element("Properties")!.Element("summary")!.Element("Value")!;
        Assert.Equal("en-US", summary.Attribute("Culture")!.Value);
        Assert.Equal("A <b>visit</b> ]]> with CDATA end", summary.Value);
        Assert.Equal(string.Empty, child.Element("Properties")!.Element("location")!.Element("Value")!.Value);
    }

    [Fact]
    public void A_value_for_a_property_the_type_lacks_is_refused()
    {
        var node = Tree() with { Values = [new("noSuchProperty", "x")], Children = [] };
        var e = Assert.Throws<InvalidOperationException>(() => USyncContentWriter.Write([node], Created));
        Assert.Contains("noSuchProperty", e.Message);
    }

    [Fact]
    public void Two_items_with_one_key_are_refused_and_same_names_get_a_key_suffix()
    {
        var twin = Tree().Children[0] with { Key = Guid.Parse("abcdef12-0000-0000-0000-000000000000") };
        var files = USyncContentWriter.Write([Tree() with { Children = [Tree().Children[0], twin] }], Created);
        Assert.Equal("strona-główna-visit_abcdef12.config", files[2].FileName);
        Assert.Throws<InvalidOperationException>(() => USyncContentWriter.Write([Tree() with { Children = [Tree().Children[0], Tree().Children[0]] }], Created));
    }

    [Fact]
    public void Saving_never_overwrites_a_file_that_holds_another_item()
    {
        var folder = Directory.CreateTempSubdirectory("usync-content-").FullName;
        try
        {
            var files = USyncContentWriter.Write([Tree() with { Children = [] }], Created);
            var other = Tree() with { Key = Guid.Parse("99999999-0000-0000-0000-000000000000"), Children = [] };
            USyncContentWriter.Save(USyncContentWriter.Write([other], Created), folder);
            var written = USyncContentWriter.Save(files, folder);
            Assert.EndsWith("the-diplomatic-insight_11111111.config", written.Written[0]);
            Assert.Equal(2, Directory.GetFiles(folder).Length);
            Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_retitled_item_that_kept_its_key_replaces_its_old_file()
    {
        var folder = Directory.CreateTempSubdirectory("usync-content-").FullName;
        try
        {
            var other = Tree() with { Key = Guid.Parse("99999999-0000-0000-0000-000000000000"), Names = new Dictionary<string, string> { ["en-US"] = "Another magazine" }, Children = [] };
            USyncContentWriter.Save(USyncContentWriter.Write([other], Created), folder);
            USyncContentWriter.Save(USyncContentWriter.Write([Tree() with { Children = [] }], Created), folder);
            var retitled = Tree() with { Names = new Dictionary<string, string> { ["en-US"] = "The Diplomatic Insight Quarterly" }, Children = [] };

            var written = USyncContentWriter.Save(USyncContentWriter.Write([retitled], Created), folder);

            Assert.EndsWith("the-diplomatic-insight-quarterly.config", written.Written[0]);
            var names = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "another-magazine.config", "the-diplomatic-insight-quarterly.config" }, names);
            var keys = Directory.GetFiles(folder).Select(f => USyncXml.Load(f).Root!.Attribute("Key")!.Value).ToArray();
            Assert.Equal(keys.Length, keys.Distinct().Count());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Saving_again_writes_nothing_and_says_every_file_is_unchanged()
    {
        using var folder = new TemporaryFolder();
        var files = USyncContentWriter.Write([Tree()], Created);
        var first = USyncContentWriter.Save(files, folder.Path);
        var stamps = Directory.GetFiles(folder.Path).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        foreach (var file in stamps.Keys)
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }

        var second = USyncContentWriter.Save(files, folder.Path);

        Assert.Equal(2, first.Written.Count);
        Assert.Empty(second.Written);
        Assert.Equal(2, second.Unchanged.Count);
        Assert.All(Directory.GetFiles(folder.Path), f => Assert.Equal(2001, File.GetLastWriteTimeUtc(f).Year));
    }

    [Fact]
    public void A_target_that_cannot_be_written_is_found_before_any_file_is_written_and_the_folder_stays_as_it_was()
    {
        using var folder = new TemporaryFolder();
        var before = USyncContentWriter.Save(USyncContentWriter.Write([Tree() with { Children = [] }], Created), folder.Path).Written.Single();
        var old = File.ReadAllBytes(before);
        Directory.CreateDirectory(folder.File("strona-główna-visit.config")); // a folder where the child's file must go
        var changed = Tree() with { Values = [new(PropertyAliases.Magazine.Tagline, "Changed", "en-US")] };

        var plan = USyncContentWriter.Plan(USyncContentWriter.Write([changed], Created), folder.Path);
        var error = Assert.Throws<InvalidOperationException>(() => USyncContentWriter.Save(USyncContentWriter.Write([changed], Created), folder.Path));

        Assert.Contains("a folder is where the file must go", Assert.Single(plan.Errors));
        Assert.Contains("strona-główna-visit.config", error.Message);
        Assert.Equal(old, File.ReadAllBytes(before));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(folder.Path)!, ".diplomatic-import-*"));
    }

    [Fact]
    public void A_file_of_the_same_name_that_is_not_a_readable_usync_file_is_an_error_not_overwritten()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("the-diplomatic-insight.config"), "someone's notes");

        var plan = USyncContentWriter.Plan(USyncContentWriter.Write([Tree()], Created), folder.Path);

        Assert.Contains("is not a uSync content file that can be read", Assert.Single(plan.Errors));
        Assert.Throws<InvalidOperationException>(() => USyncContentWriter.Save(USyncContentWriter.Write([Tree()], Created), folder.Path));
        Assert.Equal("someone's notes", File.ReadAllText(folder.File("the-diplomatic-insight.config")));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("CON", "con-item.config")]
    [InlineData("Nul", "nul-item.config")]
    [InlineData("lpt1", "lpt1-item.config")]
    public void Windows_device_names_get_a_suffix(string name, string expected)
    {
        var node = Tree() with { Names = new Dictionary<string, string> { ["en-US"] = name }, Children = [] };
        Assert.Equal(expected, USyncContentWriter.Write([node], Created)[0].FileName);
    }

    [Fact]
    public void A_long_urdu_title_gives_a_file_name_under_255_bytes_cut_between_letters_and_the_key_is_the_same()
    {
        var title = string.Concat(Enumerable.Repeat("پاکستان اور آذربائیجان کے درمیان دوستی ", 6)).Trim();
        var node = Tree() with { Names = new Dictionary<string, string> { ["ur-PK"] = title }, Children = [] };

        var file = USyncContentWriter.Write([node], Created)[0];

        Assert.True(Encoding.UTF8.GetByteCount(title) > 255);
        Assert.InRange(Encoding.UTF8.GetByteCount(file.FileName), 100, 255 - 9);
        Assert.StartsWith("پاکستان-اور-آذربائیجان", file.FileName);
        Assert.DoesNotContain("\uFFFD", file.FileName);
        Assert.False(file.FileName.EndsWith("-.config", StringComparison.Ordinal));
        Assert.Equal(RootKey, file.Key);
        Assert.Equal(title, Load(file).Element("Info")!.Element("NodeName")!.Element("Name")!.Value);
    }
}
