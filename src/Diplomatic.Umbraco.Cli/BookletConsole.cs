using Diplomatic.Umbraco.Importing;
using Spectre.Console;

namespace Diplomatic.Umbraco.Cli;

/// <summary>How the booklet commands talk: problems one a line (<c>file(line): error: …</c>), a summary, and progress.</summary>
internal static class BookletConsole
{
    /// <summary>Writes the problems and a summary.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="output">The output.</param>
    public static void Report(BookletDraft draft, TextWriter output)
    {
        foreach (var problem in draft.Problems.OrderBy(p => p.Line))
        {
            output.WriteLine(problem.ToString());
        }

        var errors = draft.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = draft.Problems.Count - errors;
        output.WriteLine(
            $"{draft.File}: \"{draft.Title ?? "(no title)"}\": {draft.Articles.Count} article(s), {draft.FactBoxes.Count} fact box(es), " +
            $"{draft.Events.Count} event(s), {draft.Authors.Count} author(s); {errors} error(s), {warnings} warning(s).");
    }

    /// <summary>A progress display: a Spectre.Console bar on an interactive terminal, plain lines when output is redirected or captured.</summary>
    /// <param name="output">The output.</param>
    /// <returns>The progress.</returns>
    public static IBookletProgress Progress(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
            ? new TerminalProgress()
            : new PlainProgress(output);

    /// <summary>Progress of a long import.</summary>
    internal interface IBookletProgress
    {
        /// <summary>Reports a step.</summary>
        /// <param name="stage">The stage.</param>
        /// <param name="done">How much is done.</param>
        /// <param name="total">Out of how much.</param>
        void Step(string stage, int done, int total);

        /// <summary>Ends the display.</summary>
        void Done();
    }

    private sealed class PlainProgress(TextWriter output) : IBookletProgress
    {
        private string? _last;

        public void Step(string stage, int done, int total)
        {
            // One line per stage start, so logs stay short and redirected output carries no escape codes.
            if (done == 0 && _last != stage)
            {
                output.WriteLine($"{char.ToUpperInvariant(stage[0])}{stage[1..]}…");
                _last = stage;
            }
        }

        public void Done()
        {
        }
    }

    private sealed class TerminalProgress : IBookletProgress
    {
        public void Step(string stage, int done, int total)
        {
            var width = 30;
            var filled = total == 0 ? width : done * width / total;
            AnsiConsole.Markup($"\r[grey]{Markup.Escape(stage),-8}[/] [green]{new string('█', filled)}[/]{new string('░', width - filled)} {done}/{total}");
        }

        public void Done() => AnsiConsole.WriteLine();
    }
}
