using System.Globalization;
using System.Text;
using Diplomatic.Umbraco.RealSiteBenchmarks.Importing;
using Diplomatic.Umbraco.RealSiteBenchmarks.Load;
using Diplomatic.Umbraco.RealSiteBenchmarks.Seeding;

namespace Diplomatic.Umbraco.RealSiteBenchmarks;

/// <summary>The markdown tables of the report: ratios first, absolute figures after.</summary>
internal static class Tables
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Line(LoadResult r) =>
        string.Create(Inv, $"  {r.Name,-24} {r.RequestsPerSecond,8:0.0} rps  p50 {r.P50Milliseconds,7:0.00} ms  p99 {r.P99Milliseconds,7:0.00} ms  failures {r.Failures}  load {r.Load}");

    public static string Imports(IReadOnlyList<ImportResult> imports, int? batchSize)
    {
        var text = new StringBuilder();
        text.AppendLine(Inv, $"### Manuscript import into drafts (200-page manuscript, {imports.Count} consecutive imports, batch size {(batchSize?.ToString(Inv) ?? "default")})");
        text.AppendLine();
        text.AppendLine("| import | parts | seconds | parts/s | load (1/5/15 min) |");
        text.AppendLine("|---:|---:|---:|---:|---|");
        foreach (var i in imports)
        {
            text.AppendLine(Inv, $"| {i.Round} | {i.Parts} | {i.Elapsed.TotalSeconds:0.0} | {i.PartsPerSecond:0.0} | {i.Load} |");
        }

        var total = imports.Sum(i => i.Parts) / imports.Sum(i => i.Elapsed.TotalSeconds);
        text.AppendLine(Inv, $"| all | {imports.Sum(i => i.Parts)} | {imports.Sum(i => i.Elapsed.TotalSeconds):0.0} | **{total:0.0}** | |");
        return text.ToString();
    }

    public static string Seed(int size, SeedResult seeded, MagazineSeeder seeder) => string.Create(Inv,
        $"Seeded to {size} items ({seeder.Booklets.Count} booklets: {string.Join(", ", seeder.ByType.Select(t => $"{t.Value} {t.Key}"))}); this step wrote and published {seeded.Items} items in {seeded.Elapsed.TotalSeconds:0} s = **{seeded.ItemsPerSecond:0.0} items/s** (load at start {seeded.Load}).\n");

    public static string Queries(int size, IReadOnlyList<LoadResult> results)
    {
        var baseline = results.Single(r => r.Name == DeliveryQueries.Baseline);
        var text = new StringBuilder();
        text.AppendLine(Inv, $"### Delivery API queries at {size} items (output cache off)");
        text.AppendLine();
        text.AppendLine("| query | rps ratio to stock contentType | p50 ratio | rps | p50 ms | p99 ms | failures | load |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            text.AppendLine(Inv, $"| {r.Name} | {r.RequestsPerSecond / baseline.RequestsPerSecond:0.00}× | {r.P50Milliseconds / baseline.P50Milliseconds:0.00}× | {r.RequestsPerSecond:0} | {r.P50Milliseconds:0.0} | {r.P99Milliseconds:0.0} | {r.Failures} | {r.Load} |");
        }

        return text.ToString();
    }

    public static string Pages(int size, IReadOnlyList<LoadResult> off, IReadOnlyList<LoadResult> on, EvictionResult eviction)
    {
        var text = new StringBuilder();
        text.AppendLine(Inv, $"### Magazine pages at {size} items (magazine on loopback, Delivery API in-process)");
        text.AppendLine();
        text.AppendLine("| page | cache on / off rps | rps off | p50 off ms | p99 off ms | rps on | p50 on ms | p99 on ms | failures | load off / on |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (a, b) in off.Zip(on))
        {
            text.AppendLine(Inv, $"| {a.Name} | {b.RequestsPerSecond / a.RequestsPerSecond:0.00}× | {a.RequestsPerSecond:0} | {a.P50Milliseconds:0.0} | {a.P99Milliseconds:0.0} | {b.RequestsPerSecond:0} | {b.P50Milliseconds:0.0} | {b.P99Milliseconds:0.0} | {a.Failures + b.Failures} | {a.Load} / {b.Load} |");
        }

        text.AppendLine();
        text.AppendLine(Inv, $"Eviction (cache on): from \"save and publish\" of a fact box to the article page showing it, median **{eviction.MedianMilliseconds:0} ms**, max {eviction.MaxMilliseconds:0} ms over {eviction.Rounds} rounds (the save and publish itself: median {eviction.MedianPublishMilliseconds:0} ms; load {eviction.Load}).");
        return text.ToString();
    }

    public static string Scaling(IReadOnlyDictionary<int, IReadOnlyList<LoadResult>> bySize)
    {
        var sizes = bySize.Keys.Order().ToList();
        var (small, large) = (sizes[0], sizes[^1]);
        var text = new StringBuilder();
        text.AppendLine(Inv, $"### Scaling {small} → {large} items (rps at {large} / rps at {small})");
        text.AppendLine();
        text.AppendLine(Inv, $"| query | rps ratio to stock at {large} | scaling | rps at {small} | rps at {large} | p50 ms at {small} | p50 ms at {large} |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        var baseline = bySize[large].Single(r => r.Name == DeliveryQueries.Baseline);
        foreach (var r in bySize[large])
        {
            var s = bySize[small].Single(x => x.Name == r.Name);
            text.AppendLine(Inv, $"| {r.Name} | {r.RequestsPerSecond / baseline.RequestsPerSecond:0.00}× | {r.RequestsPerSecond / s.RequestsPerSecond:0.00}× | {s.RequestsPerSecond:0} | {r.RequestsPerSecond:0} | {s.P50Milliseconds:0.0} | {r.P50Milliseconds:0.0} |");
        }

        return text.ToString();
    }
}
