using System.CommandLine;

namespace Diplomatic.Umbraco.Cli;

/// <summary>The <c>diplomatic contract …</c> commands: front-end contracts generated from the content model.</summary>
internal static class ContractCommands
{
    /// <summary>Creates the <c>contract</c> command and its sub-commands.</summary>
    public static Command Create()
    {
        var contract = new Command("contract", "Generate front-end contracts (TypeScript types) from the content model.");
        contract.Subcommands.Add(TypeScript());
        return contract;
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
            var generated = ContractTypeScript.Generate();
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (parse.GetValue(check))
            {
                var current = File.Exists(path) ? File.ReadAllText(path) : null;
                if (current == generated)
                {
                    stdout.WriteLine($"{path} is up to date.");
                    return 0;
                }

                stderr.WriteLine(current is null
                    ? $"{path} does not exist. Run: diplomatic contract typescript --out {folder}"
                    : $"{path} differs from the content model. Run: diplomatic contract typescript --out {folder}");
                return 1;
            }

            Directory.CreateDirectory(folder.FullName);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, generated);
            File.Move(temporary, path, overwrite: true);
            stdout.WriteLine($"Wrote {path} ({ContractTypeScript.ContentTypes.Count} content types).");
            return 0;
        });
        return command;
    }
}
