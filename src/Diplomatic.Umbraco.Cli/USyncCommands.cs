using System.CommandLine;

namespace Diplomatic.Umbraco.Cli;

/// <summary>The <c>diplomatic usync …</c> commands.</summary>
internal static class USyncCommands
{
    /// <summary>Creates the <c>usync</c> command and its sub-commands.</summary>
    public static Command Create() => new("usync", "Export the plugin's uSync 17 schema, or validate any uSync 17 folder.");
}
