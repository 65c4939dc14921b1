using System.Diagnostics;
using Diplomatic.Umbraco.Print;

namespace Diplomatic.Umbraco.Tests.Print;

/// <summary>
/// Debian's headless Chromium (package chromium) and poppler-utils (pdftotext, pdftoppm) for the print tests. Missing,
/// the tests are skipped with one line on a developer machine and FAIL under CI (CI set), where .ci/run installs them.
/// </summary>
internal static class PrintTools
{
    public static string ChromiumPath => PrintOptions.DefaultChromiumPath;

    /// <summary>Why the print tests cannot run here, or null when they can.</summary>
    public static string? Missing
    {
        get
        {
            var missing = new List<string>();
            if (!File.Exists(ChromiumPath))
            {
                missing.Add($"chromium (not at {ChromiumPath})");
            }

            if (FindOnPath("pdftotext") is null || FindOnPath("pdftoppm") is null)
            {
                missing.Add("poppler-utils (pdftotext, pdftoppm)");
            }

            return missing.Count == 0 ? null : "The print tests need " + string.Join(" and ", missing) + ": apt-get install -y chromium poppler-utils fonts-noto-core fonts-noto-extra";
        }
    }

    /// <summary>Where the PDFs and PNGs go: TestResults/print under the test's output folder (never committed).</summary>
    public static string ArtifactsFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "print");

    /// <summary>Skips (or fails under CI) when a tool is missing.</summary>
    public static void Require()
    {
        if (Missing is not { } reason)
        {
            return;
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail(reason + " (CI is set: the print tests may not be skipped).");
        }

        Skip.If(true, reason);
    }

    /// <summary>The text of a PDF, or of pages <paramref name="first"/> to <paramref name="last"/>, as pdftotext reads it.</summary>
    public static string Text(string pdf, int? first = null, int? last = null, bool layout = false, bool bbox = false)
    {
        var args = new List<string>();
        if (first is { } f)
        {
            args.AddRange(["-f", f.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", (last ?? f).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (layout)
        {
            args.Add("-layout");
        }

        if (bbox)
        {
            args.Add("-bbox");
        }

        args.AddRange(["-enc", "UTF-8", pdf, "-"]);
        return Run("pdftotext", args);
    }

    /// <summary>Renders one page to a PNG at <paramref name="png"/> (pdftoppm).</summary>
    public static void Png(string pdf, int page, string png)
    {
        var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Run("pdftoppm", ["-png", "-r", "80", "-f", number, "-l", number, "-singlefile", pdf, Path.ChangeExtension(png, null)]);
    }

    /// <summary>Runs a tool and returns its standard output; a non-zero exit or a minute without an end fails the test.</summary>
    public static string Run(string tool, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish within a minute.");
        }

        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
}
