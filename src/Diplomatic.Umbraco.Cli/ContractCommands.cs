using System.CommandLine;

namespace Diplomatic.Umbraco.Cli;

/// <summary>The <c>diplomatic contract …</c> commands: front-end contracts generated from the content model.</summary>
internal static class ContractCommands
{
    /// <summary>Creates the <c>contract</c> command and its sub-commands.</summary>
    public static Command Create() => new("contract", "Generate front-end contracts (TypeScript types) from the content model.");
}
