using System.Globalization;

namespace Diplomatic.Umbraco.RealSiteBenchmarks.Support;

/// <summary>What the machine was doing while a figure was measured (the machine is shared: figures are noisy).</summary>
internal static class Machine
{
    /// <summary>The 1/5/15-minute load averages, as <c>uptime</c> prints them.</summary>
    public static string Load()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} {parts[1]} {parts[2]}";
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    /// <summary>One line naming the machine: cores, OS, runtime.</summary>
    public static string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, load at start {Load()}");
}
