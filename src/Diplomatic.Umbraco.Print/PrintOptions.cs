namespace Diplomatic.Umbraco.Print;

/// <summary>How the print edition is printed (section <c>Diplomatic:Print</c>).</summary>
public sealed class PrintOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Diplomatic:Print";

    /// <summary>Debian's Chromium, unless the environment variable <c>DIPLOMATIC_CHROMIUM</c> names another.</summary>
    public static string DefaultChromiumPath =>
        Environment.GetEnvironmentVariable("DIPLOMATIC_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The Chromium (or Chrome) executable Playwright launches; Playwright never downloads a browser.</summary>
    public string ChromiumPath { get; set; } = DefaultChromiumPath;

    /// <summary>The longest one print may take, start of the browser to the last byte. Default 2 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>The paper the edition is laid out for.</summary>
public enum PaperSize
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}
