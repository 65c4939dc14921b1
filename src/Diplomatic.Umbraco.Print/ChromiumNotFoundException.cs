namespace Diplomatic.Umbraco.Print;

/// <summary>The Chromium executable to print with is not there.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    /// <summary>Creates the exception for a path.</summary>
    /// <param name="path">Where Chromium was looked for.</param>
    public ChromiumNotFoundException(string path)
        : base($"Headless Chromium is not installed at {path}. Install Debian's browser with: apt-get update && apt-get install -y chromium (or point DIPLOMATIC_CHROMIUM at another Chromium).") =>
        Path = path;

    /// <summary>Where Chromium was looked for.</summary>
    public string Path { get; }
}

/// <summary>Chromium did not print the booklet: Paged.js did not finish, the page failed, or the time ran out.</summary>
public sealed class PrintFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="inner">The cause, or null.</param>
    public PrintFailedException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
