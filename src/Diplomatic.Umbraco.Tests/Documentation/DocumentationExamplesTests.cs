using System.Text;
using Diplomatic.Umbraco.Cli.Generation;
using Diplomatic.Umbraco.Tests.Cli;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Documentation;

/// <summary>
/// Every example in the README and <c>docs/</c> written as a <c>```console</c> block is run: each <c>$ diplomatic …</c>
/// line runs the built tool from the repository root, and what follows it up to the next <c>$</c> line must be exactly
/// what it prints (standard output, then standard error). So an example output cannot go stale. The examples are read
/// by the CLI's own <see cref="DocumentationExamples"/>, the reader <c>diplomatic generate</c> rewrites them with.
/// </summary>
public sealed class DocumentationExamplesTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var document in DocumentationExamples.Documents(RepositoryPaths.Root).Where(d => DocumentationExamples.Read(Text(d)).Count > 0))
        {
            data.Add(document);
        }

        return data;
    }

    [Fact]
    public void The_documentation_has_examples_to_check()
    {
        var examples = DocumentationExamples.Documents(RepositoryPaths.Root).SelectMany(d => DocumentationExamples.Read(Text(d))).ToList();

        Assert.True(examples.Count >= 4, $"{examples.Count} examples");
        Assert.Contains(examples, e => e.Arguments.SequenceEqual(["usync", "validate", "uSync/v17", "--plugin"]));
        Assert.All(examples, e => Assert.Contains(DocumentationExamples.ReadOnlyCommands, c => e.Arguments.Take(c.Length).SequenceEqual(c)));
    }

    [SkippableTheory]
    [MemberData(nameof(Documents), DisableDiscoveryEnumeration = true)]
    public void Every_console_example_prints_what_the_document_says(string document)
    {
        var failures = new List<string>();
        foreach (var example in DocumentationExamples.Read(Text(document)))
        {
            if (example.Arguments.Any(a => a.StartsWith("../shared", StringComparison.Ordinal)))
            {
                SharedCorpus.Require(RepositoryPaths.USyncFixtures);
            }

            var (_, output, error) = CliProcess.Run(RepositoryPaths.Root, [.. example.Arguments]);
            var actual = (output + error).TrimEnd('\n');
            if (actual != example.Output)
            {
                failures.Add($"{document}({example.Line}): $ diplomatic {string.Join(' ', example.Arguments)}\nthe document says:\n{example.Output}\nthe tool prints:\n{actual}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures) + $"\n\nAfter a deliberate change, rewrite the outputs with: {Projections.Command}");
    }

    private static string Text(string document) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, document), Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
}
