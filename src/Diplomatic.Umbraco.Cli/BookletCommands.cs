using System.CommandLine;

namespace Diplomatic.Umbraco.Cli;

/// <summary>The <c>diplomatic booklet …</c> commands.</summary>
internal static class BookletCommands
{
    /// <summary>Creates the <c>booklet</c> command and its sub-commands.</summary>
    public static Command Create() => new("booklet", "Check a booklet manuscript, or import it into a uSync folder.");
}
