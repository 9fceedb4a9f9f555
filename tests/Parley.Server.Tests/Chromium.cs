using PuppeteerSharp;

namespace Parley.Server.Tests;

/// <summary>Debian's Chromium, started headless with the flags that work on a machine without a network or a display.</summary>
internal static class Chromium
{
    public static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    /// <summary>The browser to drive: PARLEY_CHROMIUM, else the first of <see cref="Candidates"/> that exists; null when none does.</summary>
    public static string? Path { get; } = Environment.GetEnvironmentVariable("PARLEY_CHROMIUM") is { Length: > 0 } given && File.Exists(given)
        ? given
        : Candidates.FirstOrDefault(File.Exists);

    public static Task<IBrowser> LaunchAsync(string userDataDir) => Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = Path ?? throw new InvalidOperationException("There is no Chromium on this machine."),
        Headless = true,
        UserDataDir = userDataDir,
        DefaultViewport = new ViewPortOptions { Width = 1400, Height = 1000 },
        // No sandbox: CI runs as root. The rest keep Chromium from reaching for the network it does not have.
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        ],
    });
}
