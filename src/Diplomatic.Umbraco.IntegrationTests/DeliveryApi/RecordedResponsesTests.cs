using Diplomatic.Umbraco.IntegrationTests.Support;

namespace Diplomatic.Umbraco.IntegrationTests.DeliveryApi;

/// <summary>
/// The committed recorded responses are what the real site answers to the manifest's requests. With
/// <see cref="ResponseRecorder.RerecordVariable"/>=1 the test rewrites them instead (and fails, so a recording run is
/// never mistaken for a green one).
/// </summary>
[Collection(InstalledSiteCollection.Name)]
public sealed class RecordedResponsesTests
{
    private readonly InstalledSite _site;

    public RecordedResponsesTests(InstalledSite site) => _site = site;

    [Fact]
    public void The_committed_recorded_responses_are_what_the_real_site_answers()
    {
        if (Environment.GetEnvironmentVariable(ResponseRecorder.RerecordVariable) == "1")
        {
            foreach (var (file, text) in _site.Recorded)
            {
                File.WriteAllText(Path.Combine(ResponseRecorder.Folder, file), text);
            }

            Assert.Fail($"Re-recorded {_site.Recorded.Count} files in {ResponseRecorder.Folder}. Run the tests again without {ResponseRecorder.RerecordVariable}.");
        }

        var committed = Directory.GetFiles(ResponseRecorder.Folder, "*.json").Select(Path.GetFileName).Where(f => f != "manifest.json").Order(StringComparer.Ordinal);
        Assert.Equal(committed, _site.Recorded.Keys);
        foreach (var (file, text) in _site.Recorded)
        {
            var onDisk = File.ReadAllText(Path.Combine(ResponseRecorder.Folder, file));
            Assert.True(onDisk == text, $"samples/Diplomatic.Magazine/Recorded/{file} is not what the real site answers ({FirstDifference(onDisk, text)}). Re-record with: {ResponseRecorder.RerecordCommand}");
        }
    }

    [Fact]
    public void The_development_page_and_the_manifest_give_the_re_record_command_that_this_test_honours()
    {
        var readme = File.ReadAllText(Path.Combine(Diplomatic.Umbraco.Tests.Support.RepositoryPaths.Root, "docs", "development.md"));
        Assert.Contains(ResponseRecorder.RerecordCommand, readme, StringComparison.Ordinal);
        Assert.Contains(EditorValueRoundTripTests.RerecordCommand, readme, StringComparison.Ordinal);
        Assert.Contains(ResponseRecorder.RerecordCommand, File.ReadAllText(Path.Combine(ResponseRecorder.Folder, "manifest.json")), StringComparison.Ordinal);
    }

    private static string FirstDifference(string committed, string recorded)
    {
        var a = committed.Split('\n');
        var b = recorded.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < b.Length ? b[i] : "(end)";
            if (left != right)
            {
                return $"line {i + 1}: committed '{left.Trim()}', the site '{right.Trim()}'";
            }
        }

        return "same lines";
    }
}
