using System.Diagnostics;

namespace Diplomatic.Umbraco.Tests.Cli;

/// <summary>
/// Runs the built <c>diplomatic</c> tool in its own process, as users do: from a working directory (the documentation's
/// examples run from the repository root), or as a user file permissions apply to. CI runs as root, which reads a
/// <c>chmod 000</c> file anyway, so there the tool runs as <c>nobody</c> through util-linux's <c>setpriv</c>: the
/// point is the real operating-system refusal, not a fake file system.
/// </summary>
internal static class CliProcess
{
    private const string Nobody = "65534";

    /// <summary>Sets a Unix file mode (the tests that call it skip on Windows).</summary>
    public static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    /// <summary>Runs the tool as a user without root's rights; the paths it is given must be readable by everyone but the parts under test.</summary>
    public static (int Code, string Output, string Error) RunUnprivileged(params string[] args) =>
        Start(Path.GetTempPath(), Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root", args);

    /// <summary>Runs the tool from a working directory, as the current user.</summary>
    public static (int Code, string Output, string Error) Run(string workingDirectory, params string[] args) => Start(workingDirectory, false, args);

    private static (int Code, string Output, string Error) Start(string workingDirectory, bool root, string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "Diplomatic.Umbraco.Cli.dll");
        var start = new ProcessStartInfo(root ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        if (root)
        {
            foreach (var argument in new[] { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add(tool);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        // nobody has no home; the host only needs somewhere to look.
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"diplomatic {string.Join(' ', args)} did not finish in 60 s");
        }

        return (process.ExitCode, output.Result.Replace("\r\n", "\n", StringComparison.Ordinal), error.Result.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
