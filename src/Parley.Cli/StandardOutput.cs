using Microsoft.Win32.SafeHandles;

namespace Parley.Cli;

/// <summary>The process's standard output as a stream of bytes whose writes fail when the output has been closed.</summary>
public static class StandardOutput
{
    /// <summary>
    /// Standard output for writing records. On Unix, when it is a pipe, a socket or a terminal, the stream writes to file
    /// descriptor 1 itself: .NET's console stream takes a write to a pipe whose reader has gone (EPIPE) for a success, so
    /// <c>parley code … | head</c> went on coding to the end and exited 0; here that write throws
    /// <see cref="IOException"/>, which ends the run in one line with exit code 3 (<see cref="FatalErrors"/>). When it is
    /// a file (<c>&gt; out.jsonl</c>, or <c>&gt;&gt;</c>, whose position a stream cannot know) it stays the console's
    /// stream, which cannot seek, so that nothing is ever cut back in a file the shell opened.
    /// </summary>
    public static Stream Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }
        var descriptor = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (!descriptor.CanSeek)
        {
            return descriptor;
        }
        descriptor.Dispose();
        return Console.OpenStandardOutput();
    }
}
