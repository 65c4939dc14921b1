using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.Cli.Generation;
using Diplomatic.Umbraco.Tests.Support;
using Diplomatic.Umbraco.Tests.Synchronisation;

namespace Diplomatic.Umbraco.Tests.Cli;

/// <summary><c>diplomatic generate</c>: every projection of the model, rewritten or checked by one command.</summary>
public sealed class GenerateCommandTests
{
    // What generate reads and writes, copied to a scratch repository so the tests can damage it.
    private static readonly string[] Inputs = ["Diplomatic.sln", "README.md", "docs", "uSync/v17", "clients/typescript/diplomatic-content.ts", "src/Diplomatic.Umbraco/appsettings-schema.Diplomatic.Umbraco.json", "content",
        .. ClientModelsCSharp.Files().Select(f => f.Path)];

    [Fact]
    public void The_committed_repository_is_what_the_model_generates()
    {
        var (code, output, error) = CliProcess.Run(RepositoryPaths.Root, "generate", "--check");

        Assert.True(code == CliExitCodes.Ok, error);
        Assert.Matches(@"^0 differ, [0-9]+ up to date$", output.TrimEnd());
    }

    [Fact]
    public void Check_names_every_file_that_drifted_and_generate_puts_them_right()
    {
        using var scratch = Copy();
        var repository = scratch.Repository;
        File.AppendAllText(repository.File("clients/typescript/diplomatic-content.ts"), "// an edit by hand\n");
        File.AppendAllText(repository.File(ClientModelsCSharp.ContentTypesFile), "// an edit by hand\n");
        var model = repository.File("docs/model.md");
        File.WriteAllText(model, File.ReadAllText(model).Replace("| `booklet` | Meta title |", "| `booklet` | Meta titel |", StringComparison.Ordinal));
        File.Delete(repository.File("uSync/v17/DataTypes/DiplomaticCountries.config"));
        File.Delete(repository.File("uSync/v17/Content/muhammad-asif-noor.config"));
        File.WriteAllText(repository.File("uSync/v17/Content/left-over.config"), "<Content />");

        var check = CliProcess.Run(repository.Path, "generate", "--check");
        var generate = CliProcess.Run(repository.Path, "generate");
        var again = CliProcess.Run(repository.Path, "generate", "--check");

        Assert.Equal(CliExitCodes.ProblemsFound, check.Code);
        Assert.Equal(
            new[]
            {
                "clients/typescript/diplomatic-content.ts",
                "docs/model.md",
                "docs/usync.md", // its validate example counts the schema's files, one short
                ClientModelsCSharp.ContentTypesFile,
                "uSync/v17/Content/left-over.config",
                "uSync/v17/Content/muhammad-asif-noor.config",
                "uSync/v17/DataTypes/DiplomaticCountries.config",
            }.Select(f => $"{f}: error: differs from the model; run: {Projections.Command}"),
            check.Error.TrimEnd().Split('\n').Order(StringComparer.Ordinal));
        Assert.Equal(CliExitCodes.Ok, generate.Code);
        Assert.Contains("wrote     clients/typescript/diplomatic-content.ts", generate.Output, StringComparison.Ordinal);
        Assert.Contains($"wrote     {ClientModelsCSharp.ContentTypesFile}", generate.Output, StringComparison.Ordinal);
        Assert.Equal((CliExitCodes.Ok, ""), (again.Code, again.Error));
        Assert.Contains("wrote     uSync/v17/DataTypes/DiplomaticCountries.config", generate.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(repository.File("uSync/v17/Content/muhammad-asif-noor.config")));
        Assert.False(File.Exists(repository.File("uSync/v17/Content/left-over.config")));
        Assert.DoesNotContain("docs/usync.md", generate.Output, StringComparison.Ordinal); // the schema is written before the examples run
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs/model.md")), File.ReadAllText(model));
    }

    [Fact]
    public void Outside_the_repository_it_refuses_in_one_line()
    {
        using var folder = new TemporaryFolder();

        var (code, _, error) = CliProcess.Run(folder.Path, "generate", "--check");

        Assert.Equal(CliExitCodes.WrongKind, code);
        Assert.Contains("not the repository's root", Assert.Single(error.TrimEnd().Split('\n')), StringComparison.Ordinal);
    }

    // The copy sits in <temp>/repo with <temp>/shared linked to the real shared corpus, so the docs' examples that
    // read ../shared find it as they do from the real repository.
    private static Scratch Copy()
    {
        var scratch = new Scratch();
        Directory.CreateDirectory(scratch.Repository.Path);
        if (Directory.Exists(RepositoryPaths.Shared))
        {
            Directory.CreateSymbolicLink(scratch.Folder.File("shared"), RepositoryPaths.Shared);
        }

        foreach (var input in Inputs)
        {
            var source = Path.Combine(RepositoryPaths.Root, input);
            var files = Directory.Exists(source) ? Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories) : [source];
            foreach (var file in files)
            {
                var target = scratch.Repository.File(Path.GetRelativePath(RepositoryPaths.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return scratch;
    }

    private sealed class Scratch : IDisposable
    {
        public TemporaryFolder Folder { get; } = new();

        public (string Path, Func<string, string> File) Repository => (Folder.File("repo"), relative => System.IO.Path.Combine(Folder.File("repo"), relative));

        public void Dispose()
        {
            // The link first, so that nothing could ever delete through it into the real corpus.
            if (new DirectoryInfo(Folder.File("shared")) is { Exists: true, LinkTarget: not null } link)
            {
                link.Delete();
            }

            Folder.Dispose();
        }
    }
}
