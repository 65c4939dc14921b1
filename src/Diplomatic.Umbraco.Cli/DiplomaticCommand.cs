using System.CommandLine;

namespace Diplomatic.Umbraco.Cli;

/// <summary>Builds the command tree; the commands themselves live beside it, one file per verb group.</summary>
internal static class DiplomaticCommand
{
    /// <summary>Parses and runs a command line, writing to the given streams (tests pass string writers).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Diplomatic.Umbraco: uSync schema and booklet manuscripts for The Diplomatic Insight.");
        root.Subcommands.Add(USyncCommands.Create());
        root.Subcommands.Add(BookletCommands.Create());
        root.Subcommands.Add(ContractCommands.Create());
        var parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
