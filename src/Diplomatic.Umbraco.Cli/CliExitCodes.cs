namespace Diplomatic.Umbraco.Cli;

/// <summary>
/// The tool's exit codes, one per kind of outcome, so a CI step can tell "the folder has errors" from "the path was
/// wrong" (documented in docs/usync.md, "Exit codes"; a test keeps the two in step).
/// </summary>
internal static class CliExitCodes
{
    /// <summary>Done; nothing wrong found.</summary>
    public const int Ok = 0;

    /// <summary>The input was read and has errors (each printed as <c>file(line): error: …</c>).</summary>
    public const int ProblemsFound = 1;

    /// <summary>The command line is wrong: an unknown command, a missing argument, an option value out of range.</summary>
    public const int Usage = 2;

    /// <summary>The path given does not exist.</summary>
    public const int NotFound = 3;

    /// <summary>The path is the wrong kind: a file where a folder was expected, or a folder where a file was.</summary>
    public const int WrongKind = 4;

    /// <summary>The folder is empty.</summary>
    public const int Empty = 5;

    /// <summary>The folder holds files, but no uSync files (e.g. <c>docs/</c> given for <c>uSync/v17</c>).</summary>
    public const int NotUSync = 6;

    /// <summary>A file or folder could not be read (permissions, I/O error): nothing was checked.</summary>
    public const int Unreadable = 7;

    /// <summary>Refused to write (a target holds something else, or the disk refused); nothing was written.</summary>
    public const int NotWritten = 8;

    /// <summary>A service the command reads failed or refused it (the Delivery API of <c>booklet pdf</c>).</summary>
    public const int ServiceFailed = 9;

    /// <summary>A program the command needs is not installed (Chromium for <c>booklet pdf</c>).</summary>
    public const int ProgramMissing = 10;

    /// <summary>An unexpected failure (a bug, or the machine: disk full); one line on stderr, no stack trace.</summary>
    public const int Failed = 70;
}
