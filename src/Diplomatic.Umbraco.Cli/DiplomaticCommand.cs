using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Diplomatic.Umbraco.Cli;

/// <summary>Builds the command tree; the commands themselves live beside it, one file per verb group.</summary>
internal static partial class DiplomaticCommand
{
    /// <summary>The tool's name, as installed (<c>dotnet tool install</c>) and as shown in usage lines.</summary>
    public const string ToolName = "diplomatic";

    /// <summary>Parses and runs a command line, writing to the given streams (tests pass string writers).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // A plain command, not RootCommand: RootCommand names itself after the executable
        // ("Diplomatic.Umbraco.Cli" under dotnet run), and the usage should say what users type.
        var root = new Command(ToolName, "Diplomatic.Umbraco: uSync schema and booklet manuscripts for The Diplomatic Insight.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(USyncCommands.Create());
        root.Subcommands.Add(BookletCommands.Create());
        root.Subcommands.Add(ContractCommands.Create());
        root.Subcommands.Add(Generation.GenerateCommand.Create());

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"{ToolName}: error: {InOurWords(problem.Message)}");
            }

            error.WriteLine($"Run '{CommandLine(parsed.CommandResult)} --help' for usage.");
            return CliExitCodes.Usage;
        }

        try
        {
            // The default handler prints a stack trace; every failure a user can cause is handled in the commands,
            // so what reaches here is a bug or the machine (disk full): one line, its own exit code.
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"{ToolName}: error: {e.Message} ({e.GetType().Name})");
            return CliExitCodes.Failed;
        }
    }

    /// <summary>The words that invoke a command, e.g. <c>diplomatic usync validate</c>.</summary>
    private static string CommandLine(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command.Name: var name })
            {
                names.Add(name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>System.CommandLine names the CLR type it expected; users should read what to type instead.</summary>
    private static string InOurWords(string message)
    {
        var match = UnreadableValue().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var type = match.Groups["type"].Value;
        var kind = type.Contains("Int64", StringComparison.Ordinal) || type.Contains("Int32", StringComparison.Ordinal) ? "a whole number"
            : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
            : "a valid value";
        return $"{match.Groups["symbol"].Value} must be {kind}, not '{match.Groups["value"].Value}'";
    }

    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<symbol>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex UnreadableValue();
}
