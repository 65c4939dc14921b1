using System.Text;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.Tests.Cli;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Documentation;

/// <summary>
/// Every example in the README and <c>docs/</c> written as a <c>```console</c> block is run: each <c>$ diplomatic …</c>
/// line runs the built tool from the repository root, and what follows it up to the next <c>$</c> line must be exactly
/// what it prints (standard output, then standard error). So an example output cannot go stale.
/// </summary>
public sealed partial class DocumentationExamplesTests
{
    /// <summary>How to rewrite the example outputs after a deliberate change.</summary>
    public const string RegenerateCommand = "DIPLOMATIC_REGENERATE_DOCS=1 dotnet test src/Diplomatic.Umbraco.Tests --filter DocumentationExamplesTests";

    // Only commands that read: an example must never change the repository it documents.
    private static readonly string[][] ReadOnlyCommands = [["usync", "validate"], ["booklet", "check"]];

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Markdown().Where(f => Examples(File.ReadAllText(f, Encoding.UTF8)).Any()))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void The_documentation_has_examples_to_check()
    {
        var examples = Markdown().SelectMany(f => Examples(File.ReadAllText(f, Encoding.UTF8))).ToList();

        Assert.True(examples.Count >= 4, $"{examples.Count} examples");
        Assert.Contains(examples, e => e.Arguments.SequenceEqual(["usync", "validate", "uSync/v17", "--plugin"]));
    }

    [SkippableTheory]
    [MemberData(nameof(Documents), DisableDiscoveryEnumeration = true)]
    public void Every_console_example_prints_what_the_document_says(string document)
    {
        var path = Path.Combine(RepositoryPaths.Root, document);
        var text = File.ReadAllText(path, Encoding.UTF8);
        var examples = Examples(text).ToList();

        var rewritten = text;
        var failures = new List<string>();
        foreach (var example in examples.OrderByDescending(e => e.OutputStart))
        {
            Assert.True(
                ReadOnlyCommands.Any(c => example.Arguments.Take(c.Length).SequenceEqual(c)),
                $"{document}({example.Line}): examples may only run read-only commands ({string.Join(", ", ReadOnlyCommands.Select(c => string.Join(' ', c)))}), not 'diplomatic {string.Join(' ', example.Arguments)}'");
            if (example.Arguments.Any(a => a.StartsWith("../shared", StringComparison.Ordinal)))
            {
                SharedCorpus.Require(RepositoryPaths.USyncFixtures);
            }

            var (_, output, error) = CliProcess.Run(RepositoryPaths.Root, [.. example.Arguments]);
            var actual = (output + error).TrimEnd('\n');
            if (actual != example.Output)
            {
                failures.Add($"{document}({example.Line}): $ diplomatic {string.Join(' ', example.Arguments)}\nthe document says:\n{example.Output}\nthe tool prints:\n{actual}");
                rewritten = rewritten[..example.OutputStart] + actual + rewritten[example.OutputEnd..];
            }
        }

        if (failures.Count > 0 && Environment.GetEnvironmentVariable("DIPLOMATIC_REGENERATE_DOCS") == "1")
        {
            File.WriteAllText(path, rewritten, new UTF8Encoding(false));
            return;
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures) + $"\n\nAfter a deliberate change, rewrite the outputs with: {RegenerateCommand}");
    }

    private static IEnumerable<string> Markdown() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<Example> Examples(string text)
    {
        foreach (Match block in ConsoleBlock().Matches(text))
        {
            var body = block.Groups["body"];
            var commands = Command().Matches(body.Value).ToList();
            for (var i = 0; i < commands.Count; i++)
            {
                var command = commands[i];
                var start = body.Index + command.Index + command.Length;
                var end = i + 1 < commands.Count ? body.Index + commands[i + 1].Index : body.Index + body.Length;
                var output = text[start..end];
                // The output sits between the command's line break and the next command (or the block's end).
                var outputStart = start + (output.StartsWith('\n') ? 1 : 0);
                var outputEnd = outputStart + output.TrimStart('\n').TrimEnd('\n').Length;
                yield return new Example(
                    text[..(body.Index + command.Index)].Count(c => c == '\n') + 1,
                    command.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                    text[outputStart..outputEnd],
                    outputStart,
                    outputEnd);
            }
        }
    }

    [GeneratedRegex("^```console\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();

    [GeneratedRegex(@"^\$ diplomatic (?<args>[^\n#]*?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Command();

    private sealed record Example(int Line, string[] Arguments, string Output, int OutputStart, int OutputEnd);
}
