using System.Text;
using System.Text.RegularExpressions;

namespace Diplomatic.Umbraco.Cli.Generation;

/// <summary>
/// The <c>```console</c> examples of the README and <c>docs/</c>: each <c>$ diplomatic …</c> line, and what follows it up
/// to the next <c>$</c> line, is a command and its exact output (standard output, then standard error), run from the
/// repository root. Only commands that read may appear: an example must never change what it documents.
/// </summary>
internal static partial class DocumentationExamples
{
    /// <summary>The commands an example may run.</summary>
    public static readonly string[][] ReadOnlyCommands = [["usync", "validate"], ["booklet", "check"]];

    /// <summary>The documents examples are taken from, relative to the repository root.</summary>
    public static IEnumerable<string> Documents(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Prepend("README.md")
            .Order(StringComparer.Ordinal);

    /// <summary>The examples of a document.</summary>
    public static IReadOnlyList<Example> Read(string text)
    {
        var examples = new List<Example>();
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
                var outputStart = start + (output.StartsWith('\n') ? 1 : 0);
                var outputEnd = outputStart + output.TrimStart('\n').TrimEnd('\n').Length;
                examples.Add(new Example(
                    text[..(body.Index + command.Index)].Count(c => c == '\n') + 1,
                    command.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                    text[outputStart..outputEnd],
                    outputStart,
                    outputEnd));
            }
        }

        return examples;
    }

    /// <summary>
    /// A document with every example's output replaced by what the tool prints now, run in this process with the
    /// repository root as the working directory (the CLI is its own process, so that is safe here).
    /// </summary>
    /// <exception cref="InvalidOperationException">An example runs a command that writes.</exception>
    public static string Regenerate(string root, string document, string text)
    {
        var examples = Read(text);
        if (examples.Count == 0)
        {
            return text;
        }

        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = root;
        try
        {
            foreach (var example in examples.OrderByDescending(e => e.OutputStart))
            {
                if (!ReadOnlyCommands.Any(c => example.Arguments.Take(c.Length).SequenceEqual(c)))
                {
                    throw new InvalidOperationException(
                        $"{document}({example.Line}): examples may only run {string.Join(" or ", ReadOnlyCommands.Select(c => "'" + string.Join(' ', c) + "'"))}, not 'diplomatic {string.Join(' ', example.Arguments)}'");
                }

                // An example over the corpus kept beside the repository keeps its output where the corpus is absent.
                if (example.Arguments.Any(a => a.StartsWith("../shared/", StringComparison.Ordinal) && !Path.Exists(Path.Combine(root, a))))
                {
                    continue;
                }

                using var output = new StringWriter { NewLine = "\n" };
                using var error = new StringWriter { NewLine = "\n" };
                DiplomaticCommand.Run([.. example.Arguments], output, error);
                text = text[..example.OutputStart] + (output.ToString() + error).TrimEnd('\n') + text[example.OutputEnd..];
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        return text;
    }

    [GeneratedRegex("^```console\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();

    [GeneratedRegex(@"^\$ diplomatic (?<args>[^\n#]*?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Command();

    /// <summary>One example: its line, the command's arguments, the output the document shows and where it is.</summary>
    internal sealed record Example(int Line, string[] Arguments, string Output, int OutputStart, int OutputEnd);
}
