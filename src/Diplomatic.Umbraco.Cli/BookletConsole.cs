using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Synchronisation.Content;
using Spectre.Console;

namespace Diplomatic.Umbraco.Cli;

/// <summary>How the booklet commands talk: problems one a line (<c>file(line): error: …</c>), a summary, and progress.</summary>
internal static class BookletConsole
{
    /// <summary>Writes the problems and a summary.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="output">The output.</param>
    /// <param name="plan">The files an import would write, when the targets were checked.</param>
    public static void Report(BookletDraft draft, TextWriter output, USyncContentPlan? plan = null)
    {
        // Root causes first: an error that may only follow from another (no title after a broken front matter) comes last.
        foreach (var problem in draft.Problems.OrderBy(p => p.FollowUp).ThenBy(p => p.Line))
        {
            output.WriteLine(problem.ToString());
        }

        foreach (var problem in plan?.Errors ?? [])
        {
            output.WriteLine($"{problem.Replace(": ", ": error: ", StringComparison.Ordinal)}");
        }

        foreach (var problem in plan?.Warnings ?? [])
        {
            output.WriteLine($"{problem.Replace(": ", ": warning: ", StringComparison.Ordinal)}");
        }

        if (!draft.HasErrors || draft.Title is not null)
        {
            // What was taken, for the editor to confirm before importing (pasted pages are guessed from their lines).
            var authors = draft.Authors.Count > 0 ? string.Join("; ", draft.Authors.Select(a => a.Name)) : "(none)";
            var date = draft.PublishDate is { } published ? published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "(none)";
            output.WriteLine($"{draft.File}: took title \"{(draft.Title is { } taken ? Excerpt.Of(taken) : "(no title)")}\", author(s) {authors}, date {date}");
        }

        var errors = draft.Problems.Count(p => p.Severity == ProblemSeverity.Error) + (plan?.Errors.Count ?? 0);
        var warnings = draft.Problems.Count(p => p.Severity == ProblemSeverity.Warning) + (plan?.Warnings.Count ?? 0);
        output.WriteLine(
            $"{draft.File}: \"{(draft.Title is { } title ? Excerpt.Of(title) : "(no title)")}\": {draft.Articles.Count} article(s), {draft.FactBoxes.Count} fact box(es), " +
            $"{draft.Events.Count} event(s), {draft.Authors.Count} author(s); {errors} error(s), {warnings} warning(s).");
    }

    /// <summary>Writes what an import changed, one line a written or removed file, like <c>usync export</c>.</summary>
    /// <param name="result">What the save did.</param>
    /// <param name="folder">The Content folder.</param>
    /// <param name="output">The output.</param>
    public static void Saved(USyncContentSaveResult result, string folder, TextWriter output)
    {
        foreach (var file in result.Written)
        {
            output.WriteLine($"wrote   {file}");
        }

        foreach (var file in result.Removed)
        {
            output.WriteLine($"removed {file}");
        }

        output.WriteLine($"{result.Written.Count} written, {result.Unchanged.Count} unchanged, {result.Removed.Count} removed in {folder}");
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
