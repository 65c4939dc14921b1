namespace Diplomatic.Umbraco.Cli;

/// <summary>The <c>diplomatic</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code: 0 on success.</returns>
    public static int Main(string[] args) => DiplomaticCommand.Run(args, Console.Out, Console.Error);
}
