using System.CommandLine;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Synchronisation.Content;

namespace Diplomatic.Umbraco.Cli.Generation;

/// <summary>
/// <c>diplomatic generate [--check] [--root .]</c>: every projection of the model in one command. Without
/// <c>--check</c> it rewrites the files whose bytes differ; with it, it writes nothing, names each file that differs,
/// and exits 1 (CI runs it so).
/// </summary>
internal static class GenerateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var check = new Option<bool>("--check") { Description = "Write nothing; name every file that differs from the model and exit 1 (for CI)." };
        var root = new Option<DirectoryInfo>("--root")
        {
            Description = "The repository to generate into (default: the current folder).",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var command = new Command(
            "generate",
            "Regenerate every file derived from the model: the uSync schema and the first booklet's uSync content, docs/content-model.md, the table in docs/model.md, the TypeScript types, the C# client's models and property tables, the appsettings schema, and the outputs of the docs' console examples.")
        {
            check, root,
        };
        command.SetAction(parse => Run(parse.GetValue(root)!.FullName, parse.GetValue(check), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string root, bool check, TextWriter output, TextWriter error)
    {
        if (!File.Exists(Path.Combine(root, "Diplomatic.sln")))
        {
            error.WriteLine($"{root}: error: not the repository's root (no Diplomatic.sln); run from it or pass --root");
            return CliExitCodes.WrongKind;
        }

        var differing = new List<string>();
        var unchanged = 0;
        var written = 0;

        // The schema first: the examples validate it.
        var schemaFolder = Path.Combine(root, USyncNames.DefaultFolder);
        if (check)
        {
            var schema = Projections.USyncSchema();
            differing.AddRange(schema
                .Where(f => !GeneratedFile.IsCurrent(Path.Combine(schemaFolder, f.RelativePath), f.Bytes))
                .Select(f => USyncNames.DefaultFolder + "/" + f.RelativePath));
            unchanged += schema.Count - differing.Count;
        }
        else
        {
            var result = USyncSchemaExporter.Export(schemaFolder);
            foreach (var file in result.Written.Concat(result.Removed))
            {
                output.WriteLine($"wrote     {USyncNames.DefaultFolder}/{file}");
            }

            written += result.Written.Count + result.Removed.Count;
            unchanged += result.Unchanged.Count;
        }

        // The first booklet's content: every item of a type holds each of its properties.
        var contentFolder = Path.Combine(schemaFolder, USyncContentWriter.Folder);
        var content = Projections.FirstBookletContent(root);
        var stale = Directory.Exists(contentFolder)
            ? Directory.GetFiles(contentFolder, "*" + USyncNames.Extension).Select(f => Path.GetFileName(f)).Except(content.Select(f => f.FileName), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : [];
        if (check)
        {
            var differ = content.Where(f => !GeneratedFile.IsCurrent(Path.Combine(contentFolder, f.FileName), f.Bytes)).Select(f => f.FileName).Concat(stale).ToList();
            differing.AddRange(differ.Select(f => $"{USyncNames.DefaultFolder}/{USyncContentWriter.Folder}/{f}"));
            unchanged += content.Count + stale.Count - differ.Count;
        }
        else
        {
            var saved = USyncContentWriter.Save(content, contentFolder);
            foreach (var file in stale)
            {
                File.Delete(Path.Combine(contentFolder, file));
            }

            foreach (var file in saved.Written.Concat(saved.Removed).Select(f => Path.GetFileName(f)).Concat(stale))
            {
                output.WriteLine($"wrote     {USyncNames.DefaultFolder}/{USyncContentWriter.Folder}/{file}");
            }

            written += saved.Written.Count + saved.Removed.Count + stale.Count;
            unchanged += saved.Unchanged.Count;
        }

        foreach (var projection in Projections.Texts(root))
        {
            var path = Path.Combine(root, projection.Path);
            var bytes = GeneratedFile.Bytes(projection.Content);
            if (GeneratedFile.IsCurrent(path, bytes))
            {
                unchanged++;
                continue;
            }

            if (check)
            {
                differing.Add(projection.Path);
                continue;
            }

            GeneratedFile.Write(path, bytes);
            output.WriteLine($"wrote     {projection.Path}");
            written++;
        }

        if (check)
        {
            foreach (var path in differing)
            {
                error.WriteLine($"{path}: error: differs from the model; run: {Projections.Command}");
            }

            output.WriteLine($"{differing.Count} differ, {unchanged} up to date");
            return differing.Count == 0 ? CliExitCodes.Ok : CliExitCodes.ProblemsFound;
        }

        output.WriteLine($"{written} written, {unchanged} unchanged");
        return CliExitCodes.Ok;
    }
}
