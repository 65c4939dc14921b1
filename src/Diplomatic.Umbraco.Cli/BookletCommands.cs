using System.CommandLine;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Synchronisation.Content;

namespace Diplomatic.Umbraco.Cli;

/// <summary>The <c>diplomatic booklet …</c> commands.</summary>
internal static class BookletCommands
{
    /// <summary>Exit code: the manuscript has errors.</summary>
    public const int ManuscriptErrors = 1;

    /// <summary>Exit code: the file could not be opened.</summary>
    public const int FileMissing = 2;

    /// <summary>Exit code: the uSync content files could not be written.</summary>
    public const int WriteFailed = 3;

    /// <summary>Creates the <c>booklet</c> command and its sub-commands.</summary>
    public static Command Create()
    {
        var booklet = new Command("booklet", "Check a booklet manuscript, or import it into a uSync folder.");
        booklet.Subcommands.Add(Check());
        booklet.Subcommands.Add(Import());
        booklet.Subcommands.Add(BookletPdfCommand.Create());
        return booklet;
    }

    private static Command Check()
    {
        var file = new Argument<FileInfo>("file") { Description = "The manuscript: .md (canonical), .txt (pasted from the web) or .docx." };
        var maxBytes = MaxBytesOption();
        var command = new Command("check", "Read a manuscript and list its problems with their lines; exit 1 when there are errors.") { file, maxBytes };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var draft = ReadOrReport(parse.GetRequiredValue(file), parse.GetValue(maxBytes), output, error, out var missing);
            if (draft is null)
            {
                return missing;
            }

            BookletConsole.Report(draft, output);
            return draft.HasErrors ? ManuscriptErrors : 0;
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "The manuscript: .md (canonical), .txt (pasted from the web) or .docx." };
        var output = new Option<DirectoryInfo>("--out") { Description = "The uSync folder (e.g. uSync/v17); files go to its Content/ folder.", Required = true };
        var maxBytes = MaxBytesOption();
        var command = new Command("import", "Read a manuscript and write its booklet as uSync content files (nothing is written when it has errors).") { file, output, maxBytes };
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
            BookletConsole.Report(draft, writer);
            if (draft.HasErrors)
            {
                writer.WriteLine("Nothing was written.");
                return ManuscriptErrors;
            }

            var folder = Path.Combine(parse.GetRequiredValue(output).FullName, USyncContentWriter.Folder);
            IReadOnlyList<string> written;
            try
            {
                var files = BookletUSyncExport.Files(draft);
                progress.Step("writing", 0, files.Count);
                written = USyncContentWriter.Save(files, folder, done => progress.Step("writing", done, files.Count));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                progress.Done();
                error.WriteLine($"{folder}: error: cannot write the content files: {e.Message}");
                return WriteFailed;
            }

            progress.Done();
            writer.WriteLine($"Wrote {written.Count} content files to {folder}.");
            return 0;
        });
        return command;
    }

    private static Option<long?> MaxBytesOption() => new("--max-bytes") { Description = "The largest manuscript accepted, in bytes (default 20 MB)." };

    private static BookletDraft? ReadOrReport(FileInfo file, long? maxBytes, TextWriter output, TextWriter error, out int exitCode)
    {
        exitCode = 0;
        if (!file.Exists)
        {
            error.WriteLine($"{file.FullName}: error: no such file");
            exitCode = FileMissing;
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
            exitCode = FileMissing;
            return null;
        }
    }
}
