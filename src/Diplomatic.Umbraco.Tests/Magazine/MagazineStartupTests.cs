using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Magazine;

/// <summary>The magazine as a reader starts it: the built program, run as a process.</summary>
public sealed class MagazineStartupTests
{
    [Fact]
    public async Task A_busy_port_is_one_clear_line_and_exit_code_2_not_a_stack_trace()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var project = Path.Combine(RepositoryPaths.Root, "samples", "Diplomatic.Magazine");
        // The magazine is built beside the tests, in the same configuration (bin/<configuration>/net10.0).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var program = Path.Combine(project, "bin", configuration, "net10.0", "Diplomatic.Magazine.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { program, "--urls", $"http://127.0.0.1:{port}", "--Diplomatic:DeliveryClient:BaseAddress=http://127.0.0.1:9/" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(bound.Token);

        Assert.Equal(2, process.ExitCode);
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", (await output) + line, StringComparison.Ordinal);
    }
}
