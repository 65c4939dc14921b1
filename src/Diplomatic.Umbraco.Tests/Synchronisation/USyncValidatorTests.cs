using System.Text;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Synchronisation;

public class USyncValidatorTests
{
    private static readonly USyncValidationOptions Plugin = new() { PluginMode = true };
    private static readonly USyncValidationOptions External = new() { AllowExternalReferences = true };

    public static TheoryData<string, string[], int> RealFolders => new()
    {
        {
            USyncTestFolders.Automotive,
            [
                "ContentTypes/2f105451-1c2e-4804-a7ba-d1c0163893e7.config(61): warning: property 'lead' says Type \"Umbraco.TextBox\" but its data type 'Textarea (built in)' uses Umbraco.TextArea [editor-mismatch]",
                "ContentTypes/3f1e0dc6-ce22-41fd-8943-acb331787591.config(84): warning: property 'heroLead' says Type \"Umbraco.TextBox\" but its data type 'Textarea (built in)' uses Umbraco.TextArea [editor-mismatch]",
            ],
            13
        },
        { USyncTestFolders.Aesys, [], 6 },
        { USyncTestFolders.Kcc, [], 5 },
    };

    [SkippableTheory]
    [MemberData(nameof(RealFolders))]
    public void Every_real_uSync_17_folder_validates_without_errors_when_external_references_are_accepted(string fixture, string[] warnings, int unresolved)
    {
        SharedCorpus.Require(RepositoryPaths.USyncFixtures);
        var problems = USyncValidator.ValidateFolder(USyncTestFolders.Fixture(fixture), External);

        Assert.DoesNotContain(problems, p => p.Severity == USyncSeverity.Error);
        Assert.Equal(warnings, problems.Where(p => p.Severity == USyncSeverity.Warning).Select(p => p.Format()));
        Assert.Equal(unresolved, problems.Count(p => p.Severity == USyncSeverity.Info));
        Assert.All(problems.Where(p => p.Severity == USyncSeverity.Info), p => Assert.Equal("unresolved", p.Code));
    }

    [SkippableTheory]
    [MemberData(nameof(RealFolders))]
    public void Without_accepting_external_references_exactly_the_unresolved_ones_are_errors(string fixture, string[] warnings, int unresolved)
    {
        SharedCorpus.Require(RepositoryPaths.USyncFixtures);
        var problems = USyncValidator.ValidateFolder(USyncTestFolders.Fixture(fixture));

        Assert.Equal(unresolved, problems.Count(p => p.Severity == USyncSeverity.Error));
        Assert.All(problems.Where(p => p.Severity == USyncSeverity.Error), p => Assert.Equal("unresolved", p.Code));
        Assert.Equal(warnings.Length, problems.Count(p => p.Severity == USyncSeverity.Warning));
    }

    [SkippableFact]
    public void A_hand_maintained_file_copied_into_a_real_folder_is_caught_where_it_differs_from_uSync()
    {
        SharedCorpus.Require(RepositoryPaths.USyncFixtures);
        // Aesys keeps code-first .config files and copies them into uSync/v17/ContentTypes at build time.
        using var folder = USyncTestFolders.CopyOf(USyncTestFolders.Fixture(USyncTestFolders.Aesys));
        Directory.CreateDirectory(folder.File("ContentTypes"));
        File.Copy(USyncTestFolders.Fixture(USyncTestFolders.Cabinets), folder.File("ContentTypes/cabinets.config"));

        var problems = USyncValidator.ValidateFolder(folder.Path, External);

        Assert.Equal(
            [
                "ContentTypes/cabinets.config(2): error: Level is 3 but the type sits in folder 'Shared' (depth 1); uSync writes Level=\"2\" [wrong-level]",
                "ContentTypes/cabinets.config(7): warning: Info/Description is in a CDATA section; uSync writes it as plain text [format]",
            ],
            problems.Where(p => p.Severity > USyncSeverity.Info).Select(p => p.Format()));
        // two compositions and one Block List data type of cabinets; five of the six block element types of
        // BLStandardPage (the sixth is cabinets itself, an element type)
        Assert.Equal(8, problems.Count(p => p.Code == "unresolved"));
    }

    public sealed record Damage(string Name, Action<TemporaryFolder> Apply, string File, string Code, string? LineMarker, bool PluginMode = true)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Damage> Damages => new()
    {
        new("truncated XML", f => Truncate(f, "ContentTypes/booklet.config"), "ContentTypes/booklet.config", "unreadable", null),
        new("DOCTYPE with an external entity", f => Replace(f, "ContentTypes/event.config", "<ContentType ",
                "<!DOCTYPE ContentType [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<ContentType "),
            "ContentTypes/event.config", "unreadable", "<!DOCTYPE"),
        new("duplicate key", f => Copy(f, "ContentTypes/article.config", "ContentTypes/zz-article.config", "Alias=\"article\"", "Alias=\"articleCopy\""),
            "ContentTypes/zz-article.config", "duplicate-key", "<ContentType "),
        new("duplicate alias", f => Copy(f, "ContentTypes/factbox.config", "ContentTypes/zz-factbox.config", DocumentTypeKeys.FactBox.ToString(), Guid.NewGuid().ToString()),
            "ContentTypes/zz-factbox.config", "duplicate-alias", "<ContentType "),
        new("missing data type", f => File.Delete(f.File("DataTypes/DiplomaticFigure.config")),
            "ContentTypes/factbox.config", "unresolved", $"<Definition>{DiplomaticDataTypes.Figure.Key}"),
        new("unknown tab", f => Replace(f, "ContentTypes/article.config", "<Tab Alias=\"related\">", "<Tab Alias=\"relatd\">"),
            "ContentTypes/article.config", "unknown-tab", "Alias=\"relatd\""),
        new("cyclic composition", f => Replace(f, "ContentTypes/diplomaticseo.config", "<Compositions />",
                $"<Compositions><Composition Key=\"{DocumentTypeKeys.Booklet}\">booklet</Composition></Compositions>"),
            "ContentTypes/diplomaticseo.config", "cyclic-composition", "<ContentType "),
        new("missing composition", f => File.Delete(f.File("ContentTypes/diplomaticseo.config")),
            "ContentTypes/magazine.config", "unresolved", ">diplomaticSeo</Composition>"),
        new("missing allowed child", f => File.Delete(f.File("ContentTypes/author.config")),
            "ContentTypes/authors.config", "unresolved", ">author</ContentType>"),
        new("wrong root element", f => Replace(f, "DataTypes/DiplomaticFigure.config", "DataType", "ContentType"),
            "DataTypes/DiplomaticFigure.config", "wrong-root", "<ContentType "),
        new("bad Level", f => Replace(f, "ContentTypes/booklet.config", "Level=\"2\"", "Level=\"3\""),
            "ContentTypes/booklet.config", "wrong-level", "Level=\"3\""),
        new("invalid key", f => Replace(f, "ContentTypes/author.config", $"Key=\"{DocumentTypeKeys.Author}\" Alias", "Key=\"not-a-guid\" Alias"),
            "ContentTypes/author.config", "invalid-key", "Key=\"not-a-guid\""),
        new("missing key", f => Replace(f, "ContentTypes/author.config", $"Key=\"{DocumentTypeKeys.Author}\" Alias", "Alias"),
            "ContentTypes/author.config", "missing-key", "<ContentType "),
        new("empty alias", f => Replace(f, "ContentTypes/factbox.config", "Alias=\"factBox\" Level", "Alias=\"\" Level"),
            "ContentTypes/factbox.config", "empty-alias", "<ContentType "),
        new("variant property on an invariant type", f => Replace(f, "ContentTypes/factbox.config", "<Variations>Culture</Variations>", "<Variations>Nothing</Variations>", once: true),
            "ContentTypes/factbox.config", "variant-on-invariant", "<Variations>Culture</Variations>"),
        new("built-in data type file in plugin mode", f => File.WriteAllBytes(f.File("DataTypes/Textstring.config"), USyncXml.ToBytes(USyncSchemaWriter.DataType(BuiltInDataTypes.Textstring))),
            "DataTypes/Textstring.config", "built-in-data-type", "<DataType "),
        new("delete marker in plugin mode", f => File.WriteAllText(f.File("ContentTypes/old.config"), $"<Empty Key=\"{Guid.NewGuid()}\" Alias=\"old\" Change=\"Delete\" />"),
            "ContentTypes/old.config", "delete-marker", "<Empty "),
        new("data type without an editor", f => Replace(f, "DataTypes/DiplomaticTopics.config", "<EditorAlias>Umbraco.Tags</EditorAlias>", "<EditorAlias></EditorAlias>"),
            "DataTypes/DiplomaticTopics.config", "missing-editor", "<EditorAlias>"),
        new("invalid config JSON", f => Replace(f, "DataTypes/DiplomaticTopics.config", "\"topics\",", "\"topics\""),
            "DataTypes/DiplomaticTopics.config", "config-json", "<Config>"),
        new("block element type missing", f => WriteBlockList(f, Guid.Parse("0f5a5a4e-9a1b-4c55-8a43-1b6f0d6e0a11")),
            "DataTypes/Blocks.config", "unresolved", "0f5a5a4e-9a1b-4c55-8a43-1b6f0d6e0a11"),
        new("content of an unknown property", f => WriteContent(f, "Level=\"1\"", Guid.Empty, "<nosuch><Value><![CDATA[x]]></Value></nosuch>"),
            "Content/test.config", "unknown-property", "<nosuch>"),
        new("content with a wrong level", f => WriteContent(f, "Level=\"2\"", Guid.Empty, string.Empty),
            "Content/test.config", "wrong-level", "<Content "),
        new("content whose parent is missing", f => WriteContent(f, "Level=\"2\"", Guid.NewGuid(), string.Empty),
            "Content/test.config", "unresolved", "<Parent "),
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void Each_kind_of_damage_fails_with_a_message_naming_the_file_and_line(Damage damage)
    {
        using var folder = USyncTestFolders.Generated();
        damage.Apply(folder);

        var problems = USyncValidator.ValidateFolder(folder.Path, new USyncValidationOptions { PluginMode = damage.PluginMode });

        var expectedLine = damage.LineMarker is null ? (int?)null : LineOf(folder.File(damage.File), damage.LineMarker);
        var problem = problems.FirstOrDefault(p => p.Code == damage.Code && p.File == damage.File && (expectedLine is null ? p.Line > 0 : p.Line == expectedLine));
        Assert.True(problem is not null, $"No {damage.Code} at {damage.File}({expectedLine}); got:\n{string.Join('\n', problems)}");
        Assert.Equal(USyncSeverity.Error, problem.Severity);
        Assert.StartsWith($"{damage.File}({problem.Line}): error: ", problem.Format());
    }

    public static TheoryData<Damage> Blemishes => new()
    {
        new("Type differs from the data type's editor", f => Replace(f, "ContentTypes/booklet.config", "<Type>Umbraco.MediaPicker3</Type>", "<Type>Umbraco.TextBox</Type>", once: true),
            "ContentTypes/booklet.config", "editor-mismatch", "<Type>Umbraco.TextBox</Type>"),
        new("element order", f => SwapLines(f, "ContentTypes/magazine.config", "<Name>Magazine</Name>", "<Icon>"),
            "ContentTypes/magazine.config", "element-order", "<Info>"),
        new("bool formatting", f => Replace(f, "ContentTypes/magazine.config", "<AllowAtRoot>True</AllowAtRoot>", "<AllowAtRoot>true</AllowAtRoot>"),
            "ContentTypes/magazine.config", "format", "<AllowAtRoot>"),
        new("missing optional element", f => Replace(f, "ContentTypes/author.config", "      <LabelOnTop>false</LabelOnTop>\n", string.Empty, once: true),
            "ContentTypes/author.config", "missing-element", "<GenericProperty>"),
        new("properties not sorted by alias", f => Replace(f, "ContentTypes/author.config", "<Alias>biography</Alias>", "<Alias>zBiography</Alias>"),
            "ContentTypes/author.config", "element-order", "<GenericProperties>"),
        new("config keys not sorted", f => SwapLines(f, "DataTypes/DiplomaticTopics.config", "\"group\": \"topics\",", "\"storageType\": \"Json\""),
            "DataTypes/DiplomaticTopics.config", "format", "<Config>"),
        new("block of a document type that is not an element type", f => WriteBlockList(f, DocumentTypeKeys.FactBox),
            "DataTypes/Blocks.config", "block-not-element", DocumentTypeKeys.FactBox.ToString()),
        new("marker of an older format", f => Replace(f, "usync.config", "format=\"10.7.0\"", "format=\"9.0.0\""),
            "usync.config", "format", "<uSync "),
        new("description not in CDATA", f => Replace(f, "ContentTypes/author.config", "<Description><![CDATA[]]></Description>", "<Description></Description>", once: true),
            "ContentTypes/author.config", "format", "<Description></Description>"),
    };

    [Theory]
    [MemberData(nameof(Blemishes))]
    public void Files_that_uSync_copes_with_but_did_not_write_so_give_warnings_not_errors(Damage blemish)
    {
        using var folder = USyncTestFolders.Generated();
        blemish.Apply(folder);

        var problems = USyncValidator.ValidateFolder(folder.Path, Plugin);

        Assert.DoesNotContain(problems, p => p.Severity == USyncSeverity.Error);
        var line = LineOf(folder.File(blemish.File), blemish.LineMarker!);
        Assert.Contains(problems, p => p.Severity == USyncSeverity.Warning && p.Code == blemish.Code && p.File == blemish.File && p.Line == line);
    }

    [Fact]
    public void Accepting_external_references_turns_a_missing_data_type_into_an_info()
    {
        using var folder = USyncTestFolders.Generated();
        File.Delete(folder.File("DataTypes/DiplomaticFigure.config"));

        var problems = USyncValidator.ValidateFolder(folder.Path, new USyncValidationOptions { PluginMode = true, AllowExternalReferences = true });

        var problem = Assert.Single(problems);
        Assert.Equal((USyncSeverity.Info, "unresolved"), (problem.Severity, problem.Code));
        Assert.Contains(DiplomaticDataTypes.Figure.Key.ToString(), problem.Message);
    }

    [Fact]
    public void A_built_in_data_type_file_is_fine_outside_plugin_mode()
    {
        using var folder = USyncTestFolders.Generated();
        File.WriteAllBytes(folder.File("DataTypes/Textstring.config"), USyncXml.ToBytes(USyncSchemaWriter.DataType(BuiltInDataTypes.Textstring)));

        Assert.Empty(USyncValidator.ValidateFolder(folder.Path));
        Assert.Single(USyncValidator.ValidateFolder(folder.Path, Plugin));
    }

    private static int LineOf(string path, string marker)
    {
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{marker}' is not in {path}");
        return index + 1;
    }

    private static void Replace(TemporaryFolder folder, string file, string from, string to, bool once = false)
    {
        var path = folder.File(file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        var index = text.IndexOf(from, StringComparison.Ordinal);
        text = once ? text[..index] + to + text[(index + from.Length)..] : text.Replace(from, to, StringComparison.Ordinal);
        File.WriteAllText(path, text, new UTF8Encoding(true));
    }

    private static void Copy(TemporaryFolder folder, string file, string copy, string from, string to)
    {
        File.Copy(folder.File(file), folder.File(copy));
        Replace(folder, copy, from, to);
    }

    private static void Truncate(TemporaryFolder folder, string file)
    {
        var bytes = File.ReadAllBytes(folder.File(file));
        File.WriteAllBytes(folder.File(file), bytes[..(bytes.Length / 2)]);
    }

    private static void SwapLines(TemporaryFolder folder, string file, string first, string second)
    {
        var path = folder.File(file);
        var lines = File.ReadAllText(path).Split('\n');
        var a = Array.FindIndex(lines, l => l.Contains(first, StringComparison.Ordinal));
        var b = Array.FindIndex(lines, l => l.Contains(second, StringComparison.Ordinal));
        Assert.True(a >= 0 && b >= 0);
        (lines[a], lines[b]) = (lines[b].TrimEnd(',') + (lines[a].EndsWith(',') ? "," : string.Empty), lines[a].TrimEnd(',') + (lines[b].EndsWith(',') ? "," : string.Empty));
        File.WriteAllText(path, string.Join('\n', lines), new UTF8Encoding(true));
    }

    private static void WriteBlockList(TemporaryFolder folder, Guid contentElementTypeKey)
    {
        var blocks = new DataTypeDefinition(Guid.Parse("3c7f4f8e-4c4b-4d0e-9a57-7d2b1f0c9e21"), "Blocks", "Umbraco.BlockList", "Umb.PropertyEditorUi.BlockList", false,
            new Dictionary<string, object?> { ["blocks"] = new[] { new Dictionary<string, object?> { ["contentElementTypeKey"] = contentElementTypeKey.ToString() } } },
            DiplomaticDataTypes.Folder);
        File.WriteAllBytes(folder.File("DataTypes/Blocks.config"), USyncXml.ToBytes(USyncSchemaWriter.DataType(blocks)));
    }

    private static void WriteContent(TemporaryFolder folder, string level, Guid parent, string properties)
    {
        Directory.CreateDirectory(folder.File("Content"));
        File.WriteAllText(folder.File("Content/test.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Content Key="{Guid.NewGuid()}" Alias="Test" {level}>
              <Info>
                <Parent Key="{parent}"></Parent>
                <ContentType>{DocumentTypeAliases.Booklet}</ContentType>
                <SortOrder>0</SortOrder>
              </Info>
              <Properties>
                {properties}
              </Properties>
            </Content>
            """);
    }
}

public class USyncValidatorRobustnessTests
{
    [Fact]
    public void Removing_any_single_element_or_attribute_never_breaks_the_validator_and_problems_always_have_a_place()
    {
        using var folder = new TemporaryFolder();
        var files = USyncSchemaWriter.Generate().Where(f => f.RelativePath is "ContentTypes/booklet.config" or "DataTypes/DiplomaticTopics.config").ToList();
        foreach (var file in files)
        {
            var original = System.Xml.Linq.XElement.Parse(Encoding.UTF8.GetString(file.Bytes).TrimStart('\uFEFF'));
            var nodes = original.DescendantsAndSelf().Skip(1).Cast<System.Xml.Linq.XObject>()
                .Concat(original.DescendantsAndSelf().SelectMany(e => e.Attributes())).Count();
            for (var i = 0; i < nodes; i++)
            {
                var damaged = new System.Xml.Linq.XElement(original);
                var victim = damaged.DescendantsAndSelf().Skip(1).Cast<System.Xml.Linq.XObject>()
                    .Concat(damaged.DescendantsAndSelf().SelectMany(e => e.Attributes())).ElementAt(i);
                if (victim is System.Xml.Linq.XAttribute attribute)
                {
                    attribute.Remove();
                }
                else
                {
                    ((System.Xml.Linq.XElement)victim).Remove();
                }

                var path = folder.File(file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, USyncXml.ToBytes(damaged));

                var problems = USyncValidator.ValidateFolder(folder.Path, new USyncValidationOptions { AllowExternalReferences = true });

                Assert.NotEmpty(problems);
                Assert.All(problems, p => Assert.True(p.File == file.RelativePath && p.Line > 0, $"{victim}: {p}"));
            }

            File.Delete(folder.File(file.RelativePath));
        }
    }

    [Fact]
    public void A_very_long_composition_chain_closing_into_a_cycle_is_found_without_deep_recursion()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("ContentTypes"));
        const int count = 1000;
        var keys = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();
        for (var i = 0; i < count; i++)
        {
            var next = (i + 1) % count;
            File.WriteAllText(folder.File($"ContentTypes/t{i}.config"),
                $"<ContentType Key=\"{keys[i]}\" Alias=\"t{i}\" Level=\"1\"><Info><Compositions><Composition Key=\"{keys[next]}\">t{next}</Composition></Compositions></Info></ContentType>");
        }

        var problems = USyncValidator.ValidateFolder(folder.Path);

        Assert.Equal(count, problems.Count(p => p.Code == "cyclic-composition"));
        Assert.Contains(problems, p => p.File == "ContentTypes/t0.config" && p.Message.StartsWith("compositions are cyclic: t0 -> t1 -> t2", StringComparison.Ordinal));
    }
}
