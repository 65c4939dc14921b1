using System.Diagnostics;

namespace Diplomatic.Umbraco.RealSiteBenchmarks.Load;

/// <summary>One measured request kind: throughput and latency percentiles over a fixed number of requests.</summary>
internal sealed record LoadResult(string Name, int Requests, int Failures, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, string Load);

/// <summary>
/// A bounded load runner: one request at a time (like <c>wrk -c1</c>), a fixed warm-up, then a fixed number of
/// timed requests; it always stops by itself. Requests go in-process or over loopback only.
/// </summary>
internal sealed class LoadRunner
{
    private readonly int _warmup;
    private readonly int _requests;

    public LoadRunner(int warmup, int requests)
    {
        _warmup = warmup;
        _requests = requests;
    }

    /// <summary>Runs <paramref name="send"/> (true: a good answer) warm-up plus measured times.</summary>
    public async Task<LoadResult> RunAsync(string name, Func<Task<bool>> send)
    {
        var failures = 0;
        for (var i = 0; i < _warmup; i++)
        {
            if (!await send())
            {
                failures++;
            }
        }

        if (failures == _warmup && _warmup > 0)
        {
            throw new InvalidOperationException($"{name}: every warm-up request failed.");
        }

        failures = 0;
        var load = Support.Machine.Load();
        var latencies = new double[_requests];
        var total = Stopwatch.StartNew();
        for (var i = 0; i < _requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            if (!await send())
            {
                failures++;
            }

            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        total.Stop();
        Array.Sort(latencies);
        return new LoadResult(name, _requests, failures, _requests / total.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), load);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
