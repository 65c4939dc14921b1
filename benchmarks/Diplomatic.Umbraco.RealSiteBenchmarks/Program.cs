using System.Globalization;
using System.Text;
using Diplomatic.Umbraco.RealSiteBenchmarks.Importing;
using Diplomatic.Umbraco.RealSiteBenchmarks.Load;
using Diplomatic.Umbraco.RealSiteBenchmarks.Seeding;
using Diplomatic.Umbraco.RealSiteBenchmarks.Support;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Infrastructure.BackgroundJobs;
using Umbraco.Cms.Infrastructure.BackgroundJobs.Jobs.ServerRegistration;

namespace Diplomatic.Umbraco.RealSiteBenchmarks;

/// <summary>
/// The real-site benchmark. Boots the test site in-process on a temp SQLite database and, in one run: imports the
/// 200-page manuscript into drafts a number of times; then for each size seeds the magazine up to it and measures the
/// Delivery API queries and the magazine's pages with the output cache off, reboots with it on and measures the pages
/// and the eviction delay. Prints markdown tables; stops by itself.
/// <code>dotnet run -c Release --project benchmarks/Diplomatic.Umbraco.RealSiteBenchmarks -- --sizes 1000,10000</code>
/// </summary>
internal static class Program
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message + "\n" + Options.Usage);
            return 2;
        }

        // As under the test runner: WebApplicationFactory finds the test site through MvcTestingAppManifest.json in
        // the working folder, and the magazine reads its settings from there.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var report = new StringBuilder();
        void Say(string line)
        {
            Console.WriteLine(line);
        }

        report.AppendLine(Inv, $"Real-site benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {Machine.Describe()}.");
        report.AppendLine(Inv, $"Installer: batch size {options.BatchSize?.ToString(Inv) ?? "default (25)"}, {(options.BranchPublishing ? "new trees published as branches" : "published item by item")}; SQLite Cache={options.SqliteCache}; Umbraco's instruction sync every {options.SyncInterval ?? "00:10:00 (the test sites' setting)"}; {(options.SingleServer ? "single-server role (no election)" : "server role elected (Umbraco's default)")}{(options.WithoutInstructionJobs ? "; without Umbraco's cache-instruction jobs" : string.Empty)}.");
        report.AppendLine(Inv, $"One request at a time, {options.Warmup} warm-up and {options.Requests} measured requests per row; SQLite; Delivery API in-process, magazine on loopback.");
        report.AppendLine();
        Say(report.ToString());

        // Each table is printed as soon as it is measured, so a run stopped later (a stall at 10k) keeps it.
        void Table(string table)
        {
            report.AppendLine(table);
            Say(table);
        }

        var site = new BenchmarkSite { BatchSize = options.BatchSize, BranchPublishing = options.BranchPublishing, Cache = options.SqliteCache, SyncInterval = options.SyncInterval, SingleServer = options.SingleServer, WithoutInstructionJobs = options.WithoutInstructionJobs };
        try
        {
            Say("Booting the site...");
            await site.InitializeAsync();
            if (options.WithoutInstructionJobs && site.Services.GetServices<IRecurringBackgroundJob>().Any(j => j is InstructionProcessJob))
            {
                throw new InvalidOperationException("--without-instruction-jobs: the site still runs InstructionProcessJob.");
            }

            if (options.Imports > 0)
            {
                var imports = new List<ImportResult>();
                for (var round = 1; round <= options.Imports; round++)
                {
                    var result = await ManuscriptImport.RunAsync(site, round);
                    imports.Add(result);
                    Say(string.Create(Inv, $"  import {round}: {result.Parts} parts in {result.Elapsed.TotalSeconds:0.0} s = {result.PartsPerSecond:0.0} parts/s (load {result.Load})"));
                }

                Table(Tables.Imports(imports, options.BatchSize));
            }

            var seeder = new MagazineSeeder(site);
            var scaling = new Dictionary<int, IReadOnlyList<LoadResult>>();
            foreach (var size in options.Sizes)
            {
                Say($"Seeding to {size} items...");
                var seeded = await seeder.SeedToAsync(size, Say);
                Table(Tables.Seed(size, seeded, seeder));
                await site.WaitForAsync("content?filter=contentType:event&take=1", seeder.PublishedEvents, preview: false);

                var runner = new LoadRunner(options.Warmup, options.Requests);
                var article = seeder.LatestArticle ?? throw new InvalidOperationException("no seeded article picks a fact box");
                var queries = new List<LoadResult>();
                foreach (var query in DeliveryQueries.For(seeder.Booklets[^1], article.Key))
                {
                    queries.Add(await runner.RunAsync(query.Name, () => DeliveryQueries.SendAsync(site.Client, query.Query)));
                    Say(Tables.Line(queries[^1]));
                }

                scaling[size] = queries;
                Table(Tables.Queries(size, queries));

                if (!options.SkipPages)
                {
                    var cacheOff = await PagesAsync(site, seeder, runner, Say);
                    Say("Rebooting with the output cache on...");
                    await site.RebootAsync(outputCache: true);
                    await site.WaitForAsync($"content?filter=contentType:event&filter=booklet:{seeder.Booklets[^1]}&take=1", seeder.LatestBookletEvents, preview: true);
                    var cacheOn = await PagesAsync(site, seeder, runner, Say);
                    EvictionResult eviction;
                    await using (var pages = await MagazinePages.StartAsync(site))
                    {
                        eviction = await pages.EvictionAsync(article.Key, article.FactBox, await pages.PathOfAsync(article.Key, booklet: false), options.EvictionRounds);
                    }

                    Table(Tables.Pages(size, cacheOff, cacheOn, eviction));
                    Say("Rebooting with the output cache off...");
                    await site.RebootAsync(outputCache: false);
                    await site.WaitForAsync("content?filter=contentType:event&take=1", seeder.PublishedEvents, preview: false);
                }
            }

            if (scaling.Count > 1)
            {
                Table(Tables.Scaling(scaling));
            }
        }
        finally
        {
            await site.DisposeAsync();
        }

        Console.WriteLine();
        Console.WriteLine(report.ToString());
        return 0;
    }

    private static async Task<IReadOnlyList<LoadResult>> PagesAsync(BenchmarkSite site, MagazineSeeder seeder, LoadRunner runner, Action<string> say)
    {
        await using var pages = await MagazinePages.StartAsync(site);
        var booklet = await pages.PathOfAsync(seeder.Booklets[^1], booklet: true);
        var article = await pages.PathOfAsync(seeder.LatestArticle!.Key, booklet: false);
        var results = new List<LoadResult>();
        foreach (var (name, path) in new[] { ("booklet page", booklet), ("article page", article), ("events page", "events?from=2000-01-01&to=2010-12-31") })
        {
            results.Add(await runner.RunAsync(name, () => pages.GetAsync(path)));
            say(Tables.Line(results[^1]));
        }

        return results;
    }
}
