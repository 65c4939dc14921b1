using System.CommandLine;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Synchronisation.Content;

namespace Diplomatic.Umbraco.Cli;

/// <summary>The <c>diplomatic booklet …</c> commands.</summary>
internal static class BookletCommands
{
    // Exit codes from the tool's one table (CliExitCodes): 1 the manuscript has errors, 3 no such file, 4 a folder given
    // for the manuscript, 7 the file cannot be read, 8 the uSync content files could not be (or would not be) written.

    /// <summary>Creates the <c>booklet</c> command and its sub-commands.</summary>
    public static Command Create()
    {
        var booklet = new Command("booklet", "Check a booklet manuscript, or import it into a uSync folder.");
        booklet.Subcommands.Add(Check());
        booklet.Subcommands.Add(Import());
        booklet.Subcommands.Add(BookletPdfCommand.Create());
        return booklet;
    }

    private const string FileDescription = "The manuscript: .md (canonical), .txt (pasted from the web), .html (a web page saved from the browser) or .docx.";

    private static Command Check()
    {
        var file = new Argument<FileInfo>("file") { Description = FileDescription };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Also check the files an import into this uSync folder would write: names, paths, and files of other items in the way.",
        };
        var maxBytes = MaxBytesOption();
        var command = new Command("check", "Read a manuscript and list its problems with their lines, and what it took as title, author and date; exit 1 when there are errors.") { file, output, maxBytes };
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var draft = ReadOrReport(parse.GetRequiredValue(file), parse.GetValue(maxBytes), writer, error, out var missing);
            if (draft is null)
            {
                return missing;
            }

            if (!draft.HasErrors && parse.GetValue(output) is { } target)
            {
                // Everything the import would fail on, found before it writes anything.
                USyncContentPlan plan;
                string folder = target.FullName;
                try
                {
                    plan = Plan(draft, target, out folder);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
                {
                    BookletConsole.Report(draft, writer);
                    error.WriteLine($"{folder}: error: cannot check the content files: {e.Message}");
                    return CliExitCodes.NotWritten;
                }

                BookletConsole.Report(draft, writer, plan);
                return plan.Errors.Count > 0 ? CliExitCodes.NotWritten : CliExitCodes.Ok;
            }

            BookletConsole.Report(draft, writer);
            return draft.HasErrors ? CliExitCodes.ProblemsFound : CliExitCodes.Ok;
        });
        return command;
    }

    private static USyncContentPlan Plan(BookletDraft draft, DirectoryInfo target, out string folder)
    {
        folder = Path.Combine(target.FullName, USyncContentWriter.Folder);
        return USyncContentWriter.Plan(BookletUSyncExport.Files(draft), folder);
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = FileDescription };
        var output = new Option<DirectoryInfo>("--out") { Description = "The uSync folder (e.g. uSync/v17); files go to its Content/ folder.", Required = true };
        var maxBytes = MaxBytesOption();
        var command = new Command(
            "import",
            "Read a manuscript and write its booklet as uSync content files: only files that changed, all or nothing (nothing is written when the manuscript or a target has an error).")
        {
            file, output, maxBytes,
        };
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var progress = BookletConsole.Progress(writer);
            progress.Step("reading", 0, 1);
            var draft = ReadOrReport(parse.GetRequiredValue(file), parse.GetValue(maxBytes), writer, error, out var missing);
            if (draft is null)
            {
                progress.Done();
                return missing;
            }

            progress.Step("reading", 1, 1);
            progress.Done();
            if (draft.HasErrors)
            {
                BookletConsole.Report(draft, writer);
                writer.WriteLine("Nothing was written.");
                return CliExitCodes.ProblemsFound;
            }

            var folder = Path.Combine(parse.GetRequiredValue(output).FullName, USyncContentWriter.Folder);
            USyncContentSaveResult result;
            try
            {
                // Every target is checked before the first byte is written.
                var plan = Plan(draft, parse.GetRequiredValue(output), out folder);
                BookletConsole.Report(draft, writer, plan.Errors.Count > 0 ? null : plan);
                if (plan.Errors.Count > 0)
                {
                    error.WriteLine($"{folder}: error: cannot write the content files: {string.Join("; ", plan.Errors)}");
                    writer.WriteLine("Nothing was written.");
                    return CliExitCodes.NotWritten;
                }

                var files = BookletUSyncExport.Files(draft);
                var changed = plan.Entries.Count(e => !e.Unchanged);
                progress.Step("writing", 0, changed);
                result = USyncContentWriter.Save(files, folder, done => progress.Step("writing", done, changed));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                progress.Done();
                error.WriteLine($"{folder}: error: cannot write the content files: {e.Message}");
                return CliExitCodes.NotWritten;
            }

            progress.Done();
            BookletConsole.Saved(result, folder, writer);
            return 0;
        });
        return command;
    }

    private static Option<long?> MaxBytesOption()
    {
        var option = new Option<long?>("--max-bytes") { Description = "The largest manuscript accepted, in bytes (default 20 MB, 20971520)." };

        // Our own words, not the parser's type names ("System.Nullable`1[System.Int64]").
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes) || bytes <= 0)
            {
                result.AddError($"--max-bytes: \"{text}\" is not a size: it must be a positive whole number of bytes, e.g. 20971520 for 20 MB");
                return null;
            }

            return bytes;
        };
        return option;
    }

    private static BookletDraft? ReadOrReport(FileInfo file, long? maxBytes, TextWriter output, TextWriter error, out int exitCode)
    {
        exitCode = 0;
        if (Directory.Exists(file.FullName))
        {
            error.WriteLine($"{file.FullName}: error: this is a folder, not a manuscript file; give the path of a .md, .txt, .html or .docx file");
            exitCode = CliExitCodes.WrongKind;
            return null;
        }

        if (!file.Exists)
        {
            error.WriteLine($"{file.FullName}: error: no such file");
            exitCode = CliExitCodes.NotFound;
            return null;
        }

        var options = new ImportingOptions();
        if (maxBytes is { } cap)
        {
            options.MaxFileBytes = cap;
        }

        try
        {
            return new ManuscriptReader(options).ReadFile(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file.FullName}: error: cannot read the file: {e.Message}");
            exitCode = CliExitCodes.Unreadable;
            return null;
        }
    }
}
