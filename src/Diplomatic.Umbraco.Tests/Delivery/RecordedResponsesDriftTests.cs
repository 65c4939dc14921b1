namespace Diplomatic.Umbraco.Tests.Delivery;

/// <summary>
/// The committed recorded responses (<c>samples/Diplomatic.Magazine/Recorded</c>) are exactly what
/// <see cref="RecordedResponses"/> generates from the shipped booklet. With <c>DIPLOMATIC_REGENERATE_RECORDED=1</c> the
/// test rewrites them instead (and still fails, so a regenerating run is never mistaken for a green one).
/// </summary>
public sealed class RecordedResponsesDriftTests
{
    [Fact]
    public void The_committed_recorded_responses_are_what_the_shipped_booklet_generates()
    {
        var generated = RecordedResponses.Generate();
        var folder = RecordedResponses.Folder;
        if (Environment.GetEnvironmentVariable(RecordedResponses.RegenerateVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            foreach (var stale in Directory.GetFiles(folder, "*.json").Where(f => !generated.ContainsKey(Path.GetFileName(f))))
            {
                File.Delete(stale);
            }

            foreach (var (name, text) in generated)
            {
                File.WriteAllText(Path.Combine(folder, name), text);
            }

            Assert.Fail($"Regenerated {generated.Count} files in {folder}. Run the tests again without {RecordedResponses.RegenerateVariable}.");
        }

        var committed = Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            committed.SequenceEqual(generated.Keys),
            $"The recorded files differ from the generated set (committed: {string.Join(", ", committed)}; generated: {string.Join(", ", generated.Keys)}). Regenerate with: {RecordedResponses.RegenerateCommand}");
        foreach (var (name, text) in generated)
        {
            var onDisk = File.ReadAllText(Path.Combine(folder, name));
            Assert.True(onDisk == text, $"samples/Diplomatic.Magazine/Recorded/{name} is not what the booklet generates ({FirstDifference(onDisk, text)}). Regenerate with: {RecordedResponses.RegenerateCommand}");
        }
    }

    [Fact]
    public void The_generator_follows_the_tree_a_renamed_item_changes_its_name_and_route()
    {
        var tree = RecordedResponses.ReadTree();
        var booklet = tree.Children.Single(c => c.ContentTypeAlias == Diplomatic.Umbraco.ContentModel.DocumentTypeAliases.Booklet);
        var renamed = tree with
        {
            Children = [.. tree.Children.Select(c => c != booklet ? c : booklet with { Names = new Dictionary<string, string> { ["en-US"] = "Pakistan and Azerbaijan" } })],
        };
        var text = RecordedResponses.Generate(renamed)["booklet.json"];
        Assert.Contains("\"name\": \"Pakistan and Azerbaijan\"", text, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"/pakistan-and-azerbaijan/\"", text, StringComparison.Ordinal);
        Assert.Contains("/umbraco/delivery/api/v2/content/item/pakistan-and-azerbaijan/", RecordedResponses.Generate(renamed)["manifest.json"], StringComparison.Ordinal);
    }

    [Fact]
    public void Stored_links_and_single_dropdowns_become_their_delivery_api_shapes_and_read_into_the_client()
    {
        var tree = RecordedResponses.ReadTree();
        var booklet = tree.Children.Single(c => c.ContentTypeAlias == Diplomatic.Umbraco.ContentModel.DocumentTypeAliases.Booklet);
        var fact = booklet.Children.First(c => c.ContentTypeAlias == Diplomatic.Umbraco.ContentModel.DocumentTypeAliases.FactBox);
        const string storedLink = """[{"name":"The Diplomatic Insight","target":"_blank","unique":null,"type":"external","udi":null,"url":"https://thediplomaticinsight.com/","queryString":"?p=1","culture":null}]""";
        var linked = fact with { Values = [.. fact.Values, new Diplomatic.Umbraco.Installation.ContentNodeValue(Diplomatic.Umbraco.ContentModel.PropertyAliases.FactBox.SourceLink, storedLink)] };
        var changed = tree with
        {
            Children = [.. tree.Children.Select(c => c != booklet ? c : booklet with { Children = [.. booklet.Children.Select(n => n == fact ? linked : n)] })],
        };

        var page = System.Text.Json.JsonSerializer.Deserialize(RecordedResponses.Generate(changed)["booklet-children.json"], Diplomatic.Umbraco.Delivery.Json.DeliveryJsonContext.Default.PagedResultDeliveryContent)!;

        var link = Assert.Single(page.Items.OfType<Diplomatic.Umbraco.Delivery.Models.FactBox>().Single(f => f.Id == fact.Key).Properties.SourceLink!);
        Assert.Equal("External", link.LinkType);
        Assert.Equal("The Diplomatic Insight", link.Title);
        Assert.Equal("_blank", link.Target);
        Assert.Equal("https://thediplomaticinsight.com/?p=1", link.Href);
        var events = page.Items.OfType<Diplomatic.Umbraco.Delivery.Models.Event>().ToList();
        Assert.Contains(events, e => e.Properties.HostCountry is null); // no host country stored: a single dropdown prints null
        Assert.Contains(events, e => e.Properties.HostCountry == "Pakistan");
        Assert.All(events, e => Assert.NotNull(e.Properties.EventType));
        Assert.All(events, e => Assert.Equal(string.Empty, e.Properties.Description!.Markup)); // empty rich text: {markup: "", blocks: []}
    }

    [Fact]
    public void Every_item_in_the_recordings_is_an_item_of_the_committed_usync_content_with_the_same_name_and_parent()
    {
        var usync = Directory.GetFiles(Path.Combine(Support.RepositoryPaths.USyncV17, "Content"), "*.config")
            .Select(f => System.Xml.Linq.XDocument.Load(f).Root!)
            .ToDictionary(r => Guid.Parse(r.Attribute("Key")!.Value), r => (Name: r.Attribute("Alias")!.Value, Parent: Guid.Parse(r.Element("Info")!.Element("Parent")!.Attribute("Key")!.Value)));
        var seen = new HashSet<Guid>();
        foreach (var file in Directory.GetFiles(RecordedResponses.Folder, "*.json").Where(f => Path.GetFileName(f) != "manifest.json"))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            foreach (var item in Items(json.RootElement))
            {
                var id = item.GetProperty("id").GetGuid();
                Assert.True(usync.TryGetValue(id, out var committed), $"{Path.GetFileName(file)}: {id} is not in uSync/v17/Content");
                Assert.Equal(committed.Name, item.GetProperty("name").GetString());
                Assert.Equal(usync.Keys.Single(k => usync[k].Parent == Guid.Empty), item.GetProperty("route").GetProperty("startItem").GetProperty("id").GetGuid());
                seen.Add(id);
            }
        }

        // Every uSync item but the authors container (no page asks for it) is in some recording.
        Assert.Equal(usync.Count - 1, seen.Count);
        using var children = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RecordedResponses.Folder, "booklet-children.json")));
        using var booklet = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RecordedResponses.Folder, "booklet.json")));
        var bookletId = booklet.RootElement.GetProperty("id").GetGuid();
        Assert.Equal(
            usync.Where(u => u.Value.Parent == bookletId).Select(u => u.Key).Order(),
            children.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order());
    }

    private static IEnumerable<System.Text.Json.JsonElement> Items(System.Text.Json.JsonElement element)
    {
        if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            if (element.TryGetProperty("contentType", out _) && element.TryGetProperty("route", out _))
            {
                yield return element;
            }

            foreach (var child in element.EnumerateObject().SelectMany(p => Items(p.Value)))
            {
                yield return child;
            }
        }
        else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(Items))
            {
                yield return child;
            }
        }
    }

    private static string FirstDifference(string onDisk, string generated)
    {
        var a = onDisk.Split('\n');
        var b = generated.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < b.Length ? b[i] : "(end)";
            if (left != right)
            {
                return $"line {i + 1}: committed `{left.Trim()}`, generated `{right.Trim()}`";
            }
        }

        return "same lines, different line endings";
    }
}
