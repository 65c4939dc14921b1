using System.Text;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.Cli.Generation;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Documentation;

/// <summary>Every relative link in the README and <c>docs/</c> goes to a file that exists, and to a heading it has.</summary>
public sealed partial class DocumentationLinksTests
{
    [Fact]
    public void Every_relative_link_resolves_to_a_file_and_heading()
    {
        var documents = DocumentationExamples.Documents(RepositoryPaths.Root).Select(d => Path.Combine(RepositoryPaths.Root, d));
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var document in documents)
        {
            var text = File.ReadAllText(document, Encoding.UTF8);
            foreach (Match link in Link().Matches(FencedCode().Replace(text, string.Empty)))
            {
                var target = link.Groups["target"].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                checkedLinks++;
                var (file, anchor) = target.Split('#', 2) is [var f, var a] ? (f, a) : (target, null);
                var path = file.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, file));
                var where = Path.GetRelativePath(RepositoryPaths.Root, document);
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{where}: {target}: no such file");
                }
                else if (anchor is not null && File.Exists(path) && !Headings(File.ReadAllText(path, Encoding.UTF8)).Contains(anchor))
                {
                    broken.Add($"{where}: {target}: no heading #{anchor}");
                }
            }
        }

        Assert.True(checkedLinks > 10, $"{checkedLinks} links");
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    // GitHub's anchors: the heading in lower case, punctuation dropped, spaces as hyphens.
    private static HashSet<string> Headings(string markdown) =>
        Heading().Matches(markdown)
            .Select(m => Regex.Replace(m.Groups[1].Value.Trim().ToLowerInvariant(), @"[^\p{L}\p{N} _-]", string.Empty).Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex("^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"^#{1,6} (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
