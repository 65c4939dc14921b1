using System.Text;
using Diplomatic.Umbraco.Cli.Generation;
using Diplomatic.Umbraco.Synchronisation.Content;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Importing;

/// <summary>The committed uSync content is exactly what the booklet manuscript generates.</summary>
public class FirstBookletUSyncDriftTests
{
    private const string Command = Projections.Command;

    [Fact]
    public void The_committed_usync_content_is_what_the_manuscript_generates_byte_for_byte()
    {
        // What generate writes (the test names the file and line that drifted; generate --check only the file).
        var files = Projections.FirstBookletContent(RepositoryPaths.Root);
        var folder = Path.Combine(RepositoryPaths.USyncV17, USyncContentWriter.Folder);
        var committed = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.config").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList() : [];

        var missing = files.Select(f => f.FileName).Except(committed).ToList();
        var extra = committed.Except(files.Select(f => f.FileName)).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, $"uSync/v17/Content is out of date (missing: {string.Join(", ", missing)}; extra: {string.Join(", ", extra)}). Run: {Command}");
        foreach (var file in files)
        {
            var onDisk = File.ReadAllBytes(Path.Combine(folder, file.FileName));
            Assert.True(onDisk.AsSpan().SequenceEqual(file.Bytes), $"uSync/v17/Content/{file.FileName} differs from what the manuscript generates. Run: {Command}\n{FirstDifference(onDisk, file.Bytes)}");
        }
    }

    private static string FirstDifference(byte[] onDisk, byte[] generated)
    {
        var a = Encoding.UTF8.GetString(onDisk).Split('\n');
        var b = Encoding.UTF8.GetString(generated).Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < b.Length ? b[i] : "(end)";
            if (left != right)
            {
                return $"line {i + 1}:\n  committed: {left}\n  generated: {right}";
            }
        }

        return string.Empty;
    }
}
