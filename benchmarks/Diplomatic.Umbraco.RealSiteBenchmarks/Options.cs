using System.Globalization;

namespace Diplomatic.Umbraco.RealSiteBenchmarks;

/// <summary>The command line: sizes, request counts, imports.</summary>
internal sealed record Options(IReadOnlyList<int> Sizes, int Warmup, int Requests, int Imports, int EvictionRounds, bool SkipPages, int? BatchSize, bool BranchPublishing = true, string SqliteCache = "Private", string? SyncInterval = null, bool SingleServer = false, bool WithoutInstructionJobs = false)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project benchmarks/Diplomatic.Umbraco.RealSiteBenchmarks -- [options]
          --sizes 1000,10000   the item counts to seed and measure at, ascending (default 1000,10000)
          --requests 300       measured requests per row (default 300); --warmup 50 warm-up requests (default 50)
          --imports 5          consecutive 200-page manuscript imports before seeding (default 5; 0 skips)
          --eviction 5         publish-to-page rounds with the output cache on (default 5)
          --no-pages           skip the magazine's pages and the output-cache reboots
          --batch-size N       the installer's batch size (default: the plugin's)
          --sqlite-cache Private|Shared  the connection string's cache mode (default Private: with Umbraco's Shared, 10,000
                               items of seeding stall; see docs/install.md, "SQLite and bulk writes")
          --sync-interval 00:00:05  Umbraco's DatabaseServerMessenger TimeBetweenSyncOperations (default: the test sites'
                               00:10:00; Umbraco's own default is 5 s, with which its InstructionProcessJob stalls bulk writes)
          --single-server      Umbraco:CMS:Global:DisableElectionForSingleServer=true: no server election, so Umbraco's
                               TouchServerJob stops writing to the database every 15 s (a single-server site's setting)
          --without-instruction-jobs  remove Umbraco's InstructionProcessJob and CacheInstructionsPruningJob (a single
                               server has no other servers' instructions), to tell their stalls from Umbraco's others
          --no-branch-publishing  the installer publishes item by item, as before branch publishing (to compare)
        """;

    public static Options Parse(string[] args)
    {
        var options = new Options([1000, 10000], 50, 300, 5, 5, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number(int min, int max)
            {
                var text = Next();
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                    ? n
                    : throw new ArgumentException($"{args[i - 1]}: '{text}' is not a whole number from {min} to {max}.");
            }

            options = args[i] switch
            {
                "--sizes" => options with { Sizes = ParseSizes(Next()) },
                "--warmup" => options with { Warmup = Number(0, 100_000) },
                "--requests" => options with { Requests = Number(1, 1_000_000) },
                "--imports" => options with { Imports = Number(0, 100) },
                "--eviction" => options with { EvictionRounds = Number(1, 100) },
                "--no-pages" => options with { SkipPages = true },
                "--batch-size" => options with { BatchSize = Number(1, 500) },
                "--sqlite-cache" => options with { SqliteCache = Next() is var mode && mode is "Shared" or "Private" ? mode : throw new ArgumentException($"--sqlite-cache: '{mode}' is neither Shared nor Private.") },
                "--sync-interval" => options with { SyncInterval = TimeSpan.TryParse(Next(), CultureInfo.InvariantCulture, out var interval) && interval > TimeSpan.Zero ? interval.ToString("c", CultureInfo.InvariantCulture) : throw new ArgumentException("--sync-interval: give a time span, e.g. 00:10:00.") },
                "--single-server" => options with { SingleServer = true },
                "--without-instruction-jobs" => options with { WithoutInstructionJobs = true },
                "--no-branch-publishing" => options with { BranchPublishing = false },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options;
    }

    private static List<int> ParseSizes(string text)
    {
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 100 || size > 100_000)
            {
                throw new ArgumentException($"--sizes: '{part}' is not a size from 100 to 100000.");
            }

            sizes.Add(size);
        }

        if (sizes.Count == 0 || !sizes.SequenceEqual(sizes.Order().Distinct()))
        {
            throw new ArgumentException("--sizes: give one or more sizes, ascending, e.g. 1000,10000.");
        }

        return sizes;
    }
}
