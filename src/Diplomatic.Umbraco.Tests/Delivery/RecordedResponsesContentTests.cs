namespace Diplomatic.Umbraco.Tests.Delivery;

/// <summary>The recorded responses hold the committed uSync content: every item, at its key, name and place.</summary>
public sealed class RecordedResponsesContentTests
{
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
}
