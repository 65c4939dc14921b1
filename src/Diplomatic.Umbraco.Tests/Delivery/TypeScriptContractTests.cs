using System.Reflection;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Delivery;

/// <summary>The committed TypeScript contract is exactly what the CLI generates from the content model.</summary>
public sealed class TypeScriptContractTests
{
    private static string Committed => Path.Combine(RepositoryPaths.Root, "clients", "typescript", ContractTypeScript.FileName);

    [Fact]
    public void The_committed_typescript_contract_has_not_drifted_from_the_content_model()
    {
        Assert.True(File.Exists(Committed), $"Missing {Committed}: run diplomatic contract typescript --out clients/typescript");
        Assert.True(
            File.ReadAllText(Committed) == ContractTypeScript.Generate(),
            $"{Committed} differs from the content model: run `dotnet run --project src/Diplomatic.Umbraco.Cli -- contract typescript --out clients/typescript` and commit it.");
    }

    [Fact]
    public void Every_property_of_every_content_type_is_in_the_contract_with_its_editors_shape()
    {
        var ts = ContractTypeScript.Generate();
        foreach (var type in DiplomaticContentModel.DocumentTypes.Where(t => !t.IsComposition))
        {
            var name = char.ToUpperInvariant(type.Alias[0]) + type.Alias[1..];
            var start = ts.IndexOf($"export interface {name}Properties {{", StringComparison.Ordinal);
            Assert.True(start >= 0, $"No {name}Properties");
            var block = ts[start..ts.IndexOf("\n}\n", start, StringComparison.Ordinal)];
            var declared = block.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("?: ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf('?', StringComparison.Ordinal)]).ToList();
            Assert.Equal(DiplomaticContentModel.AllProperties(type).Select(p => p.Alias), declared);
            Assert.Contains($"export type {name}Content = ApiContent<\"{type.Alias}\", {name}Properties>;", ts);
        }

        Assert.Contains("factBoxes?: FactBoxContent[] | null;", ts);
        Assert.Contains("eventType?: EventTypeLabel | null;", ts);
        Assert.Contains("\"State visit\": \"stateVisit\",", ts);
        Assert.Contains("publishDate?: IsoDateTime | null;", ts);
        Assert.Contains("figure?: number | null;", ts);
        Assert.Contains("hostCountry?: string | null;", ts);
        Assert.Contains("countries?: string[] | null;", ts);
    }

    [Fact]
    public void The_committed_typescript_query_words_are_the_csharp_constants_and_the_client_builds_none_by_hand()
    {
        // Read the constants here rather than through the generator, so a generator that drops or renames one fails too.
        var constants = typeof(DeliveryQueryWords).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => char.ToLowerInvariant(f.Name[0]) + f.Name[1..], f => (string)f.GetRawConstantValue()!);
        Assert.Contains(constants, c => c.Value == "country"); // the reflection found the constants at all

        var committed = File.ReadAllText(Committed);
        var start = committed.IndexOf("export const queryWords = {\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No queryWords in {Committed}");
        var block = committed[start..committed.IndexOf("} as const;", start, StringComparison.Ordinal)];
        var typeScript = Regex.Matches(block, @"^  (\w+): ""([^""]*)"",$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(constants.OrderBy(c => c.Key), typeScript.OrderBy(c => c.Key));

        var client = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "clients", "typescript", "client.ts"));
        foreach (var word in constants.Values)
        {
            // `country:…`, "publishDate>…" or `eventDate${op}`: a query word typed by hand instead of queryWords.
            Assert.DoesNotMatch(new Regex("[`\"']" + Regex.Escape(word) + "[:<>$]"), client);
        }
    }

    [Fact]
    public void The_cli_writes_the_file_and_check_mode_reports_drift()
    {
        var folder = Directory.CreateTempSubdirectory("diplomatic-ts-");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.Equal(0, DiplomaticCommand.Run(["contract", "typescript", "--out", folder.FullName], output, error));
            var written = Path.Combine(folder.FullName, ContractTypeScript.FileName);
            Assert.Equal(ContractTypeScript.Generate(), File.ReadAllText(written));
            Assert.Contains("7 content types", output.ToString());

            Assert.Equal(0, DiplomaticCommand.Run(["contract", "typescript", "--out", folder.FullName, "--check"], output, error));
            File.AppendAllText(written, "// edited by hand\n");
            Assert.Equal(1, DiplomaticCommand.Run(["contract", "typescript", "--out", folder.FullName, "--check"], output, error));
            Assert.Contains("differs from the model", error.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
