using System.CommandLine;
using Diplomatic.Umbraco.Cli.Generation;
using Diplomatic.Umbraco.Synchronisation;

namespace Diplomatic.Umbraco.Cli;

/// <summary>The <c>diplomatic usync …</c> commands.</summary>
internal static class USyncCommands
{
    /// <summary>Creates the <c>usync</c> command and its sub-commands.</summary>
    public static Command Create()
    {
        var command = new Command("usync", "Export the plugin's uSync 17 schema, or validate any uSync 17 folder.");
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Validate());
        command.Subcommands.Add(Docs());
        return command;
    }

    private static Command Export()
    {
        var folder = new Argument<string>("folder")
        {
            Description = "The uSync folder to write (ContentTypes/, DataTypes/ and usync.config; Content/ is never touched).",
            DefaultValueFactory = _ => USyncNames.DefaultFolder,
        };
        var command = new Command("export", "Regenerate the plugin's uSync 17 schema files from the content model.") { folder };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(folder)!;
            USyncExportResult result;
            try
            {
                result = USyncSchemaExporter.Export(path);
            }
            catch (Exception e) when (e is InvalidOperationException or USyncFileException or IOException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{path}: error: {e.Message}");
                return CliExitCodes.NotWritten;
            }

            foreach (var file in result.Written)
            {
                output.WriteLine($"wrote   {Combine(path, file)}");
            }

            foreach (var file in result.Removed)
            {
                output.WriteLine($"removed {Combine(path, file)}");
            }

            output.WriteLine($"{result.Written.Count} written, {result.Unchanged.Count} unchanged, {result.Removed.Count} removed in {path}");
            return 0;
        });
        return command;
    }

    private static Command Validate()
    {
        var folder = new Argument<string>("folder") { Description = "The uSync folder to check, e.g. uSync/v17." };
        var allowExternal = new Option<bool>("--allow-external")
        {
            Description = "Accept references to items outside the folder (data types, compositions, parents): partial site exports.",
        };
        var plugin = new Option<bool>("--plugin")
        {
            Description = "The folder is a plugin's own schema: files for built-in data types and delete markers are errors.",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Also print infos (accepted external references)." };
        var command = new Command("validate", "Check a uSync 17 folder; one line per problem, exit code 1 when there is an error.")
        {
            folder, allowExternal, plugin, verbose,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(folder)!;
            var error = parse.InvocationConfiguration.Error;
            if (Uncheckable(path) is { } refusal)
            {
                error.WriteLine($"{path}: error: {refusal.Message}");
                return refusal.Code;
            }

            var contents = USyncFolderReader.Read(path);
            if (contents.Inaccessible.Count > 0)
            {
                // Checking the rest would report the unread items' dependants as "unresolved": refuse instead.
                foreach (var unread in contents.Inaccessible)
                {
                    error.WriteLine($"{Combine(path, unread.Path)}: error: cannot be read ({unread.Reason}); nothing was checked");
                }

                return CliExitCodes.Unreadable;
            }

            if (contents.FileCount == 0 && contents.Marker is null && contents.Unreadable.Count == 0)
            {
                error.WriteLine($"{path}: error: holds no uSync files (no usync.config, no .config items in folders such as ContentTypes/); give the uSync folder, e.g. uSync/v17");
                return CliExitCodes.NotUSync;
            }

            var problems = USyncValidator.Validate(contents, new USyncValidationOptions
            {
                AllowExternalReferences = parse.GetValue(allowExternal),
                PluginMode = parse.GetValue(plugin),
            });
            foreach (var problem in problems.Where(p => p.Severity > USyncSeverity.Info || parse.GetValue(verbose)))
            {
                output.WriteLine(problem.Format(path));
            }

            var errors = problems.Count(p => p.Severity == USyncSeverity.Error);
            var warnings = problems.Count(p => p.Severity == USyncSeverity.Warning);
            var infos = problems.Count(p => p.Severity == USyncSeverity.Info);
            output.WriteLine($"{contents.FileCount} files: {errors} errors, {warnings} warnings, {infos} infos");
            return errors > 0 ? 1 : 0;
        });
        return command;
    }

    private static Command Docs()
    {
        var file = new Argument<string>("file")
        {
            Description = "The Markdown file to write.",
            DefaultValueFactory = _ => ContentModelMarkdown.DefaultPath,
        };
        var command = new Command("docs", "Regenerate docs/content-model.md (data types, document types, tabs, properties) from the content model.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var bytes = Generation.GeneratedFile.Bytes(ContentModelMarkdown.Generate());
            var unchanged = Generation.GeneratedFile.IsCurrent(path, bytes);
            if (!unchanged)
            {
                Generation.GeneratedFile.Write(path, bytes);
            }

            parse.InvocationConfiguration.Output.WriteLine(unchanged ? $"unchanged {path}" : $"wrote {path}");
            return 0;
        });
        return command;
    }

    /// <summary>Why a path cannot be validated at all, before reading it: each reason its own exit code.</summary>
    private static (string Message, int Code)? Uncheckable(string path)
    {
        if (File.Exists(path))
        {
            return ("is a file, not a folder; give the uSync folder, e.g. uSync/v17", CliExitCodes.WrongKind);
        }

        if (!Directory.Exists(path))
        {
            return ("the folder does not exist", CliExitCodes.NotFound);
        }

        try
        {
            return Directory.EnumerateFileSystemEntries(path).Any()
                ? null
                : ("the folder is empty; give the uSync folder, e.g. uSync/v17", CliExitCodes.Empty);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ($"the folder cannot be read ({USyncFolderReader.Reason(e)}); nothing was checked", CliExitCodes.Unreadable);
        }
    }

    private static string Combine(string folder, string relative) => Path.Combine(folder, relative).Replace('\\', '/');
}
