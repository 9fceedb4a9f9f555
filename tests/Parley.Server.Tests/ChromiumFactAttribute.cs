namespace Parley.Server.Tests;

/// <summary>A fact that drives a real headless Chromium; skipped, saying why, when there is none (<c>.ci/run</c> installs Debian's).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        Skip = Chromium.Path is null
            ? $"needs Chromium at {string.Join(" or ", Chromium.Candidates)} (or PARLEY_CHROMIUM); 'apt-get install chromium' brings it, as .ci/run does"
            : null;
    }
}
