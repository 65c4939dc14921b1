using System.CommandLine;
using Diplomatic.Umbraco.Cli.Generation;
using Diplomatic.Umbraco.Importing;

namespace Diplomatic.Umbraco.Cli;

/// <summary>The <c>diplomatic contract …</c> commands: front-end contracts generated from the content model.</summary>
internal static class ContractCommands
{
    /// <summary>Creates the <c>contract</c> command and its sub-commands.</summary>
    public static Command Create()
    {
        var contract = new Command("contract", "Generate contracts from the model: the front ends' TypeScript types, the appsettings JSON schema.");
        contract.Subcommands.Add(TypeScript());
        contract.Subcommands.Add(AppSettingsSchemaCommand());
        return contract;
    }

    private static Command AppSettingsSchemaCommand()
    {
        var output = new Option<FileInfo>("--out")
        {
            Description = "The schema file to write, e.g. src/Diplomatic.Umbraco/" + AppSettingsSchema.FileName + ".",
            Required = true,
        };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when the file differs from what the options classes generate (for CI)." };
        var command = new Command("appsettings-schema", "Write the JSON schema of the Diplomatic appsettings section from the plugin's options classes.") { output, check };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(output)!;
            var generated = AppSettingsSchema.Generate(OptionsDocumentation());
            return WriteOrCheck(parse, file.FullName, generated, $"diplomatic contract appsettings-schema --out {file}", $"{AppSettingsSchema.Sections.Count} sections");
        });
        return command;
    }

    /// <summary>The XML documentation beside the options classes' assembly (their descriptions), or null.</summary>
    internal static System.Xml.Linq.XDocument? OptionsDocumentation()
    {
        var path = Path.ChangeExtension(typeof(ImportingOptions).Assembly.Location, ".xml");
        return File.Exists(path) ? System.Xml.Linq.XDocument.Load(path) : null;
    }

    // One rule for every generated file: --check compares, otherwise the file is replaced in one move.
    private static int WriteOrCheck(ParseResult parse, string path, string generated, string regenerate, string summary)
    {
        var stdout = parse.InvocationConfiguration.Output;
        var stderr = parse.InvocationConfiguration.Error;
        var bytes = Generation.GeneratedFile.Bytes(generated);
        if (parse.GetValue<bool>("--check"))
        {
            if (Generation.GeneratedFile.IsCurrent(path, bytes))
            {
                stdout.WriteLine($"{path} is up to date.");
                return CliExitCodes.Ok;
            }

            stderr.WriteLine(File.Exists(path) ? $"{path} differs from the model. Run: {regenerate}" : $"{path} does not exist. Run: {regenerate}");
            return CliExitCodes.ProblemsFound;
        }

        Generation.GeneratedFile.Write(path, bytes);
        stdout.WriteLine($"Wrote {path} ({summary}).");
        return CliExitCodes.Ok;
    }

    private static Command TypeScript()
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The folder to write " + ContractTypeScript.FileName + " into, e.g. clients/typescript.",
            Required = true,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; exit 1 when the file in --out differs from what the model generates (for CI).",
        };
        var command = new Command("typescript", "Write the Delivery API TypeScript types of every document type in the model.") { output, check };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            var path = Path.Combine(folder.FullName, ContractTypeScript.FileName);
            return WriteOrCheck(parse, path, ContractTypeScript.Generate(), $"diplomatic contract typescript --out {folder}", $"{ContractTypeScript.ContentTypes.Count} content types");
        });
        return command;
    }
}
