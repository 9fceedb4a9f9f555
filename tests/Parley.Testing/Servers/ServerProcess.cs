using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Parley.Testing.Servers;

/// <summary>
/// Runs the programs of the throwaway servers tests start (PostgreSQL, nats-server): as the current user, or, when
/// that is root (CI and these machines), as an unprivileged account where the program refuses root.
/// </summary>
public static partial class ServerProcess
{
    /// <summary>True when this process runs as root.</summary>
    public static bool IsRoot => OperatingSystem.IsLinux() && GetEffectiveUserId() == 0;

    /// <summary>The first file that exists among <paramref name="candidates"/>, then <paramref name="name"/> on PATH; null when none is found.</summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                return path;
            }
        }
        return null;
    }

    /// <summary>True when a local account of that name exists.</summary>
    public static bool UserExists(string user) =>
        File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(line => line.StartsWith(user + ":", StringComparison.Ordinal));

    /// <summary>A TCP port on 127.0.0.1 that nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a program to its end (as <paramref name="user"/> when given and this process is root) and returns its output; throws with that output when it fails.</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, string? user = null, TimeSpan? hangGuard = null)
    {
        using var process = Process.Start(StartInfo(program, arguments, user)) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(hangGuard ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish: {await output}{await error}");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {await output}{await error}");
        }
        return await output + await error;
    }

    /// <summary>How to start <paramref name="program"/>, through <c>runuser</c> when this process is root and <paramref name="user"/> is given.</summary>
    public static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, string? user = null)
    {
        var asOther = user is not null && IsRoot;
        var start = new ProcessStartInfo(asOther ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (asOther)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(user!);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return start;
    }

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();
}
