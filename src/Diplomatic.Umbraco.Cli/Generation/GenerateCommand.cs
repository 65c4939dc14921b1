using System.CommandLine;
using Diplomatic.Umbraco.Synchronisation;

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
            "Regenerate every file derived from the model: the uSync schema, docs/content-model.md, the table in docs/model.md, the TypeScript types, the C# client's models and property tables, the appsettings schema, and the outputs of the docs' console examples.")
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
